package dev.secpillar.content;

import java.util.List;

/**
 * How much of the course one language covers, per module: text items translated from the
 * current English, stale (made from English that has changed since) or missing; and the same for
 * whole lessons, quiz questions, challenges and badges (whole when every text of it is translated).
 */
public record TranslationReport(String language, List<Row> rows) {
    public TranslationReport {
        rows = List.copyOf(rows);
    }

    public record Counts(int translated, int stale, int missing) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public int total() {
            return translated + stale + missing;
        }

        Counts plus(Counts o) {
            return new Counts(translated + o.translated, stale + o.stale, missing + o.missing);
        }

        Counts plus(Status s) {
            return plus(new Counts(s == Status.TRANSLATED ? 1 : 0, s == Status.STALE ? 1 : 0, s == Status.MISSING ? 1 : 0));
        }
    }

    /** One module's figures ("course" holds the course title and the badges). */
    public record Row(String module, Counts texts, Counts lessons, Counts questions, Counts challenges, Counts badges) {
        static Row empty(String module) {
            return new Row(module, Counts.NONE, Counts.NONE, Counts.NONE, Counts.NONE, Counts.NONE);
        }

        Row plus(Row o) {
            return new Row(module, texts.plus(o.texts), lessons.plus(o.lessons), questions.plus(o.questions),
                    challenges.plus(o.challenges), badges.plus(o.badges));
        }
    }

    enum Status { TRANSLATED, STALE, MISSING }

    public Row total() {
        return rows.stream().reduce(Row.empty("total"), Row::plus);
    }

    public boolean complete() {
        Counts t = total().texts();
        return t.stale() == 0 && t.missing() == 0;
    }
}
