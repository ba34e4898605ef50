package dev.secpillar.tui;

import dev.secpillar.course.QuestionKind;
import dev.secpillar.quiz.Response;
import java.util.List;

/**
 * What a key does to a question not yet answered, the same in a quiz and a review: ↑↓ select,
 * a number answers (or ticks, in a select-all question), Space ticks, Shift-↑↓ or u/d move an
 * order item, Enter answers. Keys that mean nothing here are left to the screen.
 */
final class QuestionKeys {
    private QuestionKeys() {}

    sealed interface Outcome {
        /** The form changed (or stayed, for a key that was understood but changes nothing). */
        record Edit(AnswerForm form) implements Outcome {}

        /** The learner answered. */
        record Answer(Response response) implements Outcome {}

        /** A key that cannot work now, with a hint why. */
        record Hint(String text) implements Outcome {}

        /** Not a question key; the screen decides (scroll, leave, help). */
        record Other() implements Outcome {}
    }

    static Outcome handle(AnswerForm form, Msg.Key key) {
        QuestionKind kind = form.kind();
        return switch (key.command()) {
            case UP -> new Outcome.Edit(form.select(form.cursor() - 1));
            case DOWN -> new Outcome.Edit(form.select(form.cursor() + 1));
            case MOVE_UP -> kind == QuestionKind.ORDER ? new Outcome.Edit(form.move(-1)) : new Outcome.Other();
            case MOVE_DOWN -> kind == QuestionKind.ORDER ? new Outcome.Edit(form.move(1)) : new Outcome.Other();
            case SPACE -> kind == QuestionKind.MULTI ? new Outcome.Edit(form.toggle(form.cursor())) : new Outcome.Other();
            case NUMBER -> number(form, key.number() - 1);
            case ENTER -> form.submit().<Outcome>map(Outcome.Answer::new)
                    .orElse(new Outcome.Hint("Tick at least one choice (Space or its number), then press Enter."));
            default -> new Outcome.Other();
        };
    }

    private static Outcome number(AnswerForm form, int position) {
        if (position >= form.shown().size()) {
            return new Outcome.Hint("There is no choice " + (position + 1) + ".");
        }
        return switch (form.kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> new Outcome.Answer(form.shown().pick(position));
            case MULTI -> new Outcome.Edit(form.toggle(position));
            case ORDER -> new Outcome.Edit(form.select(position));
        };
    }

    /** The footer keys: for the verdict on screen, or for answering this kind of question. */
    static List<Chrome.Hint> hints(boolean showingVerdict, AnswerForm form, String next) {
        if (showingVerdict) {
            return List.of(new Chrome.Hint("Enter", next), new Chrome.Hint("↑↓", "scroll"),
                    new Chrome.Hint("?", "help"), new Chrome.Hint("Esc", "leave"));
        }
        int n = form.shown().size();
        String numbers = "1" + (n > 1 ? "-" + Math.min(n, 9) : "");
        return switch (form.kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> List.of(new Chrome.Hint(numbers, "answer"),
                    new Chrome.Hint("↑↓", "choose"), new Chrome.Hint("Enter", "answer"),
                    new Chrome.Hint("?", "help"), new Chrome.Hint("Esc", "leave"));
            case MULTI -> List.of(new Chrome.Hint("Space", "tick"), new Chrome.Hint("Enter", "answer"),
                    new Chrome.Hint("↑↓", "choose"), new Chrome.Hint("?", "help"), new Chrome.Hint("Esc", "leave"));
            case ORDER -> List.of(new Chrome.Hint("Shift-↑↓", "move"), new Chrome.Hint("↑↓", "choose"),
                    new Chrome.Hint("Enter", "answer"), new Chrome.Hint("?", "help"), new Chrome.Hint("Esc", "leave"));
        };
    }
}
