package dev.secpillar.tui;

import dev.secpillar.app.text.Block;
import dev.secpillar.app.text.Markup;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.Sanitizer;
import dev.secpillar.app.text.Span;
import dev.secpillar.app.text.StyledLine;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.Step;
import dev.secpillar.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The body of one lesson step, laid out for a width: a page, a check (answered or not), a challenge. */
final class StepView {
    private StepView() {}

    /**
     * The rows, which of them to highlight (the selected choice of an unanswered check) and
     * which to keep in view (that choice, or the verdict once answered); -1 when none.
     */
    record Body(List<List<Segment>> rows, int highlightFrom, int highlightTo, int focusFrom, int focusTo) {
        boolean highlighted(int row) {
            return row >= highlightFrom && row <= highlightTo;
        }
    }

    static Body of(LessonScreen s, int width, Messages m) {
        if (s.lesson().steps().isEmpty()) {
            return plain(wrap(m.get("tui.lesson.no_steps"), Role.MUTED, width));
        }
        Step step = s.lesson().steps().get(s.step());
        if (step instanceof Step.Page page) {
            return plain(MarkupLayout.layout(page.text(), width).stream().map(Segment::row).toList());
        }
        if (step instanceof Step.Check check) {
            return check(check, s.selected(), Optional.ofNullable(s.answers().get(s.step())), width, m);
        }
        Step.ChallengeStep challenge = (Step.ChallengeStep) step;
        return plain(challenge(challenge, s.course().challenge(challenge.challengeId()), s.challengeStatus(), width, m));
    }

    private static Body plain(List<List<Segment>> rows) {
        return new Body(rows, -1, -1, -1, -1);
    }

    private static Body check(Step.Check check, int selected, Optional<LessonScreen.Answer> answer, int width, Messages m) {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(Segment.plain(m.get("keys.title.check"), Role.TITLE));
        rows.add(List.of());
        MarkupLayout.layout(check.prompt(), width).forEach(l -> rows.add(Segment.row(l)));
        rows.add(List.of());
        int highlightFrom = -1;
        int highlightTo = -1;
        for (int i = 0; i < check.choices().size(); i++) {
            String mark;
            Role markRole = Role.TEXT;
            if (answer.isPresent()) {
                boolean right = i == answer.get().outcome().rightChoice();
                boolean chosen = i == answer.get().choice();
                mark = right ? "✓ " : chosen ? "✗ " : "  ";
                markRole = right ? Role.RIGHT : Role.WRONG;
            } else {
                mark = i == selected ? "› " : "  ";
            }
            int first = rows.size();
            Block item = new Block.Item(0, (i + 1) + ".", Markup.inline(check.choices().get(i)));
            List<StyledLine> lines = MarkupLayout.layout(List.of(item), Math.max(1, width - 2));
            for (int j = 0; j < lines.size(); j++) {
                List<Segment> row = new ArrayList<>();
                row.add(new Segment(j == 0 ? mark : "  ", markRole));
                row.addAll(Segment.row(lines.get(j)));
                rows.add(row);
            }
            if (answer.isEmpty() && i == selected) {
                highlightFrom = first;
                highlightTo = rows.size() - 1;
            }
        }
        rows.add(List.of());
        if (answer.isEmpty()) {
            int n = check.choices().size();
            rows.addAll(wrap(m.get("tui.lesson.check.how", QuestionKeys.numbers(n)), Role.MUTED, width));
            return new Body(rows, highlightFrom, highlightTo, highlightFrom, highlightTo);
        }
        var outcome = answer.get().outcome();
        int verdict = rows.size();
        rows.addAll(outcome.right()
                ? wrap("✓ " + m.get("tui.lesson.check.right"), Role.RIGHT, width)
                : wrap("✗ " + m.get("tui.lesson.check.wrong", outcome.rightChoice() + 1,
                        Markup.inline(check.choices().get(outcome.rightChoice())).stream().map(Span::text)
                        .collect(java.util.stream.Collectors.joining())), Role.WRONG, width));
        if (!outcome.explain().isBlank()) {
            rows.add(List.of());
            MarkupLayout.layout(outcome.explain(), width).forEach(l -> rows.add(Segment.row(l)));
        }
        rows.add(List.of());
        rows.addAll(wrap(m.get("tui.lesson.check.go_on"), Role.MUTED, width));
        return new Body(rows, -1, -1, verdict, rows.size() - 1);
    }

    private static List<List<Segment>> challenge(Step.ChallengeStep step, Optional<Challenge> challenge,
                                                 Optional<String> status, int width, Messages m) {
        List<List<Segment>> rows = new ArrayList<>(wrap(m.get("tui.lesson.challenge"), Role.TITLE, width));
        challenge.ifPresent(c -> {
            rows.add(List.of());
            rows.addAll(wrap(c.title(), Role.BOLD, width));
            if (!c.story().isBlank()) {
                rows.add(List.of());
                MarkupLayout.layout(c.story(), width).forEach(l -> rows.add(Segment.row(l)));
            }
        });
        rows.add(List.of());
        status.ifPresent(st -> rows.addAll(wrap(st, st.startsWith("✓") ? Role.RIGHT : Role.MUTED, width)));
        rows.addAll(wrap(m.get("tui.lesson.challenge.how"), Role.MUTED, width));
        return rows;
    }

    /**
     * Plain text word-wrapped under an indent, every row in one role; a text that starts with a
     * number ("2. Deactivate the key") hangs its continuation lines under the words, as a list does.
     */
    static List<List<Segment>> hanging(String text, Role role, int width, int indent) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^( *\\d+\\.) (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(text);
        if (!m.matches()) {
            return wrap(text, role, width, indent);
        }
        Block item = new Block.Item(0, m.group(1), List.of(Span.normal(Sanitizer.cleanLine(m.group(2)))));
        String pad = " ".repeat(indent);
        return MarkupLayout.layout(List.of(item), Math.max(1, width - indent)).stream()
                .map(l -> List.of(new Segment(pad, Role.TEXT), new Segment(l.plainText(), role)))
                .toList();
    }

    /** Plain text word-wrapped under an indent of {@code indent} columns, every row in one role. */
    static List<List<Segment>> wrap(String text, Role role, int width, int indent) {
        String pad = " ".repeat(indent);
        return wrap(text, role, Math.max(1, width - indent)).stream()
                .map(row -> {
                    List<Segment> out = new ArrayList<>();
                    out.add(new Segment(pad, Role.TEXT));
                    out.addAll(row);
                    return out;
                })
                .toList();
    }

    /** Plain text (not markup) word-wrapped, every row in one role. */
    static List<List<Segment>> wrap(String text, Role role, int width) {
        Block p = new Block.Paragraph(List.of(Span.normal(Sanitizer.cleanLine(text))));
        return MarkupLayout.layout(List.of(p), width).stream()
                .map(l -> List.of(new Segment(l.plainText(), role)))
                .toList();
    }
}
