package dev.secpillar.content;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one safe YAML configuration, for course content and for learners' answers alike: the
 * YAML 1.2 core schema only (no tags constructed, so no objects a file chooses), no duplicate
 * or recursive keys, few aliases (no "billion laughs"), a bounded size, and marks kept so every
 * problem names its line and column.
 */
public final class SafeYaml {
    /** Aliases a file may use in all; a hand-written file needs few. */
    public static final int MAX_ALIASES = 20;

    private SafeYaml() {}

    /** Settings for a text of at most {@code maxCodePoints}, named {@code label} in messages. */
    public static LoadSettings settings(String label, int maxCodePoints) {
        return LoadSettings.builder()
                .setLabel(label)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(maxCodePoints)
                .setUseMarks(true)
                .build();
    }
}
