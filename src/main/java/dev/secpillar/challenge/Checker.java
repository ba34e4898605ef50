package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;
import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.util.List;

/**
 * A challenge compiled for checking: its file's kind-specific data (the fixed world, the
 * cases) turned once into ready-to-run form, so checking an answer only reads the answer and
 * runs the cases. One implementation per kind of challenge.
 */
public sealed interface Checker permits CompiledChecker {

    /** Compiles a challenge of any kind; every problem of its file is reported, located. */
    static Checker compile(Challenge challenge) throws ChallengeSpecException {
        return switch (challenge.kind()) {
            case POLICY -> PolicyChecker.compile(challenge);
            case DETECTION -> DetectionChecker.compile(challenge);
            case NETWORK -> NetworkChecker.compile(challenge);
            case ORDERING -> ResponseChecker.compile(challenge);
        };
    }

    Challenge challenge();

    AnswerFormat format();

    /** The answer a learner starts from (it fails: {@link Soundness} proves it). */
    String start();

    /** The start as the learner first sees it: its comments (if generated) in the learner's language. */
    default String start(Messages m) {
        return start();
    }

    /** The author's answer (it passes). */
    String solution();

    /** Checks an answer, its reasons in English; never throws for anything a learner can type. */
    default CheckReport check(String answer) {
        return check(answer, Text.ENGLISH_MESSAGES);
    }

    /** Checks an answer, its labels, reasons and problems in the learner's language. */
    CheckReport check(String answer, Messages m);

    /** Advice about an answer (wildcards, limits), shown on request. */
    default List<Finding> lint(String answer) {
        return lint(answer, Text.ENGLISH_MESSAGES);
    }

    /** The same in the learner's language (the policy linter's own findings are worded by the linter). */
    List<Finding> lint(String answer, Messages m);

    /** What case {@code index} of a report is about: the request, the event, the flow, the rule. */
    default String detail(int index) {
        return detail(index, Text.ENGLISH_MESSAGES);
    }

    String detail(int index, Messages m);

    /** Lines the front ends show beside the story: the pool of actions, the network, ... */
    default List<String> briefing() {
        return briefing(Text.ENGLISH_MESSAGES);
    }

    List<String> briefing(Messages m);

    /** The actions a plan is made of (ordering challenges); empty for other kinds. */
    default List<PoolAction> pool() {
        return List.of();
    }

    /** An answer that lets everything through; a sound challenge fails it. */
    String allowEverything();

    /** The cases no answer can change (decided by the fixed world alone), as problems of the file. */
    List<SpecProblem> unreachableCases();
}
