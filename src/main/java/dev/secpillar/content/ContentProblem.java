package dev.secpillar.content;

import dev.secpillar.course.SourceRef;

/** One thing wrong with the content, at the place an author must look. */
public record ContentProblem(SourceRef where, String message) {
    @Override
    public String toString() {
        return where.line() > 0 ? where + ": " + message : where.file() + ": " + message;
    }
}
