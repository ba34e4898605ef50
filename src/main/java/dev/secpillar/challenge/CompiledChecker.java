package dev.secpillar.challenge;

import dev.secpillar.course.Challenge;

/** What every kind of compiled challenge keeps alike: the challenge, its answer format, start and solution. */
abstract sealed class CompiledChecker implements Checker
        permits PolicyChecker, DetectionChecker, NetworkChecker, ResponseChecker {
    private final Challenge challenge;
    private final AnswerFormat format;
    private final String start;
    private final String solution;

    CompiledChecker(Challenge challenge, AnswerFormat format, String start, String solution) {
        this.challenge = challenge;
        this.format = format;
        this.start = start;
        this.solution = solution;
    }

    @Override
    public final Challenge challenge() {
        return challenge;
    }

    @Override
    public final AnswerFormat format() {
        return format;
    }

    @Override
    public final String start() {
        return start;
    }

    @Override
    public final String solution() {
        return solution;
    }
}
