package dev.secpillar.record;

import java.util.Set;

/**
 * Decides which badges a record now earns. The store calls it inside the transaction of every
 * event, after writing the event, so an award commits with the event that earned it or not at all.
 */
@FunctionalInterface
public interface AwardRule {
    AwardRule NONE = snapshot -> Set.of();

    /** Badge ids earned by this record (already-awarded ones may be included; they are ignored). */
    Set<String> earned(ProgressSnapshot snapshot);
}
