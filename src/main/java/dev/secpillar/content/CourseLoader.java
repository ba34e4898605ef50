package dev.secpillar.content;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.PillarMap;
import dev.secpillar.course.Playbook;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads a content tree (lessons/ and quizzes/ under one root) and checks it whole: schema,
 * unknown keys, duplicate ids, references and best-practice ids. Either every file is right
 * and a {@link Course} comes back, or the problems do; the course never half-loads.
 */
public final class CourseLoader {
    private final Path root;
    private final PillarMap pillar;
    private final List<CourseCheck> checks;
    private final Problems problems = new Problems();
    private final Map<String, SourceRef> ids = new HashMap<>();
    private final Map<String, Playbook> playbooks = new LinkedHashMap<>();
    private final List<Source> sources = new ArrayList<>();
    /** Languages whose translations are checked; null: every language that has a file. */
    private final Set<String> languages;
    private final String language;

    private CourseLoader(Path root, PillarMap pillar, List<CourseCheck> checks, Set<String> languages, String language) {
        this.root = root;
        this.pillar = pillar;
        this.checks = List.copyOf(checks);
        this.languages = languages;
        this.language = language;
    }

    /** The loaded course, or every problem found. */
    public static Course load(Path root) throws ContentException {
        return load(root, List.of());
    }

    /** The loaded course once the files and the whole-course checks pass, or every problem found. */
    public static Course load(Path root, List<CourseCheck> checks) throws ContentException {
        Result r = check(root, checks);
        if (r.course().isEmpty()) {
            throw new ContentException(r.problems());
        }
        return r.course().get();
    }

    /**
     * The course in {@code language} (English where a translation is missing or stale) once the
     * English and that language's translations pass, or every problem found.
     */
    public static Course load(Path root, List<CourseCheck> checks, String language) throws ContentException {
        Result r = new CourseLoader(root, PillarMapLoader.load(), checks,
                language.equals(Translations.ENGLISH) ? Set.of() : Set.of(language), language).run();
        if (r.course().isEmpty()) {
            throw new ContentException(r.problems());
        }
        return r.course().get();
    }

    /**
     * What a check found: the course (only when there are no problems), problems, warnings that
     * do not fail a check (stale translations), and per language how much is translated.
     */
    public record Result(Optional<Course> course, List<ContentProblem> problems, int files,
                         List<ContentProblem> warnings, Map<String, TranslationReport> translations) {
        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            translations = Map.copyOf(translations);
        }

        Result(Optional<Course> course, List<ContentProblem> problems, int files) {
            this(course, problems, files, List.of(), Map.of());
        }
    }

    /** Checks the tree and returns what was found; a course only when there are no problems. */
    public static Result check(Path root) {
        return check(root, List.of());
    }

    /**
     * Checks the tree, then runs the whole-course checks on the course it reads. Those run only
     * when every file is clean: a file with errors leaves holes that would look like broken
     * references.
     */
    public static Result check(Path root, List<CourseCheck> checks) {
        return new CourseLoader(root, PillarMapLoader.load(), checks, null, Translations.ENGLISH).run();
    }

    /** The same, checking every language's translations and giving the course in {@code language}. */
    public static Result check(Path root, List<CourseCheck> checks, String language) {
        return new CourseLoader(root, PillarMapLoader.load(), checks, null, language).run();
    }

    private int files;

    private Result run() {
        Path lessons = root.resolve("lessons");
        Path courseFile = lessons.resolve("course.yaml");
        if (!Files.isRegularFile(courseFile)) {
            problems.add(new SourceRef(name(courseFile), 0, 0), "no course here: lessons/course.yaml is missing");
            return new Result(Optional.empty(), problems.sorted(), 0);
        }
        Optional<Fields> top = readFile(courseFile).flatMap(n -> Fields.of(name(courseFile), n, "course.yaml", problems));
        String title = "Security Pillar";
        List<String> folders = List.of();
        List<BadgeDefinition> badges = List.of();
        Map<String, SourceRef> folderPositions = Map.of();
        if (top.isPresent()) {
            Fields f = top.get();
            title = f.string("title", true).orElse(title);
            folders = f.stringList("modules", true);
            folderPositions = Tags.positions(f, "modules");
            badges = BadgeReader.read(f, problems);
            f.finish("course.yaml");
            sources.add(new Source(Source.Kind.COURSE, "", "", courseFile));
            reportUnlistedFolders(lessons, folders, f.whereOf("modules"));
        }
        Path playbookFile = lessons.resolve(PlaybookReader.FILE);
        if (Files.isRegularFile(playbookFile)) {
            readFile(playbookFile).ifPresent(n -> playbooks.putAll(PlaybookReader.read(name(playbookFile), n, problems)));
            sources.add(new Source(Source.Kind.PLAYBOOKS, "", "", playbookFile));
        }
        List<Module> modules = new ArrayList<>();
        for (String folder : folders) {
            readModule(lessons.resolve(folder), folderPositions.getOrDefault(folder, top.get().whereOf("modules")))
                    .ifPresent(modules::add);
        }
        List<Quiz> quizzes = PolicyDecisions.decideAll(readQuizzes(modules), problems);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted(), files);
        }
        Course course = new Course(title, modules, quizzes, badges, List.copyOf(playbooks.values()));
        for (CourseCheck check : checks) {
            check.check(course, problems::add);
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted(), files);
        }
        return translate(course);
    }

    /** Translations are read once the English is whole: they can only refer to what it holds. */
    /** The English course and the files it came from, for the translation tools. */
    record English(Result result, List<Source> sources) {}

    static English english(Path root) {
        CourseLoader loader = new CourseLoader(root, PillarMapLoader.load(), List.of(), Set.of(), Translations.ENGLISH);
        return new English(loader.run(), List.copyOf(loader.sources));
    }

    private Result translate(Course course) {
        List<Path> translationFiles = translationFiles();
        Translations.reportOrphans(translationFiles, sources, problems);
        Set<String> check = languages;
        if (check == null) {
            check = new TreeSet<>();
            for (Path t : translationFiles) {
                check.add(Source.languageOf(t));
            }
        }
        Translations t = new Translations(root, course, sources, problems);
        Translations.Outcome out = t.run(check, language);
        files += t.files();
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted(), files, out.warnings(), out.reports());
        }
        return new Result(Optional.of(out.course()), List.of(), files, out.warnings(), out.reports());
    }

    private List<Path> translationFiles() {
        List<Path> out = new ArrayList<>();
        for (String top : List.of("lessons", "quizzes")) {
            Path dir = root.resolve(top);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(dir, 3)) {
                all.filter(p -> Files.isRegularFile(p) && Source.isTranslation(p)).sorted().forEach(out::add);
            } catch (IOException e) {
                problems.add(new SourceRef(name(dir), 0, 0), "cannot list: " + e.getMessage());
            }
        }
        return out;
    }

    private void reportUnlistedFolders(Path lessons, List<String> folders, SourceRef where) {
        try (Stream<Path> s = Files.list(lessons)) {
            s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !folders.contains(n))
                    .sorted()
                    .forEach(n -> problems.add(where, "module folder '" + n + "' is not listed in 'modules'"));
        } catch (IOException e) {
            problems.add(new SourceRef(name(lessons), 0, 0), "cannot list: " + e.getMessage());
        }
    }

    private Optional<Module> readModule(Path dir, SourceRef listedAt) {
        Path moduleFile = dir.resolve("module.yaml");
        if (!Files.isRegularFile(moduleFile)) {
            problems.add(listedAt, "module folder '" + dir.getFileName() + "' has no module.yaml");
            return Optional.empty();
        }
        String mf = name(moduleFile);
        Optional<Fields> maybe = readFile(moduleFile).flatMap(n -> Fields.of(mf, n, "module.yaml", problems));
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        Optional<String> id = f.string("id", true);
        id.ifPresent(v -> {
            Ids.check(v, f.whereOf("id"), problems);
            claim("module", v, f.whereOf("id"));
        });
        Optional<String> title = f.string("title", true);
        String summary = f.string("summary", false).orElse("");
        List<String> questions = f.stringList("questions", true);
        Map<String, SourceRef> qPos = Tags.positions(f, "questions");
        for (String q : questions) {
            if (pillar.question(q).isEmpty()) {
                problems.add(qPos.getOrDefault(q, f.whereOf("questions")), "'" + q + "' is not a question of the pillar map (SEC01 to SEC11)");
            }
        }
        f.finish("module.yaml");
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        sources.add(new Source(Source.Kind.MODULE, id.get(), id.get(), moduleFile));
        List<Challenge> challenges = readChallenges(dir.resolve("challenges"), id.get());
        List<Lesson> lessons = new ArrayList<>();
        for (Path file : yamlFiles(dir)) {
            if (file.getFileName().toString().equals("module.yaml")) {
                continue;
            }
            String lf = name(file);
            readFile(file).flatMap(n -> LessonReader.read(lf, n, id.get(), playbooks, problems)).ifPresent(r -> {
                claim("lesson", r.lesson().id(), r.where());
                checkTags(r.lesson().bestPractices(), r.tagPositions(), r.where());
                for (var ref : r.challengeRefs()) {
                    if (challenges.stream().noneMatch(c -> c.id().equals(ref.challengeId()))) {
                        problems.add(ref.where(), "no challenge '" + ref.challengeId() + "' in "
                                + name(dir.resolve("challenges")));
                    }
                }
                lessons.add(r.lesson());
                sources.add(new Source(Source.Kind.LESSON, r.lesson().id(), id.get(), file));
            });
        }
        return Optional.of(new Module(id.get(), title.get(), summary, questions, lessons, challenges));
    }

    private List<Challenge> readChallenges(Path dir, String moduleId) {
        List<Challenge> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        for (Path file : yamlFiles(dir)) {
            String cf = name(file);
            readFile(file).flatMap(n -> ChallengeReader.read(cf, n, moduleId, problems)).ifPresent(r -> {
                claim("challenge", r.challenge().id(), r.challenge().positions().item());
                checkTags(r.challenge().bestPractices(), r.tagPositions(), r.challenge().positions().item());
                out.add(r.challenge());
                sources.add(new Source(Source.Kind.CHALLENGE, r.challenge().id(), moduleId, file));
            });
        }
        return out;
    }

    private List<Quiz> readQuizzes(List<Module> modules) {
        List<Quiz> out = new ArrayList<>();
        Path dir = root.resolve("quizzes");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        for (Path file : yamlFiles(dir)) {
            String qf = name(file);
            readFile(file).flatMap(n -> QuizReader.read(qf, n, playbooks, problems)).ifPresent(r -> {
                Quiz quiz = r.quiz();
                claim("quiz", quiz.id(), quiz.source());
                if (modules.stream().noneMatch(m -> m.id().equals(quiz.moduleId()))) {
                    problems.add(r.moduleRef(), "no module '" + quiz.moduleId() + "'");
                }
                for (var q : quiz.questions()) {
                    claim("question", q.id(), q.positions().item());
                    checkTags(q.bestPractices(), r.tagPositions(), q.positions().item());
                }
                out.add(quiz);
                sources.add(new Source(Source.Kind.QUIZ, quiz.id(), quiz.moduleId(), file));
            });
        }
        return out;
    }

    private void checkTags(List<String> tags, Map<String, SourceRef> positions, SourceRef fallback) {
        for (String t : tags) {
            if (pillar.bestPractice(t).isEmpty()) {
                problems.add(positions.getOrDefault(t, fallback), "'" + t
                        + "' is not a best practice of the pillar map (ids look like SEC03-BP02)");
            }
        }
    }

    /** Ids are global: a progress record or a command names a lesson, quiz or challenge by id alone. */
    private void claim(String what, String id, SourceRef where) {
        String key = what.equals("module") || what.equals("quiz") ? what + ":" + id : "item:" + id;
        SourceRef first = ids.putIfAbsent(key, where);
        if (first != null) {
            problems.add(where, "duplicate " + what + " id '" + id + "' (first used at " + first + ")");
        }
    }

    private Optional<Node> readFile(Path file) {
        files++;
        return YamlFile.read(file, name(file), problems);
    }

    private List<Path> yamlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            // "NN-slug.vi.yaml" is a translation of "NN-slug.yaml", read once the English is loaded
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")
                            && !Source.isTranslation(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new SourceRef(name(dir), 0, 0), "cannot list: " + e.getMessage());
            return List.of();
        }
    }

    /** How a file is named in messages: relative to the working directory when it is below it. */
    private String name(Path file) {
        return ContentPaths.display(file);
    }
}
