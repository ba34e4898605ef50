package dev.secpillar.content;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Playbook;
import dev.secpillar.course.Question;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts translated text into a copy of the English course. It only ever replaces text at the
 * paths {@link TextItems} names, and only with translations made from the current English; every
 * other item keeps its English text, and nothing else (ids, answers, cases, policies) is touched.
 */
final class Localizer {
    /** Fresh translations, by source (kind and id) and then by text path. */
    private final Map<String, Map<String, String>> texts;
    /** English playbook page to the page in the language, and the same for each step's text. */
    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, String> stepTexts = new HashMap<>();

    Localizer(Map<String, Map<String, String>> texts) {
        this.texts = texts;
    }

    static String key(Source.Kind kind, String id) {
        return kind + ":" + id;
    }

    Course apply(Course c) {
        List<Playbook> playbooks = playbooks(c.playbooks());
        Text t = text(Source.Kind.COURSE, "");
        List<BadgeDefinition> badges = c.badges().stream().map(b -> new BadgeDefinition(b.id(),
                t.get("badges/" + b.id() + "/name", b.name()), t.get("badges/" + b.id() + "/description", b.description()),
                b.emblem(), b.criteria(), b.positions())).toList();
        List<Module> modules = c.modules().stream().map(this::module).toList();
        List<Quiz> quizzes = c.quizzes().stream().map(this::quiz).toList();
        return new Course(t.get("title", c.title()), modules, quizzes, badges, playbooks);
    }

    /**
     * The playbooks in the language (each text English where its translation is missing or
     * stale), and what the other files take from them: the lesson's pages, and the step texts
     * choices and pool actions repeat. playbooks.LANG.yaml is the only translation of these.
     */
    private List<Playbook> playbooks(List<Playbook> english) {
        Text t = text(Source.Kind.PLAYBOOKS, "");
        List<Playbook> out = new ArrayList<>();
        for (Playbook p : english) {
            List<Playbook.PlaybookStep> steps = p.steps().stream().map(s ->
                    new Playbook.PlaybookStep(s.id(), t.get(PlaybookTexts.step(p, s), s.text()))).toList();
            Playbook local = new Playbook(p.id(), t.get(PlaybookTexts.title(p), p.title()), steps, p.lesson(),
                    p.question(), p.challenge(), t.get(PlaybookTexts.HEADING, p.heading()), p.positions());
            out.add(local);
            pages.put(PlaybookReader.page(p), PlaybookReader.page(local));
            for (int i = 0; i < steps.size(); i++) {
                stepTexts.putIfAbsent(p.steps().get(i).text(), steps.get(i).text());
            }
        }
        return out;
    }

    private Module module(Module m) {
        Text t = text(Source.Kind.MODULE, m.id());
        return new Module(m.id(), t.get("title", m.title()), t.get("summary", m.summary()), m.questions(),
                m.lessons().stream().map(this::lesson).toList(), m.challenges().stream().map(this::challenge).toList());
    }

    private Lesson lesson(Lesson l) {
        Text t = text(Source.Kind.LESSON, l.id());
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < l.steps().size(); i++) {
            String p = "steps/" + i + "/";
            Step s = l.steps().get(i);
            if (s instanceof Step.Page page) {
                steps.add(new Step.Page(pages.getOrDefault(page.text(), t.get(p + "page", page.text()))));
            } else if (s instanceof Step.Check check) {
                steps.add(new Step.Check(t.get(p + "prompt", check.prompt()), t.items(p + "choices/", check.choices()),
                        check.answer(), t.get(p + "explain", check.explain())));
            } else {
                steps.add(s);
            }
        }
        return new Lesson(l.id(), l.moduleId(), t.get("title", l.title()), l.bestPractices(), l.minutes(), steps,
                l.sources(), l.where());
    }

    private Quiz quiz(Quiz q) {
        Text t = text(Source.Kind.QUIZ, q.id());
        List<Question> questions = q.questions().stream().map(x -> {
            String p = "questions/" + x.id() + "/";
            List<String> choices = TextItems.hasOwnChoices(x.kind()) ? t.items(p + "choices/", x.choices()) : x.choices();
            return new Question(x.id(), x.kind(), t.get(p + "prompt", x.prompt()), choices, x.answer(),
                    t.get(p + "explain", x.explain()), x.bestPractices(), x.scenario(), x.positions());
        }).toList();
        return new Quiz(q.id(), q.moduleId(), t.get("title", q.title()), q.passPercent(), questions, q.source());
    }

    private Challenge challenge(Challenge c) {
        Text t = text(Source.Kind.CHALLENGE, c.id());
        Map<String, Object> spec = new LinkedHashMap<>(c.spec());
        replaceInList(spec, "cases", t, "name", "why");
        replaceInList(spec, "pool", t, "text");
        return new Challenge(c.id(), c.moduleId(), c.kind(), t.get("title", c.title()), t.get("story", c.story()),
                c.bestPractices(), t.list("hints/", c.hints()), spec, c.positions());
    }

    /** Copies the list (and each changed entry) so the English course is never modified. */
    private static void replaceInList(Map<String, Object> spec, String list, Text t, String... fields) {
        if (!(spec.get(list) instanceof List<?> items)) {
            return;
        }
        List<Object> copy = new ArrayList<>(items);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) instanceof Map<?, ?> m) {
                Map<Object, Object> entry = new LinkedHashMap<>(m);
                for (String field : fields) {
                    if (entry.get(field) instanceof String english) {
                        String path = list + "/" + i + "/" + field;
                        entry.put(field, list.equals("pool") ? t.item(path, english) : t.get(path, english));
                    }
                }
                copy.set(i, entry);
            }
        }
        spec.put(list, copy);
    }

    private Text text(Source.Kind kind, String id) {
        return new Text(texts.getOrDefault(key(kind, id), Map.of()), stepTexts);
    }

    /** A file's translated texts; a choice or pool action that is a playbook step reads the playbook's. */
    private record Text(Map<String, String> byPath, Map<String, String> steps) {
        String get(String path, String english) {
            return byPath.getOrDefault(path, english);
        }

        String item(String path, String english) {
            return byPath.getOrDefault(path, steps.getOrDefault(english, english));
        }

        List<String> list(String prefix, List<String> english) {
            List<String> out = new ArrayList<>(english.size());
            for (int i = 0; i < english.size(); i++) {
                out.add(get(prefix + i, english.get(i)));
            }
            return out;
        }

        List<String> items(String prefix, List<String> english) {
            List<String> out = new ArrayList<>(english.size());
            for (int i = 0; i < english.size(); i++) {
                out.add(item(prefix + i, english.get(i)));
            }
            return out;
        }
    }
}
