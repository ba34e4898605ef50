package dev.secpillar.app;

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
        List<String> out = new ArrayList<>();
        if (!report.evaluated()) {
            AnswerProblem p = report.unreadable().get();
            out.add(FAIL + " " + source + ":" + p.line() + ":" + p.column() + ": " + p.message());
            out.add("The answer could not be read, so no case was checked.");
            return out;
        }
        int n = 0;
        for (CaseResult c : report.cases()) {
            String number = String.format("%2d. ", ++n);
            if (c.pass()) {
                out.add(PASS + " " + number + c.name() + " (" + c.actual() + ")");
            } else {
                out.add(FAIL + " " + number + c.name() + ": expected " + c.expected() + ", got " + c.actual());
                if (!c.reason().isEmpty()) {
                    out.add("       " + c.reason());
                }
            }
        }
        for (AnswerProblem p : report.problems()) {
            out.add(FAIL + " " + (p.line() > 0 ? source + ":" + p.line() + ":" + p.column() + ": " : "") + p.message());
        }
        out.add(summary(report));
        return out;
    }

    public static String summary(CheckReport report) {
        if (!report.evaluated()) {
            return "The answer could not be read.";
        }
        String counts = report.passing() + " of " + report.cases().size() + " cases pass";
        if (report.passed()) {
            return counts + ". Passed!";
        }
        if (report.passing() == report.cases().size() && !report.problems().isEmpty()) {
            return counts + ", but the answer breaks the challenge's limits.";
        }
        return counts + ".";
    }
}
