package dev.secpillar.tui;

/** A request to edit an answer in the learner's own editor: the challenge, the file suffix, the text. */
record ExternalEdit(String challengeId, String suffix, String text) {}
