package dev.secpillar.course;

import java.util.List;
import java.util.Optional;

/** The Security Pillar's structure: areas, questions (SEC01...) and best practices (SEC01-BP01...). */
public record PillarMap(List<String> designPrinciples, List<Area> areas) implements java.io.Serializable {
    public PillarMap {
        designPrinciples = List.copyOf(designPrinciples);
        areas = List.copyOf(areas);
    }

    public record Area(String name, List<PillarQuestion> questions) {
        public Area {
            questions = List.copyOf(questions);
        }
    }

    public record PillarQuestion(String id, String title, List<BestPractice> bestPractices) {
        public PillarQuestion {
            bestPractices = List.copyOf(bestPractices);
        }
    }

    public record BestPractice(String id, String title, String risk) {
        public boolean highRisk() {
            return "High".equalsIgnoreCase(risk);
        }
    }

    public List<PillarQuestion> questions() {
        return areas.stream().flatMap(a -> a.questions().stream()).toList();
    }

    public List<BestPractice> bestPractices() {
        return questions().stream().flatMap(q -> q.bestPractices().stream()).toList();
    }

    public Optional<BestPractice> bestPractice(String id) {
        return bestPractices().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<PillarQuestion> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
