package dev.secpillar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.Badges;
import dev.secpillar.badge.BadgeKeyException;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.badge.EarnedBadge;
import dev.secpillar.badge.Learner;
import dev.secpillar.badge.LearnerKey;
import dev.secpillar.badge.OpenBadgeCredential;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true)
final class BadgeExportCommand implements Callable<Integer> {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int MAX_NAME = 200;

    @ParentCommand
    BadgesCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--name", paramLabel = "\"Full Name\"")
    String name;

    @Option(names = "--email", paramLabel = "ADDR")
    String email;

    @Override
    public Integer call() throws Exception {
        Learner learner = new Learner(name(), email());
        checkTarget();
        try (CourseContext ctx = parent.main.context()) {
            Badges badges = ctx.app().badges();
            BadgeStatus status = badges.status(id).orElseThrow(() -> new Failure(ExitCodes.USAGE, "no badge '" + id
                    + "' (badges: " + badges.all().stream().map(b -> b.badge().id()).collect(Collectors.joining(", ")) + ")"));
            if (!status.earned()) {
                throw new Failure(ExitCodes.CHECK_FAILED, "the badge '" + id + "' (" + status.badge().name()
                        + ") is not earned yet, so it cannot be exported. It needs: " + status.standing().description()
                        + " (" + status.standing().progress() + ").");
            }
            EarnedBadge earned = badges.forExport(id).orElseThrow();
            LearnerKey key;
            try {
                key = LearnerKey.loadOrCreate(ctx.dataDir());
            } catch (BadgeKeyException e) {
                throw new Failure(ExitCodes.IO_ERR, e.getMessage(), e);
            }
            ObjectNode credential = OpenBadgeCredential.issue(earned, learner, key, Instant.now(), UUID.randomUUID(),
                    new SecureRandom());
            write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(credential) + "\n");
            PrintWriter w = spec.commandLine().getOut();
            w.printf("Wrote %s: an Open Badges 3.0 credential for \u201c%s\u201d%n", out, earned.name());
            w.printf("  signed by %s%n", key.did());
            w.printf("  with the key in %s (keep it private; it proves the badges you export are yours)%n", key.file());
            w.printf("Check it with: secpillar badges verify %s%n", out);
            w.flush();
            return ExitCodes.OK;
        }
    }

    private Optional<String> name() {
        if (name == null) {
            return Optional.empty();
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (n.isEmpty() || n.length() > MAX_NAME || n.codePoints().anyMatch(Character::isISOControl)) {
            throw new Failure(ExitCodes.USAGE, "--name must be 1 to " + MAX_NAME + " characters of text, on one line");
        }
        return Optional.of(n);
    }

    private Optional<String> email() {
        if (email == null) {
            return Optional.empty();
        }
        if (!EMAIL.matcher(email.strip()).matches()) {
            throw new Failure(ExitCodes.USAGE, "--email '" + email + "' is not an email address");
        }
        return Optional.of(email.strip());
    }

    /**
     * The target is a new file, or with --force a regular file to replace; never a device, a
     * folder, a pipe or a link (as root, /dev/full would otherwise become a regular file).
     */
    private void checkTarget() {
        Path target = out.toAbsolutePath();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(ExitCodes.IO_ERR, "cannot write " + out + ": it exists and is not a regular file; "
                    + "choose a new file name");
        }
        if (!force) {
            throw new Failure(ExitCodes.USAGE, out + " exists already; add --force to replace it, or choose another name");
        }
    }

    /** Written beside the target and moved into place, so a failed export never leaves half a file. */
    private void write(String json) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".badge-", ".tmp");
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            throw new Failure(ExitCodes.IO_ERR, "cannot write " + out + ": the folder " + target.getParent()
                    + " does not exist", e);
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, "cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export itself succeeded or was reported
                }
            }
        }
    }
}
