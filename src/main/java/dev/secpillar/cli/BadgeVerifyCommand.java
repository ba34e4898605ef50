package dev.secpillar.cli;

import dev.secpillar.app.text.Sanitizer;
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
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Check an exported badge's structure and signature; exit 0 when it holds, 1 when not.")
final class BadgeVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A credential written by 'secpillar badges export'.")
    Path file;

    @Override
    public Integer call() {
        byte[] bytes = read();
        Verification v = CredentialVerifier.verify(bytes, Instant.now());
        if (v instanceof Verification.Rejected r) {
            throw new Failure(ExitCodes.CHECK_FAILED, file + ": not verified: " + r.reason());
        }
        Verification.Verified ok = (Verification.Verified) v;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: verified. The signature holds and nothing was changed since it was signed.%n", file);
        // Every field came from the file, signed by whoever made it: one line each, so a line feed in a
        // name cannot start a line of its own ("FAKE LINE: verified by AWS").
        out.printf("  Badge:    %s%n", Sanitizer.cleanLine(ok.badge()));
        out.printf("  Learner:  %s%n", Sanitizer.cleanLine(ok.learner()));
        ok.email().ifPresent(e -> out.printf("  Email:    %s%n", Sanitizer.cleanLine(e)));
        ok.awardedDate().ifPresent(at -> out.printf("  Earned:   %s%n", at));
        out.printf("  Issued:   %s%n", ok.validFrom());
        out.printf("  Issuer:   %s%n", Sanitizer.cleanLine(ok.issuer()));
        out.printf("  Proof:    DataIntegrityProof, eddsa-jcs-2022, created %s%n", ok.signedAt());
        out.printf("  Credential: %s%n", Sanitizer.cleanLine(ok.credentialId()));
        out.flush();
        return ExitCodes.OK;
    }

    private byte[] read() {
        try {
            // Read up to the limit and no further (a pipe or /dev/zero has no size to ask first).
            return BoundedInput.bytes(file, CredentialVerifier.MAX_BYTES);
        } catch (BoundedInput.TooLarge e) {
            throw new Failure(ExitCodes.DATA_ERR, file + ": not verified: the file is " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new Failure(ExitCodes.IO_ERR, file + ": no such file", e);
        } catch (IOException e) {
            throw new Failure(ExitCodes.IO_ERR, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
