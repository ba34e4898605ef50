package dev.secpillar.cli;

import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.i18n.Messages;
import dev.secpillar.badge.CredentialVerifier;
import dev.secpillar.badge.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Needs neither the course nor the learner's record: the file carries its issuer's key. */
@Command(name = "verify")
final class BadgeVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    BadgesCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() {
        Messages m = parent.main.messages();
        byte[] bytes = read(m);
        Verification v = CredentialVerifier.verify(bytes, Instant.now());
        if (v instanceof Verification.Rejected r) {
            throw new Failure(ExitCodes.CHECK_FAILED, m.get("cli.verify.rejected", file, r.reason(m)));
        }
        Verification.Verified ok = (Verification.Verified) v;
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("cli.verify.verified", file));
        // Every field came from the file, signed by whoever made it: one line each, so a line feed in a
        // name cannot start a line of its own ("FAKE LINE: verified by AWS").
        // The name in the reader's language when the credential carries it (a bilingual export), else as written.
        out.println(m.get("cli.verify.badge", Sanitizer.cleanLine(ok.badge(m.language().code()))));
        out.println(m.get("cli.verify.learner", Sanitizer.cleanLine(ok.learner(m))));
        ok.email().ifPresent(e -> out.println(m.get("cli.verify.email", Sanitizer.cleanLine(e.render(m)))));
        ok.awardedDate().ifPresent(at -> out.println(m.get("cli.verify.earned", at)));
        out.println(m.get("cli.verify.issued", ok.validFrom()));
        out.println(m.get("cli.verify.issuer", Sanitizer.cleanLine(ok.issuer())));
        out.println(m.get("cli.verify.proof", ok.signedAt()));
        out.println(m.get("cli.verify.credential", Sanitizer.cleanLine(ok.credentialId())));
        out.flush();
        return ExitCodes.OK;
    }

    private byte[] read(Messages m) {
        try {
            // Read up to the limit and no further (a pipe or /dev/zero has no size to ask first).
            return BoundedInput.bytes(file, CredentialVerifier.MAX_BYTES);
        } catch (BoundedInput.TooLarge e) {
            throw new Failure(ExitCodes.DATA_ERR, m.get("cli.verify.too_large", file, e.message(m)), e);
        } catch (NoSuchFileException e) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.error.no_such_file", file), e);
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, m.get("cli.verify.cannot_read", file, e.getMessage()), e);
        }
    }
}
