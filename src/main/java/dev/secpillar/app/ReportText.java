package dev.secpillar.app;

import dev.secpillar.i18n.Language;
import dev.secpillar.i18n.Messages;
import dev.secpillar.challenge.AnswerProblem;
import dev.secpillar.challenge.CaseResult;
import dev.secpillar.challenge.CheckReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A check report as plain lines, the same in the shell and in line mode: one line per case
 * (✓ or ✗), the reason under each failing case, then the answer's own problems and a total.
 */
public final class ReportText {
    public static final String PASS = "\u2713";
    public static final String FAIL = "\u2717";

    private ReportText() {}

    /** {@code source} names the answer in located problems (a file name, or "answer"). */
    public static List<String> lines(CheckReport report, String source) {
        return lines(report, source, Messages.of(Language.EN));
    }

    public static List<String> lines(CheckReport report, String source, Messages m) {
        List<String> out = new ArrayList<>();
        if (!report.evaluated()) {
            AnswerProblem p = report.unreadable().get();
            out.add(FAIL + " " + source + ":" + p.line() + ":" + p.column() + ": " + p.message());
            out.add(m.get("app.report.unreadable_no_case"));
            return out;
        }
        int n = 0;
        for (CaseResult c : report.cases()) {
            String number = String.format("%2d. ", ++n);
            if (c.pass()) {
                out.add(PASS + " " + number + c.name() + " (" + c.actual() + ")");
            } else {
                out.add(FAIL + " " + number + m.get("app.report.case_failed", c.name(), c.expected(), c.actual()));
                if (!c.reason().isEmpty()) {
                    out.add("       " + c.reason());
                }
            }
        }
        for (AnswerProblem p : report.problems()) {
            out.add(FAIL + " " + (p.line() > 0 ? source + ":" + p.line() + ":" + p.column() + ": " : "") + p.message());
        }
        out.add(summary(report, m));
        return out;
    }

    public static String summary(CheckReport report) {
        return summary(report, Messages.of(Language.EN));
    }

    public static String summary(CheckReport report, Messages m) {
        if (!report.evaluated()) {
            return m.get("app.report.unreadable");
        }
        String counts = m.get("app.report.counts", report.passing(), report.cases().size());
        if (report.passed()) {
            return m.get("app.report.passed", counts);
        }
        if (report.passing() == report.cases().size() && !report.problems().isEmpty()) {
            return m.get("app.report.limits", counts);
        }
        return m.get("app.report.not_yet", counts);
    }
}
