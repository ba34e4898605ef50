package dev.secpillar.tui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A request to edit an answer in the learner's own editor: the challenge, the file suffix, the
 * text, and the draft file it is saved in (empty when drafts live in memory: a temporary file
 * is used then).
 */
record ExternalEdit(String challengeId, String suffix, String text, Optional<Path> file) {}
