package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the command line's inputs in a JVM with a 128 MiB heap (see {@link FuzzDriver}): every
 * case ends in exit 65 or 74 (0 for valid input), one line on standard error and no stack trace,
 * and the JVM never runs out of memory, though streams of 1 GiB are offered.
 * {@code scripts/fuzz-inputs.sh} runs it and prints the figures.
 */
class CliFuzzTest {
    static final long SEED = 20261206L;
    static final int RANDOM_CASES = Integer.getInteger("secpillar.fuzz.random", 12);

    @TempDir
    Path work;

    record Case(String name, int exit, int errLines, int strayLines, long millis, String firstErr, boolean trace,
                String firstOut) {
        static Case parse(String line) {
            String[] f = line.substring("case ".length()).split("\\|", -1);
            return new Case(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Long.parseLong(f[4]), f[5], Boolean.parseBoolean(f[6]), f[7]);
        }
    }

    @Test
    void everyInputEndsInOneLineAndADataOrIoExitWithinA128MiBHeap() throws Exception {
        ChildJvm child = ChildJvm.start(FuzzDriver.class, List.of("-Xmx128m", "-XX:+UseSerialGC",
                        "-XX:+ExitOnOutOfMemoryError"), Map.of("SECPILLAR_LANG", "en"), work, in -> { },
                work.toString(), Long.toString(SEED), Integer.toString(RANDOM_CASES));
        ChildJvm.Result r = child.await(600);
        assertThat(r.exit()).as("the fuzz JVM (3 = out of memory)\n" + r.err()).isZero();
        List<Case> cases = new ArrayList<>();
        String figures = "";
        for (String line : r.out().lines().toList()) {
            if (line.startsWith("case ")) {
                cases.add(Case.parse(line));
            } else if (line.startsWith("figures ")) {
                figures = line;
            }
        }
        assertThat(figures).as(r.out() + r.err()).isNotEmpty();
        for (Case c : cases) {
            assertThat(c.trace()).as(c.name() + ": " + c.firstErr()).isFalse();
            assertThat(c.strayLines()).as(c.name() + ": every error line is the command's own").isZero();
            if (c.name().startsWith("valid ")) {
                assertThat(c.exit()).as(c.name() + ": " + c.firstErr()).isZero();
                assertThat(c.errLines()).as(c.name()).isZero();
            } else if (c.name().startsWith("validate ")) {
                // validate reports each problem on standard output as file:line:col
                assertThat(c.exit()).as(c.name() + ": " + c.firstOut()).isEqualTo(ExitCodes.DATA_ERR);
                assertThat(c.firstOut()).as(c.name()).containsPattern("\\.yaml:\\d+(:\\d+)?");
                assertThat(c.errLines()).as(c.name() + ": " + c.firstErr()).isZero();
            } else if (c.name().startsWith("badges-verify ")) {
                // a credential that does not verify is a verdict, exit 1 as the README says; too large, 65
                assertThat(c.exit()).as(c.name() + ": " + c.firstErr())
                        .isIn(ExitCodes.CHECK_FAILED, ExitCodes.DATA_ERR, ExitCodes.IO_ERR);
                assertThat(c.errLines()).as(c.name() + ": " + c.firstErr()).isEqualTo(1);
            } else if (c.name().startsWith("simulate-batch random")) {
                // a batch answers each line: one error line per bad line of input, exit 65
                assertThat(c.exit()).as(c.name() + ": " + c.firstErr()).isEqualTo(ExitCodes.DATA_ERR);
                assertThat(c.errLines()).as(c.name()).isPositive();
                assertThat(c.firstErr()).as(c.name()).startsWith("secpillar: <stdin>");
            } else {
                assertThat(c.exit()).as(c.name() + ": " + c.firstErr()).isIn(ExitCodes.DATA_ERR, ExitCodes.IO_ERR);
                assertThat(c.errLines()).as(c.name() + ": " + c.firstErr()).isEqualTo(1);
            }
        }
        assertThat(cases.stream().map(c -> c.name().substring(0, c.name().indexOf(' '))).distinct())
                .containsAll(Set.of("simulate", "lint", "badges-verify", "simulate-batch", "validate"));
        System.out.println("fuzz: " + figures + ", exits " + cases.stream().collect(java.util.stream.Collectors
                .groupingBy(Case::exit, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                + ", slowest " + cases.stream().max(java.util.Comparator.comparingLong(Case::millis))
                .map(c -> c.name() + " " + c.millis() + " ms").orElse("-") + ", wall " + r.millis() + " ms");
    }
}
