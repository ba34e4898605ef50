package dev.secpillar.app;

import dev.secpillar.i18n.Language;

/**
 * Switches a running session to another language without a restart: the course and its
 * interface words in that language, over the same learner's record, with the choice saved in
 * the learner's settings so the next start speaks it too. Each launcher (the command line,
 * the workshop server) knows where the course and the settings come from, so it supplies this.
 */
@FunctionalInterface
public interface LanguageSwitch {
    /** The course app in {@code language}; the choice is remembered for the next start. */
    CourseApp switchTo(Language language);
}
