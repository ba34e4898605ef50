package dev.secpillar.content;

import dev.secpillar.course.Course;
import dev.secpillar.course.Module;
import dev.secpillar.course.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the translations beside the English files of a loaded course: checks them (text only,
 * fingerprints, glossary), counts what is translated, stale or missing, and gives the course in
 * one language with only the fresh translations in it.
 */
final class Translations {
    static final String ENGLISH = "en";
    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");

    record Outcome(Course course, Map<String, TranslationReport> reports, List<ContentProblem> warnings) {}

    private final Course english;
    private final List<Source> sources;
    private final Path root;
    private final Problems problems;
    private final Problems warnings = new Problems();
    private int files;

    Translations(Path root, Course english, List<Source> sources, Problems problems) {
        this.root = root;
        this.english = english;
        this.sources = List.copyOf(sources);
        this.problems = problems;
    }

    int files() {
        return files;
    }

    /** Checks each language and returns the course in {@code apply} (English when that is "en"). */
    Outcome run(Set<String> languages, String apply) {
        Map<String, TranslationReport> reports = new LinkedHashMap<>();
        Course course = english;
        Set<String> all = new java.util.TreeSet<>(languages);
        if (!apply.equals(ENGLISH)) {
            all.add(apply);
        }
        for (String language : all) {
            Map<String, Map<String, String>> fresh = new HashMap<>();
            reports.put(language, language(language, fresh));
            if (language.equals(apply)) {
                course = new Localizer(fresh).apply(english);
            }
        }
        return new Outcome(course, reports, warnings.sorted());
    }

    private TranslationReport language(String language, Map<String, Map<String, String>> fresh) {
        Optional<Glossary> glossary = Glossary.load(root, language, problems);
        Map<String, TranslationReport.Row> rows = new LinkedHashMap<>();
        rows.put("course", TranslationReport.Row.empty("course"));
        for (Module m : english.modules()) {
            rows.put(m.id(), TranslationReport.Row.empty(m.id()));
        }
        // playbooks.yaml first: the texts of other files that repeat a playbook count as its translation has them.
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(java.util.Comparator.comparing(s -> s.kind() != Source.Kind.PLAYBOOKS));
        Map<String, TranslationReport.Status> playbookStatus = new HashMap<>();
        PlaybookTexts playbookTexts = new PlaybookTexts(english.playbooks());
        for (Source s : ordered) {
            Optional<TextItems.Split> split = TextItems.of(english, playbookTexts, s);
            if (split.isEmpty()) {
                continue;
            }
            Map<String, String> texts = split.get().own();
            Path file = s.translation(language);
            Map<String, TranslationFile.Entry> entries = Map.of();
            String name = ContentPaths.display(file);
            if (Files.isRegularFile(file)) {
                files++;
                entries = TranslationFile.read(file, name, problems).map(TranslationFile::items).orElse(Map.of());
            }
            Map<String, TranslationReport.Status> status = new LinkedHashMap<>();
            Map<String, String> freshTexts = new LinkedHashMap<>();
            Pattern shape = TextItems.shape(s.kind());
            Map<String, List<String>> repeated = split.get().fromPlaybooks();
            for (TranslationFile.Entry e : entries.values()) {
                if (!shape.matcher(e.key()).matches()) {
                    problems.add(e.keyAt(), "'" + e.key() + "' is not text of " + what(s.kind())
                            + "; only titles, pages, prompts, choices, explanations, hints, stories and case texts"
                            + " are translated (ids, answers, policies and cases come from the English file)");
                } else if (!texts.containsKey(e.key()) && e.translated()) {
                    warnings.add(e.keyAt(), repeated.containsKey(e.key())
                            ? "warning: '" + e.key() + "' repeats lessons/" + PlaybookReader.FILE + ", so its translation is"
                                    + " read from lessons/playbooks." + language + ".yaml and not from here; remove it"
                            : "warning: the English has no '" + e.key()
                                    + "' any more; remove it (secpillar translate stub drops it once it is empty)");
                }
            }
            for (var t : texts.entrySet()) {
                TranslationFile.Entry e = entries.get(t.getKey());
                if (e == null || !e.translated()) {
                    status.put(t.getKey(), TranslationReport.Status.MISSING);
                } else if (!e.fingerprint().equals(Fingerprint.of(t.getValue()))) {
                    status.put(t.getKey(), TranslationReport.Status.STALE);
                    warnings.add(e.keyAt(), "warning: stale translation of '" + t.getKey()
                            + "': the English changed since it was translated; update it and run"
                            + " secpillar --lang " + language + " translate accept " + name + " --key " + t.getKey());
                } else {
                    status.put(t.getKey(), TranslationReport.Status.TRANSLATED);
                    freshTexts.put(t.getKey(), e.text());
                    checkText(t.getValue(), e, glossary);
                }
            }
            checkDistinctItems(s, entries, freshTexts);
            fresh.put(Localizer.key(s.kind(), s.id()), freshTexts);
            if (s.kind() == Source.Kind.PLAYBOOKS) {
                checkPlaybooks(entries, freshTexts);
                playbookStatus.putAll(status);
                playbookModules(status).forEach((module, part) ->
                        rows.computeIfPresent(module, (k, r) -> r.plus(count(k, s.kind(), part, Map.of()))));
                continue;
            }
            // A lesson, question or challenge is whole only when the playbook texts it shows are translated too.
            Map<String, TranslationReport.Status> shown = new LinkedHashMap<>();
            repeated.forEach((path, parts) -> shown.put(path, whole(parts.stream()
                    .map(p -> playbookStatus.getOrDefault(p, TranslationReport.Status.MISSING)).toList())));
            String module = s.kind() == Source.Kind.COURSE ? "course" : s.moduleId();
            rows.computeIfPresent(module, (k, r) -> r.plus(count(k, s.kind(), status, shown)));
        }
        return new TranslationReport(language, List.copyOf(rows.values()));
    }

    /** Code spans (`s3:GetObject`, ARNs, commands) stay as they are in the English. */
    private void checkText(String englishText, TranslationFile.Entry e, Optional<Glossary> glossary) {
        Matcher m = CODE.matcher(englishText);
        Set<String> missing = new java.util.LinkedHashSet<>();
        while (m.find()) {
            if (!e.text().contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(e.textAt(), "warning: '" + e.key() + "' drops code the English has: `"
                    + String.join("`, `", missing) + "` (names, actions, ARNs and commands stay in English)");
        }
        glossary.ifPresent(g -> g.check(e.text(), e.textAt(), problems));
    }

    /** An order question's items must still differ from each other once translated. */
    private void checkDistinctItems(Source s, Map<String, TranslationFile.Entry> entries, Map<String, String> fresh) {
        if (s.kind() != Source.Kind.QUIZ) {
            return;
        }
        Map<String, String> seen = new HashMap<>();
        for (var t : fresh.entrySet()) {
            int slash = t.getKey().lastIndexOf("/choices/");
            if (slash < 0) {
                continue;
            }
            String sameText = t.getKey().substring(0, slash) + "\0" + t.getValue();
            String first = seen.putIfAbsent(sameText, t.getKey());
            if (first != null) {
                problems.add(entries.get(t.getKey()).textAt(), "'" + t.getKey() + "' reads the same as '" + first
                        + "'; every choice of a question must differ");
            }
        }
    }

    /**
     * A file's figures: its own texts count as texts; {@code shown} (the playbook texts it repeats,
     * counted as texts of playbooks.yaml) only decide whether a lesson, question or challenge is whole.
     */
    private static TranslationReport.Row count(String module, Source.Kind kind, Map<String, TranslationReport.Status> status,
                                               Map<String, TranslationReport.Status> shown) {
        TranslationReport.Counts texts = TranslationReport.Counts.NONE;
        for (TranslationReport.Status s : status.values()) {
            texts = texts.plus(s);
        }
        Map<String, TranslationReport.Status> all = new LinkedHashMap<>(status);
        all.putAll(shown);
        TranslationReport.Counts none = TranslationReport.Counts.NONE;
        return switch (kind) {
            case LESSON -> new TranslationReport.Row(module, texts, none.plus(whole(all.values())), none, none, none);
            case CHALLENGE -> new TranslationReport.Row(module, texts, none, none, none.plus(whole(all.values())), none);
            case QUIZ -> new TranslationReport.Row(module, texts, none, units(all, "questions/"), none, none);
            case COURSE -> new TranslationReport.Row(module, texts, none, none, none, units(all, "badges/"));
            case MODULE, PLAYBOOKS -> new TranslationReport.Row(module, texts, none, none, none, none);
        };
    }

    /** A playbook's texts count in the module of the lesson that teaches it; the shared heading in "course". */
    private Map<String, Map<String, TranslationReport.Status>> playbookModules(Map<String, TranslationReport.Status> status) {
        Map<String, String> moduleOf = new HashMap<>();
        for (var p : english.playbooks()) {
            moduleOf.put("playbooks/" + p.id() + "/", english.lesson(p.lesson()).map(l -> l.moduleId()).orElse("course"));
        }
        Map<String, Map<String, TranslationReport.Status>> out = new LinkedHashMap<>();
        status.forEach((path, st) -> {
            String module = moduleOf.entrySet().stream().filter(m -> path.startsWith(m.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("course");
            out.computeIfAbsent(module, k -> new LinkedHashMap<>()).put(path, st);
        });
        return out;
    }

    /**
     * The heading keeps its {title}; a step the playbooks share reads the same in each; the steps
     * of one playbook still differ once translated (its quiz question orders them).
     */
    private void checkPlaybooks(Map<String, TranslationFile.Entry> entries, Map<String, String> fresh) {
        String heading = fresh.get(PlaybookTexts.HEADING);
        if (heading != null && !heading.contains(PlaybookReader.TITLE)) {
            problems.add(entries.get(PlaybookTexts.HEADING).textAt(), "'" + PlaybookTexts.HEADING
                    + "' must keep " + PlaybookReader.TITLE + " where the playbook's title goes");
        }
        Map<String, String> byEnglish = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (var p : english.playbooks()) {
            for (var step : p.steps()) {
                String path = PlaybookTexts.step(p, step);
                String text = fresh.get(path);
                if (text == null) {
                    continue;
                }
                String first = byEnglish.putIfAbsent(step.text(), path);
                if (first != null && fresh.containsKey(first) && !fresh.get(first).equals(text)) {
                    problems.add(entries.get(path).textAt(), "'" + path + "' has the same English as '" + first
                            + "' but another translation; a step reads the same wherever it appears");
                }
                String same = seen.putIfAbsent(p.id() + "\0" + text, path);
                if (same != null) {
                    problems.add(entries.get(path).textAt(), "'" + path + "' reads the same as '" + same
                            + "'; every step of a playbook must differ");
                }
            }
        }
    }

    /** Groups "questions/ID/..." paths by ID and counts each group as one unit. */
    private static TranslationReport.Counts units(Map<String, TranslationReport.Status> status, String prefix) {
        Map<String, List<TranslationReport.Status>> groups = new LinkedHashMap<>();
        status.forEach((path, s) -> {
            if (path.startsWith(prefix)) {
                String id = path.substring(prefix.length(), path.indexOf('/', prefix.length()));
                groups.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            }
        });
        TranslationReport.Counts c = TranslationReport.Counts.NONE;
        for (List<TranslationReport.Status> g : groups.values()) {
            c = c.plus(whole(g));
        }
        return c;
    }

    /** Whole when every part is translated; stale when any part is; else missing. */
    private static TranslationReport.Status whole(java.util.Collection<TranslationReport.Status> parts) {
        if (parts.stream().allMatch(p -> p == TranslationReport.Status.TRANSLATED)) {
            return TranslationReport.Status.TRANSLATED;
        }
        return parts.contains(TranslationReport.Status.STALE) ? TranslationReport.Status.STALE : TranslationReport.Status.MISSING;
    }

    private static String what(Source.Kind kind) {
        return switch (kind) {
            case COURSE -> "course.yaml";
            case MODULE -> "a module";
            case LESSON -> "a lesson";
            case QUIZ -> "a quiz";
            case CHALLENGE -> "a challenge";
            case PLAYBOOKS -> "playbooks.yaml";
        };
    }

    /** Translation files whose English file is not part of the course. */
    static void reportOrphans(List<Path> translationFiles, List<Source> sources, Problems problems) {
        Set<Path> english = new HashSet<>();
        for (Source s : sources) {
            english.add(s.file().toAbsolutePath().normalize());
        }
        for (Path t : translationFiles) {
            Path source = Source.englishOf(t).toAbsolutePath().normalize();
            if (!english.contains(source)) {
                problems.add(new SourceRef(ContentPaths.display(t), 1, 1), "no English file "
                        + source.getFileName() + " in the course for this translation");
            }
        }
    }
}
