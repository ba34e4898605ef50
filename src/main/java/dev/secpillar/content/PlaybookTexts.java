package dev.secpillar.content;

import dev.secpillar.course.Playbook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of lessons/playbooks.yaml by their path in its translation ("page_heading",
 * "playbooks/ID/title", "playbooks/ID/steps/STEP"), and which texts of other files repeat them:
 * a lesson's playbook page (drawn from the heading, the title and the steps) and any choice or
 * pool text whose English is a playbook step. Those are translated once, in playbooks.LANG.yaml,
 * and never in the lesson's, quiz's or challenge's own translation, so they cannot drift apart.
 */
final class PlaybookTexts {
    static final String HEADING = "page_heading";

    private final Map<String, String> items = new LinkedHashMap<>();
    private final Map<String, List<String>> byStep = new HashMap<>();
    private final Map<String, List<String>> byPage = new HashMap<>();

    PlaybookTexts(List<Playbook> playbooks) {
        if (!playbooks.isEmpty()) {
            items.put(HEADING, playbooks.get(0).heading());
        }
        for (Playbook p : playbooks) {
            List<String> page = new ArrayList<>(List.of(HEADING, title(p)));
            items.put(title(p), p.title());
            for (Playbook.PlaybookStep s : p.steps()) {
                items.put(step(p, s), s.text());
                byStep.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(step(p, s));
                page.add(step(p, s));
            }
            byPage.put(PlaybookReader.page(p), page);
        }
    }

    static String title(Playbook p) {
        return "playbooks/" + p.id() + "/title";
    }

    static String step(Playbook p, Playbook.PlaybookStep s) {
        return "playbooks/" + p.id() + "/steps/" + s.id();
    }

    /** The English texts of playbooks.yaml, in file order. */
    Map<String, String> items() {
        return items;
    }

    /**
     * The playbook texts an English text of another file is made of: for a playbook page its
     * heading, title and steps; for a step's text that step (in every playbook that has it);
     * empty when the text is its own file's to translate.
     */
    List<String> madeOf(String english) {
        List<String> page = byPage.get(english);
        if (page != null) {
            return page;
        }
        return byStep.getOrDefault(english, List.of());
    }
}
