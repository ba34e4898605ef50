package dev.secpillar.content;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one list of what a translation may hold: every text of an English item, keyed by its path
 * in the English file ("steps/2/prompt", "questions/iam-q07/choices/1", "cases/3/why"). Ids,
 * answers, policies, patterns, cases' data and structure have no path here, so a translation can
 * never restate them.
 */
final class TextItems {
    private TextItems() {}

    /** Keys a translation of each kind of file may use (whether or not the English has them now). */
    static Pattern shape(Source.Kind kind) {
        return Pattern.compile(switch (kind) {
            case COURSE -> "title|badges/[^/]+/(name|description)";
            case MODULE -> "title|summary";
            case LESSON -> "title|steps/\\d+/(page|prompt|explain|choices/\\d+)";
            case QUIZ -> "title|questions/[^/]+/(prompt|explain|choices/\\d+)";
            case CHALLENGE -> "title|story|hints/\\d+|cases/\\d+/(name|why)|pool/\\d+/text";
            case PLAYBOOKS -> PlaybookTexts.HEADING + "|playbooks/[^/]+/(title|steps/[^/]+)";
        });
    }

    /** Paths whose text may repeat a playbook's: a lesson's pages, any choice, a pool action. */
    private static final Pattern MAY_REPEAT_PLAYBOOK = Pattern.compile("steps/\\d+/page|.*/choices/\\d+|pool/\\d+/text");

    /**
     * A source file's English texts, in file order: {@code own}, those its translation holds, and
     * {@code fromPlaybooks}, those that repeat lessons/playbooks.yaml (a playbook page, a choice or
     * pool action that is a playbook step), each with the playbook texts it is made of: they are
     * translated once, in playbooks.LANG.yaml.
     */
    record Split(Map<String, String> own, Map<String, List<String>> fromPlaybooks) {}

    /** A source file's texts split as {@link Split} says, {@code playbooks} being the course's; empty when the item is gone. */
    static Optional<Split> of(Course course, PlaybookTexts playbooks, Source s) {
        return all(course, playbooks, s).map(texts -> {
            Map<String, List<String>> repeated = fromPlaybooks(playbooks, texts);
            Map<String, String> own = new LinkedHashMap<>(texts);
            own.keySet().removeAll(repeated.keySet());
            return new Split(own, repeated);
        });
    }

    private static Map<String, List<String>> fromPlaybooks(PlaybookTexts playbooks, Map<String, String> texts) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        texts.forEach((path, english) -> {
            if (MAY_REPEAT_PLAYBOOK.matcher(path).matches()) {
                List<String> madeOf = playbooks.madeOf(english);
                if (!madeOf.isEmpty()) {
                    out.put(path, madeOf);
                }
            }
        });
        return out;
    }

    private static Optional<Map<String, String>> all(Course course, PlaybookTexts playbooks, Source s) {
        return switch (s.kind()) {
            case COURSE -> Optional.of(ofCourse(course));
            case MODULE -> course.module(s.id()).map(TextItems::ofModule);
            case LESSON -> course.lesson(s.id()).map(TextItems::ofLesson);
            case QUIZ -> course.quiz(s.id()).map(TextItems::ofQuiz);
            case CHALLENGE -> course.challenge(s.id()).map(TextItems::ofChallenge);
            case PLAYBOOKS -> Optional.of(playbooks.items());
        };
    }

    static Map<String, String> ofCourse(Course c) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", c.title());
        for (BadgeDefinition b : c.badges()) {
            out.put("badges/" + b.id() + "/name", b.name());
            out.put("badges/" + b.id() + "/description", b.description());
        }
        return out;
    }

    static Map<String, String> ofModule(Module m) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", m.title());
        if (!m.summary().isBlank()) {
            out.put("summary", m.summary());
        }
        return out;
    }

    static Map<String, String> ofLesson(Lesson l) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", l.title());
        for (int i = 0; i < l.steps().size(); i++) {
            String p = "steps/" + i + "/";
            if (l.steps().get(i) instanceof Step.Page page) {
                out.put(p + "page", page.text());
            } else if (l.steps().get(i) instanceof Step.Check check) {
                out.put(p + "prompt", check.prompt());
                putAll(out, p + "choices/", check.choices());
                out.put(p + "explain", check.explain());
            }
        }
        return out;
    }

    static Map<String, String> ofQuiz(Quiz q) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", q.title());
        for (Question question : q.questions()) {
            String p = "questions/" + question.id() + "/";
            out.put(p + "prompt", question.prompt());
            if (hasOwnChoices(question.kind())) {
                putAll(out, p + "choices/", question.choices());
            }
            out.put(p + "explain", question.explain());
        }
        return out;
    }

    /** True/false and policy-decision choices are the interface's own labels, not the author's. */
    static boolean hasOwnChoices(QuestionKind kind) {
        return kind == QuestionKind.SINGLE || kind == QuestionKind.MULTI || kind == QuestionKind.ORDER;
    }

    static Map<String, String> ofChallenge(Challenge c) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", c.title());
        out.put("story", c.story());
        putAll(out, "hints/", c.hints());
        listOfMaps(c.spec().get("cases")).forEach((i, m) -> {
            text(m.get("name")).ifPresent(t -> out.put("cases/" + i + "/name", t));
            text(m.get("why")).ifPresent(t -> out.put("cases/" + i + "/why", t));
        });
        listOfMaps(c.spec().get("pool")).forEach((i, m) ->
                text(m.get("text")).ifPresent(t -> out.put("pool/" + i + "/text", t)));
        return out;
    }

    private static void putAll(Map<String, String> out, String prefix, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            out.put(prefix + i, texts.get(i));
        }
    }

    static Map<Integer, Map<?, ?>> listOfMaps(Object value) {
        Map<Integer, Map<?, ?>> out = new LinkedHashMap<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> m) {
                    out.put(i, m);
                }
            }
        }
        return out;
    }

    private static Optional<String> text(Object v) {
        return v instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
