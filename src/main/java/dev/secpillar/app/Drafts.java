package dev.secpillar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.challenge.AnswerFormat;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's challenge drafts: one file per challenge ({@code answers/ID.json} or
 * {@code .yaml}), the very file line mode asks the learner to edit and {@code --check} reads
 * when no file is named, plus the last {@value #KEPT} versions of each under
 * {@code answers/history/ID/NNN.json} with the score each had. Every write is an atomic
 * replace, so a crash leaves the last saved draft whole. Without a folder (a test, a served
 * session with nowhere to write) the drafts live in memory for the life of this object.
 * Safe to call from the shutdown hook while the front end's thread saves too.
 */
public final class Drafts {
    /** Versions kept per challenge; older ones are removed as new ones come. */
    public static final int KEPT = 20;
    private static final Pattern VERSION_FILE = Pattern.compile("(\\d+)\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> folder;
    private final Map<String, String> memory = new HashMap<>();
    private final Map<String, List<DraftVersion>> memoryHistory = new HashMap<>();

    private Drafts(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Drafts kept in {@code folder} (the data directory's {@code answers}). */
    public static Drafts in(Path folder) {
        return new Drafts(Optional.of(folder));
    }

    /** Drafts kept only while this object lives. */
    public static Drafts inMemory() {
        return new Drafts(Optional.empty());
    }

    /** The draft's file, when drafts are kept on disk. */
    public Optional<Path> file(String challengeId, AnswerFormat format) {
        return folder.map(f -> f.resolve(challengeId + "." + format.suffix()));
    }

    /**
     * The saved draft, empty when there is none.
     *
     * @throws AnswerFile.Unusable when the file is there but cannot be an answer (binary, huge)
     */
    public synchronized Optional<String> load(String challengeId, AnswerFormat format) throws AnswerFile.Unusable {
        Optional<Path> file = file(challengeId, format);
        if (file.isEmpty()) {
            return Optional.ofNullable(memory.get(challengeId));
        }
        if (!Files.exists(file.get())) {
            return Optional.empty();
        }
        return Optional.of(AnswerFile.read(file.get()));
    }

    /** The saved draft of a challenge whichever its format, empty when there is none or it cannot be read. */
    public synchronized Optional<String> find(String challengeId) {
        if (folder.isEmpty()) {
            return Optional.ofNullable(memory.get(challengeId));
        }
        return ChallengeService.savedDrafts(folder.get()).apply(challengeId);
    }

    /** Saves the draft with an atomic replace; nothing is written when the file holds the text already. */
    public synchronized void save(String challengeId, AnswerFormat format, String text) throws IOException {
        Optional<Path> file = file(challengeId, format);
        if (file.isEmpty()) {
            memory.put(challengeId, text);
            return;
        }
        try {
            if (Files.exists(file.get()) && AnswerFile.read(file.get()).equals(text)) {
                return;
            }
        } catch (AnswerFile.Unusable e) {
            // what is there is no answer; the learner's text replaces it
        }
        AtomicFile.write(file.get(), text);
    }

    /**
     * Keeps a version of the draft with its score, unless it is the latest version already;
     * the oldest versions beyond {@value #KEPT} go. Returns the version kept (or the latest).
     */
    public synchronized DraftVersion keep(String challengeId, String text, int passing, int cases, boolean passed,
                                          Instant at) throws IOException {
        List<DraftVersion> all = history(challengeId);
        if (!all.isEmpty() && all.get(all.size() - 1).text().equals(text)) {
            return all.get(all.size() - 1);
        }
        int number = all.isEmpty() ? 1 : all.get(all.size() - 1).number() + 1;
        DraftVersion v = new DraftVersion(number, at, passing, cases, passed, text);
        if (folder.isEmpty()) {
            List<DraftVersion> list = memoryHistory.computeIfAbsent(challengeId, k -> new ArrayList<>());
            list.add(v);
            while (list.size() > KEPT) {
                list.remove(0);
            }
            return v;
        }
        Path dir = historyFolder(challengeId);
        ObjectNode node = JSON.createObjectNode();
        node.put("number", v.number());
        node.put("savedAt", v.savedAt().toString());
        node.put("passing", v.passing());
        node.put("cases", v.cases());
        node.put("passed", v.passed());
        node.put("text", v.text());
        AtomicFile.write(dir.resolve(String.format("%03d.json", number)), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(node) + "\n");
        List<Path> files = versionFiles(dir);
        for (int i = 0; i < files.size() - KEPT; i++) {
            Files.deleteIfExists(files.get(i));
        }
        return v;
    }

    /** The kept versions, oldest first; a version file that does not read is skipped. */
    public synchronized List<DraftVersion> history(String challengeId) {
        if (folder.isEmpty()) {
            return List.copyOf(memoryHistory.getOrDefault(challengeId, List.of()));
        }
        List<DraftVersion> out = new ArrayList<>();
        try {
            for (Path f : versionFiles(historyFolder(challengeId))) {
                try {
                    JsonNode n = JSON.readTree(f.toFile());
                    out.add(new DraftVersion(n.path("number").asInt(), Instant.parse(n.path("savedAt").asText()),
                            n.path("passing").asInt(), n.path("cases").asInt(), n.path("passed").asBoolean(),
                            n.path("text").asText()));
                } catch (IOException | RuntimeException e) {
                    // a file someone edited by hand: the other versions still list
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    private Path historyFolder(String challengeId) {
        return folder.orElseThrow().resolve("history").resolve(challengeId);
    }

    /** Version files in number order. */
    private static List<Path> versionFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (VERSION_FILE.matcher(p.getFileName().toString()).matches()) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparingInt(Drafts::numberOf));
        return files;
    }

    private static int numberOf(Path p) {
        Matcher m = VERSION_FILE.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
