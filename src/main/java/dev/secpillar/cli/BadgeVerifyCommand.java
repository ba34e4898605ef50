package dev.secpillar.cli;

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
@Command(name = "verify", mixinStandardHelpOptions = true)
final class BadgeVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
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
        out.printf("  Badge:    %s%n", ok.badge());
        out.printf("  Learner:  %s%n", ok.learner());
        ok.email().ifPresent(e -> out.printf("  Email:    %s%n", e));
        ok.awardedDate().ifPresent(at -> out.printf("  Earned:   %s%n", at));
        out.printf("  Issued:   %s%n", ok.validFrom());
        out.printf("  Issuer:   %s%n", ok.issuer());
        out.printf("  Proof:    DataIntegrityProof, eddsa-jcs-2022, created %s%n", ok.signedAt());
        out.printf("  Credential: %s%n", ok.credentialId());
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
