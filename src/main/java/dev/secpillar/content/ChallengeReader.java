package dev.secpillar.content;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Positions;
import dev.secpillar.course.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the common part of a challenge file; the kind-specific keys (start, given, cases,
 * solution, ...) are kept as data with their positions for the challenge package to check.
 */
final class ChallengeReader {
    record Read(Challenge challenge, Map<String, SourceRef> tagPositions) {}

    private ChallengeReader() {}

    static Optional<Read> read(String file, Node root, String moduleId, Problems problems) {
        Optional<Fields> maybe = Fields.of(file, root, "a challenge", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        int before = problems.size();
        Optional<String> id = f.id();
        Optional<ChallengeKind> kind = f.string("kind", true).flatMap(k -> {
            try {
                return Optional.of(ChallengeKind.valueOf(k.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(f.whereOf("kind"), "unknown challenge kind '" + k
                        + "' (expected policy, detection, network or ordering)");
                return Optional.empty();
            }
        });
        Optional<String> title = f.string("title", true);
        Optional<String> story = f.string("story", true);
        List<String> bps = f.stringList("best_practices", false);
        Map<String, SourceRef> tags = Tags.positions(f, "best_practices");
        List<String> hints = f.stringList("hints", false);
        Map<String, SourceRef> positions = Fields.newPositions();
        Map<String, Object> spec = f.rest(positions);
        if (problems.size() > before || id.isEmpty() || kind.isEmpty() || title.isEmpty() || story.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new Challenge(id.get(), moduleId, kind.get(), title.get(), story.get(), bps, hints,
                spec, new Positions(f.where(), positions)), tags));
    }
}
