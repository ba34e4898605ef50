package dev.secpillar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.app.Badges;
import dev.secpillar.app.CourseApp;
import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
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
import java.util.ArrayList;
import java.util.List;
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

@Command(name = "export")
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

    @Option(names = "--name", paramLabel = "\"NAME\"")
    String name;

    @Option(names = "--email", paramLabel = "ADDR")
    String email;

    @Override
    public Integer call() throws Exception {
        Messages early = parent.main.messages();
        Learner learner = new Learner(name(early), email(early));
        checkTarget(early);
        try (CourseContext ctx = parent.main.context()) {
            CourseApp app = ctx.app();
            Messages m = app.messages();
            Badges badges = app.badges();
            BadgeStatus status = badges.status(id).orElseThrow(() -> new Failure(ExitCodes.USAGE, m.get("cli.export.no_badge",
                    id, badges.all().stream().map(b -> b.badge().id()).collect(Collectors.joining(", ")))));
            if (!status.earned()) {
                throw new Failure(ExitCodes.CHECK_FAILED, m.get("cli.export.not_earned", id, status.badge().name(),
                        status.standing().description(), status.standing().progress()));
            }
            // English is the source: the achievement is written in it, with each translation beside it.
            CourseApp english = m.language() == Language.EN ? app
                    : new CourseApp(ctx.course(Language.EN), ctx.store(), java.time.Clock.systemUTC(), Messages.of(Language.EN));
            EarnedBadge earned = english.badges().forExport(id).orElseThrow();
            List<OpenBadgeCredential.Translation> translations = translations(ctx, earned);
            LearnerKey key;
            try {
                key = LearnerKey.loadOrCreate(ctx.dataDir());
            } catch (BadgeKeyException e) {
                throw new Failure(ExitCodes.IO_ERR, e.message(m), e);
            }
            ObjectNode credential = OpenBadgeCredential.issue(earned, translations, learner, key, Instant.now(),
                    UUID.randomUUID(), new SecureRandom());
            write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(credential) + "\n", m);
            PrintWriter w = spec.commandLine().getOut();
            w.println(m.get("cli.export.wrote", out, status.badge().name()));
            w.println(m.get("cli.export.signed_by", key.did()));
            w.println(m.get("cli.export.key_in", key.file()));
            w.println(m.get("cli.export.check_with", out));
            w.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * The badge's name and description in each other language the course is translated into;
     * a text not translated (or stale: the loader then gives the English) is not claimed as a translation.
     */
    private List<OpenBadgeCredential.Translation> translations(CourseContext ctx, EarnedBadge english) {
        List<OpenBadgeCredential.Translation> out = new ArrayList<>();
        for (Language l : Language.values()) {
            if (l == Language.EN) {
                continue;
            }
            boolean translated = ctx.course(l).badges().stream().filter(b -> b.id().equals(english.id())).findFirst()
                    .filter(b -> !b.name().equals(english.name()) || !b.description().equals(english.description()))
                    .isPresent();
            if (translated) {
                // the badge as that language's course says it: its evidence from the same record, in that language's words
                Messages words = Messages.of(l);
                CourseApp in = new CourseApp(ctx.course(l), ctx.store(), java.time.Clock.systemUTC(), words);
                in.badges().forExport(english.id())
                        .ifPresent(b -> out.add(OpenBadgeCredential.Translation.of(b, words)));
            }
        }
        return out;
    }

    private Optional<String> name(Messages m) {
        if (name == null) {
            return Optional.empty();
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (n.isEmpty() || n.length() > MAX_NAME || n.codePoints().anyMatch(Character::isISOControl)) {
            throw new Failure(ExitCodes.USAGE, m.get("cli.export.bad_name", String.valueOf(MAX_NAME)));
        }
        return Optional.of(n);
    }

    private Optional<String> email(Messages m) {
        if (email == null) {
            return Optional.empty();
        }
        if (!EMAIL.matcher(email.strip()).matches()) {
            throw new Failure(ExitCodes.USAGE, m.get("cli.export.bad_email", email));
        }
        return Optional.of(email.strip());
    }

    /**
     * The target is a new file, or with --force a regular file to replace; never a device, a
     * folder, a pipe or a link (as root, /dev/full would otherwise become a regular file).
     */
    private void checkTarget(Messages m) {
        Path target = out.toAbsolutePath();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.export.not_regular", out));
        }
        if (!force) {
            throw new Failure(ExitCodes.USAGE, m.get("cli.export.exists", out));
        }
    }

    /** Written beside the target and moved into place, so a failed export never leaves half a file. */
    private void write(String json, Messages m) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".badge-", ".tmp");
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.export.no_folder", out, target.getParent()), e);
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.export.cannot_write", out, e.getMessage()), e);
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
