package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Positions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Challenges written inline in tests, read the way the loader reads a challenge file (without positions). */
final class TestChallenges {
    private TestChallenges() {}

    static Challenge of(String yaml) {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) plain(new Load(LoadSettings.builder().build()).loadFromString(yaml));
        Map<String, Object> spec = new LinkedHashMap<>(all);
        String id = (String) spec.remove("id");
        ChallengeKind kind = ChallengeKind.valueOf(((String) spec.remove("kind")).toUpperCase(Locale.ROOT));
        String title = (String) spec.remove("title");
        String story = (String) spec.remove("story");
        spec.remove("best_practices");
        @SuppressWarnings("unchecked")
        List<String> hints = (List<String>) spec.getOrDefault("hints", List.of());
        spec.remove("hints");
        return new Challenge(id, "test", kind, title, story, List.of(), hints, spec, Positions.NONE);
    }

    static Checker compile(String yaml) {
        try {
            return Checker.compile(of(yaml));
        } catch (ChallengeSpecException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    /** Numbers as the loader gives them: whole numbers are longs. */
    private static Object plain(Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v;
    }

    static List<String> failing(CheckReport r) {
        return r.cases().stream().filter(c -> !c.pass()).map(CaseResult::name).toList();
    }
}
