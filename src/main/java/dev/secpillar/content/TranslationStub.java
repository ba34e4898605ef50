package dev.secpillar.content;

import dev.secpillar.course.Course;
import dev.secpillar.course.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The translator's tool: writes the translation file beside each English file with every text
 * the English holds ({@code en}), its fingerprint and an empty place for the translation, keeping
 * what is already translated. A translation whose English has changed stays, marked stale with
 * the English it was made from ({@code en_was}), until the translator updates it and accepts it.
 * A translated text whose step or choice moved is found again by its fingerprint.
 */
public final class TranslationStub {
    /** What happened to one file: items by state after the run. */
    public record FileReport(String file, int translated, int stale, int missing, int moved, int accepted,
                             int leftOver, boolean changed) {}

    private final Path root;
    private final String language;

    public TranslationStub(Path root, String language) {
        this.root = root;
        this.language = language;
    }

    /** Writes or refreshes the translation files of the English files at or under the targets. */
    public List<FileReport> stub(List<Path> targets) throws ContentException {
        return run(targets, Optional.of(Set.of()));
    }

    /**
     * Marks stale translations as made from the current English, after the translator has
     * updated them: only the given keys, or every stale one when none are given.
     */
    public List<FileReport> accept(List<Path> targets, Set<String> keys) throws ContentException {
        return run(targets, keys.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(keys)));
    }

    /** accept: empty means every stale key; a set means those keys (an empty set: none, a plain stub). */
    private List<FileReport> run(List<Path> targets, Optional<Set<String>> accept) throws ContentException {
        CourseLoader.English english = CourseLoader.english(root);
        if (english.result().course().isEmpty()) {
            throw new ContentException(english.result().problems());
        }
        Course course = english.result().course().get();
        List<Source> chosen = new ArrayList<>();
        for (Path target : targets) {
            Path t = target.toAbsolutePath().normalize();
            if (Source.isTranslation(t)) {
                t = Source.englishOf(t);
            }
            boolean any = false;
            for (Source s : english.sources()) {
                Path f = s.file().toAbsolutePath().normalize();
                if (f.equals(t) || f.startsWith(t)) {
                    any = true;
                    if (!chosen.contains(s)) {
                        chosen.add(s);
                    }
                }
            }
            if (!any) {
                throw new ContentException(List.of(new ContentProblem(new SourceRef(ContentPaths.display(target), 0, 0),
                        "no English content file of the course is at or under this path")));
            }
        }
        List<FileReport> out = new ArrayList<>();
        PlaybookTexts playbooks = new PlaybookTexts(course.playbooks());
        for (Source s : chosen) {
            out.add(file(s, TextItems.of(course, playbooks, s).map(TextItems.Split::own).orElse(Map.of()), accept));
        }
        return out;
    }

    private FileReport file(Source s, Map<String, String> english, Optional<Set<String>> accept) throws ContentException {
        Path file = s.translation(language);
        String name = ContentPaths.display(file);
        Map<String, TranslationFile.Entry> existing = Map.of();
        Optional<String> fileNote = Optional.empty();
        String before = "";
        if (Files.isRegularFile(file)) {
            Problems problems = new Problems();
            Optional<TranslationFile> read = TranslationFile.read(file, name, problems);
            if (!problems.isEmpty() || read.isEmpty()) {
                throw new ContentException(problems.sorted());
            }
            existing = read.get().items();
            try {
                before = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw io(name, e);
            }
            fileNote = topNote(before);
        }
        Map<String, TranslationFile.Entry> byFingerprint = new HashMap<>();
        for (TranslationFile.Entry e : existing.values()) {
            if (e.translated()) {
                byFingerprint.putIfAbsent(e.fingerprint(), e);
            }
        }
        StringBuilder b = new StringBuilder(header(s, fileNote));
        b.append("items:\n");
        int translated = 0, stale = 0, missing = 0, moved = 0, accepted = 0;
        Set<String> used = new HashSet<>();
        Set<String> current = new HashSet<>();
        english.values().forEach(en -> current.add(Fingerprint.of(en)));
        for (var item : english.entrySet()) {
            String key = item.getKey();
            String en = item.getValue();
            String fp = Fingerprint.of(en);
            TranslationFile.Entry e = existing.get(key);
            Optional<String> note = e == null ? Optional.empty() : e.note();
            boolean here = e != null && e.translated();
            if (here && e.fingerprint().equals(fp)) {
                used.add(key);
                translated++;
                entry(b, key, en, Optional.empty(), fp, e.text(), note, false);
            } else if (byFingerprint.containsKey(fp)) {
                // The same English sits at another path now (a step or choice was inserted): its translation follows it.
                TranslationFile.Entry from = byFingerprint.get(fp);
                used.add(from.key());
                moved++;
                translated++;
                entry(b, key, en, Optional.empty(), fp, from.text(), note.or(from::note), false);
            } else if (here && !current.contains(e.fingerprint())) {
                used.add(key);
                if (accept.isEmpty() || accept.get().contains(key)) {
                    accepted++;
                    translated++;
                    entry(b, key, en, Optional.empty(), fp, e.text(), note, false);
                } else {
                    stale++;
                    Optional<String> was = e.enWas().or(e::en).filter(w -> !w.equals(en));
                    entry(b, key, en, was, e.fingerprint(), e.text(), note, true);
                }
            } else {
                missing++;
                entry(b, key, en, Optional.empty(), fp, "", note, false);
            }
        }
        // Translations of English that is gone are kept for the translator to reuse or delete.
        int leftOver = 0;
        for (TranslationFile.Entry e : existing.values()) {
            if (!english.containsKey(e.key()) && e.translated() && !used.contains(e.key())) {
                if (leftOver++ == 0) {
                    b.append("  # The English no longer has the items below: reuse their text above, then delete them.\n");
                }
                entry(b, e.key(), e.en().orElse(""), Optional.empty(), e.fingerprint(), e.text(), e.note(), false);
            }
        }
        String after = b.toString();
        boolean changed = !after.equals(before);
        if (changed) {
            write(file, name, after);
        }
        return new FileReport(name, translated, stale, missing, moved, accepted, leftOver, changed);
    }

    private String header(Source s, Optional<String> note) {
        String english = root.toAbsolutePath().normalize().relativize(s.file().toAbsolutePath().normalize()).toString();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(language).append(" translation of ").append(english.replace('\\', '/')).append('\n');
        b.append("# Write each '").append(language).append(":'. 'en' is the English it translates and 'en_was' the English a\n");
        b.append("# stale translation was made from; neither is loaded. Never edit 'fingerprint': it ties the\n");
        b.append("# translation to its English (docs/AUTHORING.md, \"Translations\"). Terms: docs/glossary-")
                .append(language).append(".md\n");
        note.ifPresent(n -> b.append("note: ").append(YamlText.value(n, 0)).append('\n'));
        return b.toString();
    }

    private void entry(StringBuilder b, String key, String en, Optional<String> was, String fingerprint, String text,
                       Optional<String> note, boolean stale) {
        if (stale) {
            b.append("  # STALE: the English changed. Compare en_was with en, update ").append(language)
                    .append(", then: secpillar --lang ").append(language).append(" translate accept FILE --key ").append(key).append('\n');
        }
        b.append("  ").append(key).append(":\n");
        b.append("    en: ").append(YamlText.value(en, 4)).append('\n');
        was.ifPresent(w -> b.append("    en_was: ").append(YamlText.value(w, 4)).append('\n'));
        note.ifPresent(n -> b.append("    note: ").append(YamlText.value(n, 4)).append('\n'));
        b.append("    fingerprint: \"").append(fingerprint).append("\"\n");
        b.append("    ").append(language).append(": ")
                .append(text.isEmpty() ? YamlText.empty() : YamlText.value(text, 4)).append('\n');
    }

    /** The file's own top-level note, kept across runs. */
    private static Optional<String> topNote(String text) {
        Problems p = new Problems();
        return YamlFile.compose(text, "note", p).flatMap(n -> Fields.of("note", n, "a translation file", p))
                .flatMap(f -> f.node(TranslationFile.NOTE))
                .filter(org.snakeyaml.engine.v2.nodes.ScalarNode.class::isInstance)
                .map(n -> Nodes.text((org.snakeyaml.engine.v2.nodes.ScalarNode) n));
    }

    private static void write(Path file, String name, String text) throws ContentException {
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".translation", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw io(name, e);
        }
    }

    private static ContentException io(String name, IOException e) {
        return new ContentException(List.of(new ContentProblem(new SourceRef(name, 0, 0), "cannot write: " + e.getMessage())));
    }

}
