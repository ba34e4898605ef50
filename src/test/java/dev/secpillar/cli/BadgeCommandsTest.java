package dev.secpillar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.secpillar.content.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The badge commands as a learner uses them, with the fixture course's four badges. */
class BadgeCommandsTest extends CliHarness {
    private final ObjectMapper mapper = new ObjectMapper();

    /** Finishes the one lesson of module "more" in line mode, which earns the badge "more". */
    private Run earnMore() {
        return feed("2\n1\n\n1\n\nq\n", "--plain");
    }

    @Test
    void lineModeAnnouncesABadgeRightAfterTheLessonThatEarnedIt() {
        String out = earnMore().out();
        assertThat(out).contains("Lesson complete: Third lesson.\n\nBadge earned: More Done\n     (+)\n"
                + "Finished the second module.\nEarned for: Finish every lesson of More. See them all with: secpillar badges\n");
        // announced once: not again on the next start
        assertThat(feed("q\n", "--plain").out()).doesNotContain("Badge earned");
    }

    @Test
    void badgesListsEarnedWithDatesAndLockedWithCriteriaAndProgress() throws Exception {
        earnMore();
        Run r = run("badges");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("1 of 4 badges earned\n")
                .containsPattern("\\[x\\] More Done \\(more\\), earned \\d{4}-\\d{2}-\\d{2}")
                .contains("[ ] Basics Done (basics)\n      Finish every lesson of Basics and pass its quiz\n"
                        + "      0 of 2 lessons, quiz not passed yet")
                .contains("[ ] Graduate (graduate)\n      Earn all of these badges: \u201cBasics Done\u201d and \u201cMore Done\u201d\n"
                        + "      1 of 2 badges");

        JsonNode json = mapper.readTree(run("badges", "--json").out());
        assertThat(json.get("earned")).hasSize(1);
        assertThat(json.get("earned").get(0).get("id").asText()).isEqualTo("more");
        assertThat(json.get("earned").get(0).get("earnedAt").asText()).matches("\\d{4}-.*Z");
        JsonNode graduate = json.get("locked").get(1);
        assertThat(graduate.get("id").asText()).isEqualTo("graduate");
        assertThat(graduate.get("criteria").get("progress").asText()).isEqualTo("1 of 2 badges");
        assertThat(graduate.get("criteria").get("parts")).hasSize(2);
    }

    @Test
    void exportRefusesABadgeNotEarnedAndSaysWhatItNeeds() {
        Path file = temp.resolve("basics.json");
        Run r = run("badges", "export", "basics", "--out", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("secpillar: the badge 'basics' (Basics Done) is not earned yet, so it cannot be "
                + "exported. It needs: Finish every lesson of Basics and pass its quiz (0 of 2 lessons, quiz not passed yet).\n");
        assertThat(file).doesNotExist();
        assertThat(data.resolve("badge-signing-key.pem")).doesNotExist();
    }

    @Test
    void exportOfAnUnknownBadgeListsTheBadges() {
        Run r = run("badges", "export", "nope", "--out", temp.resolve("x.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("secpillar: no badge 'nope' (badges: basics, more, graduate, steady)\n");
    }

    @Test
    void exportThenVerify() throws Exception {
        earnMore();
        Path file = temp.resolve("more.json");
        Run export = run("badges", "export", "more", "--out", file.toString(), "--name", "Ada Lovelace",
                "--email", "ada@example.org");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Wrote " + file + ": an Open Badges 3.0 credential for \u201cMore Done\u201d",
                "signed by did:key:z6Mk");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("badge-signing-key.pem"))))
                .isEqualTo("rw-------");
        String did = mapper.readTree(file.toFile()).get("issuer").get("id").asText();

        Run verify = run("badges", "verify", file.toString());
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains(file + ": verified.", "Badge:    More Done", "Learner:  Ada Lovelace",
                "Issuer:   " + did).containsPattern("Earned:   \\d{4}-\\d{2}-\\d{2}T").containsPattern("Issued:   \\d{4}-");
        assertThat(Files.readString(file)).doesNotContain("ada@example.org");

        // a second export is signed by the same key
        Path again = temp.resolve("again.json");
        run("badges", "export", "more", "--out", again.toString());
        assertThat(mapper.readTree(again.toFile()).get("issuer").get("id").asText()).isEqualTo(did);
    }

    @Test
    void verifyRejectsAChangedBrokenOrUnsignedFileWithAReasonAndNoStackTrace() throws Exception {
        earnMore();
        Path file = temp.resolve("more.json");
        run("badges", "export", "more", "--out", file.toString(), "--name", "Ada Lovelace");
        String json = Files.readString(file);

        Path changed = temp.resolve("changed.json");
        Files.writeString(changed, json.replace("Ada Lovelace", "Ada Lovelacf"));
        Run r = run("badges", "verify", changed.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("secpillar: " + changed
                + ": not verified: the signature does not match: the credential was changed after it was signed\n");

        Files.writeString(changed, json.substring(0, json.length() / 3));
        assertThat(run("badges", "verify", changed.toString()).err()).contains("not verified: it is truncated");
        Files.writeString(changed, "not json at all");
        assertThat(run("badges", "verify", changed.toString()).err()).contains("not verified: it is not valid JSON");
        Files.writeString(changed, json.replaceAll("(?s),\\s*\"proof\" : \\{.*\\}\\s*}\\s*$", "\n}\n"));
        Run unsigned = run("badges", "verify", changed.toString());
        assertThat(unsigned.exit()).isEqualTo(1);
        assertThat(unsigned.err()).isEqualTo("secpillar: " + changed + ": not verified: it is not signed: there is no 'proof'\n");
        assertThat(unsigned.err() + r.err()).doesNotContain("Exception", "\tat ");

        Run missing = run("badges", "verify", temp.resolve("nothing.json").toString());
        assertThat(missing.exit()).isEqualTo(74);
        assertThat(missing.err()).isEqualTo("secpillar: " + temp.resolve("nothing.json") + ": no such file\n");
    }

    @Test
    void exportNeverReplacesADeviceAFifoOrAFolderAndNeedsForceForAFile() throws Exception {
        earnMore();
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Path fifo = temp.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        for (Path target : List.of(folder, fifo, Path.of("/dev/null"))) {
            Run r = run("badges", "export", "more", "--out", target.toString(), "--force");
            assertThat(r.exit()).as(target.toString()).isEqualTo(74);
            assertThat(r.err()).as(target.toString()).isEqualTo("secpillar: cannot write " + target
                    + ": it exists and is not a regular file; choose a new file name\n");
        }
        assertThat(folder).isDirectory();
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();

        Path file = temp.resolve("mine.json");
        Files.writeString(file, "my notes");
        Run asked = run("badges", "export", "more", "--out", file.toString());
        assertThat(asked.exit()).isEqualTo(2);
        assertThat(asked.err()).isEqualTo("secpillar: " + file
                + " exists already; add --force to replace it, or choose another name\n");
        assertThat(file).hasContent("my notes");
        assertThat(run("badges", "export", "more", "--out", file.toString(), "--force").exit()).isZero();
        assertThat(run("badges", "verify", file.toString()).exit()).isZero();
    }

    @Test
    void aCredentialSignedWithAnAttackersKeyCannotDrawOnTheTerminalOrForgeALine() throws Exception {
        earnMore();
        Path file = temp.resolve("more.json");
        run("badges", "export", "more", "--out", file.toString(), "--name", "Ada Lovelace");
        String evil = "\u001b[2J\u001b]0;PWNED\u0007\nFAKE LINE: verified by AWS\u009b31m";
        Files.writeString(file, dev.secpillar.badge.Forge.resign(Files.readString(file), temp.resolve("forger"), vc -> {
            vc.put("name", "Badge " + evil);
            ((com.fasterxml.jackson.databind.node.ObjectNode) vc.get("issuer")).put("name", evil);
            ((com.fasterxml.jackson.databind.node.ObjectNode) vc.get("credentialSubject").get("identifier").get(0))
                    .put("identityHash", "Ada " + evil);
        }));
        Run r = run("badges", "verify", file.toString());
        assertThat(r.exit()).as(r.err()).isZero(); // the forger's own signature holds: it proves only their key
        assertThat(r.out()).contains("verified").doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("FAKE LINE"));
    }

    @Test
    void policyStringsEchoedBySimulateAndLintAreInert() throws Exception {
        Path scenario = temp.resolve("s.json");
        Files.writeString(scenario, """
                {"identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Sid": "A\\u001b]0;PWNED\\u0007\\nFAKE",
                 "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::r/*"}]}],
                 "request": {"principal": "arn:aws:iam::111122223333:user/a", "action": "s3:GetObject",
                             "resource": "arn:aws:s3:::r/x", "resourceAccount": "111122223333"}}""");
        Run sim = run("simulate", scenario.toString(), "--explain");
        assertThat(sim.exit()).as(sim.err()).isZero();
        assertThat(sim.out()).contains("PWNED").doesNotContain("\u001b").doesNotContain("\u0007");
        Path policy = temp.resolve("p.json");
        Files.writeString(policy, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get\\u001b[2JObject",
                 "Resource": "*"}]}""");
        Run lint = run("lint", policy.toString());
        assertThat(lint.out() + lint.err()).contains("[2J").doesNotContain("\u001b");
    }

    @Test
    void exportChecksTheNameAndEmail() {
        earnMore();
        Run bad = run("badges", "export", "more", "--out", temp.resolve("x.json").toString(), "--email", "not-an-address");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("secpillar: --email 'not-an-address' is not an email address\n");
        Run blank = run("badges", "export", "more", "--out", temp.resolve("x.json").toString(), "--name", " ");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("--name must be 1 to 200 characters");
    }

    @Test
    void progressShowsBadgesStreakQuizzesChallengesAndTheNextStep() throws Exception {
        earnMore();
        Run text = run("progress");
        assertThat(text.out()).contains("1 of 3 lessons done", "quiz not taken", "challenges 0 of 2 passed",
                "Streak: 1 day in a row now; longest run 1 day; active on 1 day in all.", "Badges: 1 of 4 earned (More Done)",
                "Next: First lesson (secpillar lesson basics-first)");
        JsonNode json = mapper.readTree(run("progress", "--json").out());
        assertThat(json.get("streak").get("current").asInt()).isEqualTo(1);
        assertThat(json.get("badges").get("earnedCount").asInt()).isEqualTo(1);
        assertThat(json.get("badges").get("earned").get(0).get("id").asText()).isEqualTo("more");
        JsonNode basics = json.get("modules").get(0);
        assertThat(basics.get("quizzes").get(0).get("id").asText()).isEqualTo("basics");
        assertThat(basics.get("quizzes").get(0).get("bestScore").isNull()).isTrue();
        assertThat(basics.get("challengesTotal").asInt()).isEqualTo(2);
        assertThat(basics.get("hintsUsed").asInt()).isZero();
        assertThat(json.get("nextStep").get("kind").asText()).isEqualTo("lesson");
        assertThat(json.get("nextStep").get("command").asText()).isEqualTo("secpillar lesson basics-first");
    }

    @Test
    void validateReportsBadCriteriaMissingNamesAndCyclesWithPositions() {
        Fixture.write(content, "lessons/course.yaml", """
                title: Fixture course
                modules: [01-basics, 02-more]
                badges:
                  - id: typo
                    name: Typo
                    description: An unknown criterion.
                    criteria: {lesson_of_module: basics}
                  - id: refs
                    name: Refs
                    description: Names that do not exist.
                    criteria:
                      all:
                        - {module_complete: nowhere}
                        - {quiz: {id: no-quiz, min_score: 90}}
                        - {challenges: [basics-challenge, no-challenge]}
                        - no-badge
                  - id: a
                    name: A
                    description: Needs B.
                    criteria: {all: [b]}
                  - id: b
                    name: B
                    description: Needs A.
                    criteria: {badge: a}
                  - id: counted
                    name: Counted
                    description: Asks for more than it lists.
                    criteria: {any: {count: 3, of: [a, b]}}
                  - id: kinds
                    name: Kinds
                    description: A kind that does not exist and a typo.
                    criteria: {challenges_of: {kind: firewall, no_hint: true}}
                """);
        Run r = run("validate");
        assertThat(r.exit()).isEqualTo(65);
        String file = "lessons/course.yaml";
        assertThat(r.out().lines().filter(l -> l.contains(file)).map(l -> l.substring(l.indexOf(file))).toList()).containsSubsequence(
                file + ":7:34: unknown criterion 'lesson_of_module' (criteria: lessons_of_module, module_complete, quiz, "
                        + "challenges, challenges_of, streak_days, badge, all, any, missed_questions_retired, every_quiz)",
                file + ":13:29: no module 'nowhere' (modules: basics, more)",
                file + ":14:23: no quiz 'no-quiz' (quizzes: basics, more)",
                file + ":15:43: no challenge 'no-challenge' (challenges: basics-challenge, basics-policy)",
                file + ":16:11: no badge 'no-badge' (badges: typo, refs, a, b, counted, kinds)",
                file + ":24:23: badges require each other in a cycle, so none can be earned: a -> b -> a",
                file + ":28:29: 'count' is 3 but 'of' lists only 2",
                file + ":32:38: unknown challenge kind 'firewall' (kinds: policy, detection, network, ordering)",
                file + ":32:57: unknown key 'no_hint' in 'challenges_of' (expected one of: module, kind, no_hints, no_give_up)");
        assertThat(r.out()).endsWith("9 problem(s) found in 10 file(s) checked\n");

        // the course does not start with broken badges either
        Run start = run("badges");
        assertThat(start.exit()).isEqualTo(65);
        assertThat(start.err()).contains("unknown criterion 'lesson_of_module'");
    }

    @Test
    void aBadgeThatRequiresItselfIsReported() {
        Fixture.write(content, "lessons/course.yaml", """
                title: Fixture course
                modules: [01-basics, 02-more]
                badges:
                  - id: loop
                    name: Loop
                    description: Needs itself.
                    criteria: {all: [loop, {streak_days: 2}]}
                """);
        Run r = run("validate");
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.out()).contains("lessons/course.yaml:7:22: badge 'loop' requires itself, so it can never be earned");
    }
}
