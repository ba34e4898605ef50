package dev.secpillar.course;

import java.util.List;

/** One screen of a lesson. */
public sealed interface Step extends java.io.Serializable {

    /** Prose in light markup: paragraphs, "- " lists, `code`, **bold**, ``` fenced blocks. */
    record Page(String text) implements Step {}

    /** An inline knowledge check: one right choice, with an explanation shown after answering. */
    record Check(String prompt, List<String> choices, int answer, String explain) implements Step {
        public Check {
            choices = List.copyOf(choices);
        }

        public boolean isRight(int choice) {
            return choice == answer;
        }
    }

    /** A pointer to a challenge of the lesson's module. */
    record ChallengeStep(String challengeId) implements Step {}
}
