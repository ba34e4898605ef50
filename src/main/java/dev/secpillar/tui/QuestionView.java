package dev.secpillar.tui;

import dev.secpillar.app.AnswerWords;
import dev.secpillar.i18n.Messages;

import dev.secpillar.app.text.Block;
import dev.secpillar.app.text.JsonLayout;
import dev.secpillar.app.text.Markup;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.app.text.StyledLine;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.quiz.Marking;
import dev.secpillar.quiz.Response;
import dev.secpillar.quiz.ShownQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a quiz or review question, laid out for a width: the prompt, the choices (a tick
 * box for select-all, the current arrangement for order) and, once answered, ✓ and ✗ marks,
 * the verdict, the feedback and the explanation. A policy decision's scenario comes last, as
 * syntax-coloured JSON: it is often taller than the screen, so the prompt and the three
 * choices stay together at the top and PgDn reads on.
 */
final class QuestionView {
    private QuestionView() {}

    /** An answered question: the response and its marking. */
    record Verdict(Response response, Marking marking) {}

    static StepView.Body of(ShownQuestion q, AnswerForm form, Optional<Verdict> verdict, int width, Messages words) {
        List<List<Segment>> rows = new ArrayList<>();
        MarkupLayout.layout(q.question().prompt(), width).forEach(l -> rows.add(Segment.row(l)));
        rows.add(List.of());
        int highlightFrom = -1;
        int highlightTo = -1;
        List<Integer> positions = verdict.isPresent() && verdict.get().response() instanceof Response.Sequence s
                ? s.items().stream().map(q::shown).toList()
                : q.kind() == QuestionKind.ORDER ? form.arrangement() : range(q.size());
        for (int row = 0; row < positions.size(); row++) {
            int position = positions.get(row);
            int first = rows.size();
            rows.addAll(choiceRows(q, form, verdict, row, position, width, words));
            if (verdict.isEmpty() && row == form.cursor()) {
                highlightFrom = first;
                highlightTo = rows.size() - 1;
            }
        }
        rows.add(List.of());
        if (verdict.isEmpty()) {
            rows.addAll(StepView.wrap(instructions(q, words), Role.MUTED, width));
            exhibit(q, rows, width, words);
            return new StepView.Body(rows, highlightFrom, highlightTo, highlightFrom, highlightTo);
        }
        int verdictRow = rows.size();
        Marking m = verdict.get().marking();
        List<String> feedback = AnswerWords.verdict(q, verdict.get().response(), m, words);
        for (int i = 0; i < feedback.size(); i++) {
            String line = feedback.get(i);
            if (i == 0) {
                rows.addAll(StepView.wrap((m.correct() ? "✓ " : "✗ ") + line, m.correct() ? Role.RIGHT : Role.WRONG, width));
            } else {
                rows.addAll(StepView.hanging(line, Role.TEXT, width, 2));
            }
        }
        rows.add(List.of());
        MarkupLayout.layout(q.question().explain(), width).forEach(l -> rows.add(Segment.row(l)));
        int verdictEnd = rows.size() - 1;
        exhibit(q, rows, width, words);
        return new StepView.Body(rows, -1, -1, verdictRow, verdictEnd);
    }

    private static void exhibit(ShownQuestion q, List<List<Segment>> rows, int width, Messages words) {
        q.exhibit().ifPresent(e -> {
            rows.add(List.of());
            rows.add(Segment.plain(words.get("tui.quiz.scenario"), Role.TITLE));
            for (StyledLine line : JsonLayout.layout(e.json(), Math.max(8, width - 2))) {
                List<Segment> row = new ArrayList<>();
                row.add(new Segment("  ", Role.TEXT));
                row.addAll(Segment.row(line));
                rows.add(row);
            }
        });
    }

    /** The rows of the choice at shown {@code position}, drawn as line {@code row} of the list. */
    private static List<List<Segment>> choiceRows(ShownQuestion q, AnswerForm form, Optional<Verdict> verdict,
                                                  int row, int position, int width, Messages words) {
        Question question = q.question();
        int original = q.original(position);
        String mark;
        Role markRole = Role.TEXT;
        String box = "";
        if (verdict.isPresent()) {
            boolean right;
            boolean shownMark;
            Response r = verdict.get().response();
            if (r instanceof Response.Picks p) {
                boolean ticked = p.choices().contains(original);
                right = ticked == question.answer().contains(original);
                shownMark = ticked || !right;
                box = ticked ? "[x] " : "[ ] ";
            } else if (r instanceof Response.Sequence) {
                right = original == row;
                shownMark = true;
            } else {
                int chosen = ((Response.Pick) r).choice();
                right = original == question.answer().get(0);
                shownMark = right || original == chosen;
            }
            mark = shownMark ? (right ? "✓ " : "✗ ") : "  ";
            markRole = right ? Role.RIGHT : Role.WRONG;
        } else {
            mark = row == form.cursor() ? "› " : "  ";
            if (q.kind() == QuestionKind.MULTI) {
                box = form.ticked().contains(position) ? "[x] " : "[ ] ";
            }
        }
        String label = q.kind() == QuestionKind.ORDER ? (row + 1) + "." : (position + 1) + ".";
        Block item = new Block.Item(0, box + label, Markup.inline(AnswerWords.choice(q, original, words)));
        List<StyledLine> lines = MarkupLayout.layout(List.of(item), Math.max(1, width - 2));
        List<List<Segment>> out = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            List<Segment> segments = new ArrayList<>();
            segments.add(new Segment(j == 0 ? mark : "  ", markRole));
            segments.addAll(Segment.row(lines.get(j)));
            out.add(segments);
        }
        return out;
    }

    private static String instructions(ShownQuestion q, Messages words) {
        String numbers = QuestionKeys.numbers(q.size());
        return switch (q.kind()) {
            case SINGLE -> words.get("tui.quiz.how.single", numbers);
            case TRUE_FALSE -> words.get("tui.quiz.how.true_false", numbers);
            case POLICY_DECISION -> words.get("tui.quiz.how.policy", numbers);
            case MULTI -> words.get("tui.quiz.how.multi", numbers);
            case ORDER -> words.get("tui.quiz.how.order", numbers);
        };
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
