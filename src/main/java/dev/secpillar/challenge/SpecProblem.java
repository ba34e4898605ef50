package dev.secpillar.challenge;

import dev.secpillar.course.SourceRef;

/** Something wrong with a challenge file itself, at the place an author must look. */
public record SpecProblem(SourceRef where, String message) {
    @Override
    public String toString() {
        return where.line() > 0 ? where + ": " + message : where.file() + ": " + message;
    }
}
