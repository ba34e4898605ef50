package dev.secpillar.app;

import dev.secpillar.badge.BadgeRules;
import dev.secpillar.content.CourseCheck;
import dev.secpillar.content.PlaybookCheck;
import dev.secpillar.content.SourceCheck;
import java.util.List;

/** The whole-course checks of the packages that own rules about content; validate and loading both run them. */
public final class ContentChecks {
    private ContentChecks() {}

    public static List<CourseCheck> all() {
        return List.of(BadgeRules::check, ChallengeChecks::check, SourceCheck::check, PlaybookCheck::check);
    }
}
