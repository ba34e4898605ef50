package dev.secpillar.content;

import dev.secpillar.course.PillarMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Loads the pillar map shipped in the jar (a copy of ../shared/security-pillar-map.yaml). */
public final class PillarMapLoader {
    private static volatile PillarMap cached;

    private PillarMapLoader() {}

    public static PillarMap load() {
        PillarMap m = cached;
        if (m == null) {
            m = read();
            cached = m;
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static PillarMap read() {
        try (InputStream in = PillarMapLoader.class.getResourceAsStream("/security-pillar-map.yaml")) {
            if (in == null) {
                throw new IllegalStateException("security-pillar-map.yaml is missing from the program");
            }
            Map<String, Object> root = (Map<String, Object>) new Load(SafeYaml.settings("security-pillar-map.yaml", 8 * 1024 * 1024)).loadFromInputStream(in);
            List<String> principles = (List<String>) root.get("design_principles");
            List<PillarMap.Area> areas = ((List<Map<String, Object>>) root.get("areas")).stream()
                    .map(a -> new PillarMap.Area((String) a.get("name"),
                            ((List<Map<String, Object>>) a.get("questions")).stream()
                                    .map(q -> new PillarMap.PillarQuestion((String) q.get("id"), (String) q.get("title"),
                                            ((List<Map<String, Object>>) q.get("best_practices")).stream()
                                                    .map(b -> new PillarMap.BestPractice((String) b.get("id"),
                                                            (String) b.get("title"), String.valueOf(b.get("risk"))))
                                                    .toList()))
                                    .toList()))
                    .toList();
            return new PillarMap(principles, areas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
