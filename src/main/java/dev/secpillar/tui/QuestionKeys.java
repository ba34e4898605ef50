package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;

import dev.secpillar.course.QuestionKind;
import dev.secpillar.quiz.Response;
import java.util.function.IntFunction;
import java.util.function.Supplier;

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

    static Outcome handle(AnswerForm form, Msg.Key key, Messages m) {
        QuestionKind kind = form.kind();
        return switch (key.command()) {
            case UP -> new Outcome.Edit(form.select(form.cursor() - 1));
            case DOWN -> new Outcome.Edit(form.select(form.cursor() + 1));
            case MOVE_UP -> kind == QuestionKind.ORDER ? new Outcome.Edit(form.move(-1)) : new Outcome.Other();
            case MOVE_DOWN -> kind == QuestionKind.ORDER ? new Outcome.Edit(form.move(1)) : new Outcome.Other();
            case SPACE -> kind == QuestionKind.MULTI ? new Outcome.Edit(form.toggle(form.cursor())) : new Outcome.Other();
            case NUMBER -> number(form, key.number() - 1, m);
            case LETTER -> letter(form, key.typed(), m);
            case ENTER -> form.submit().<Outcome>map(Outcome.Answer::new)
                    .orElse(new Outcome.Hint(m.get("tui.quiz.hint.tick")));
            default -> new Outcome.Other();
        };
    }

    /**
     * The keys around the question, the same in a quiz and a review: while the verdict is on show
     * Enter, Space and → go on ({@code next}) and ↑↓ scroll a row; always PgUp/PgDn scroll a page
     * (less a row, to keep the context), Home/End to the ends, and Esc or q leave. {@code scrollTo}
     * gets the scroll asked for; any other key leaves the screen as it is ({@code stay}).
     */
    static Transition around(Msg.Key key, Env env, int scroll, boolean showingAnswer, Supplier<Transition> next,
                             IntFunction<Transition> scrollTo, Screen stay) {
        int page = env.bodyRows() - 1;
        return switch (key.command()) {
            case ENTER, NEXT, SPACE -> showingAnswer ? next.get() : new Transition.Stay(stay);
            case UP -> showingAnswer ? scrollTo.apply(scroll - 1) : new Transition.Stay(stay);
            case DOWN -> showingAnswer ? scrollTo.apply(scroll + 1) : new Transition.Stay(stay);
            case PAGE_UP -> scrollTo.apply(scroll - page);
            case PAGE_DOWN -> scrollTo.apply(scroll + page);
            case TOP -> scrollTo.apply(0);
            case BOTTOM -> scrollTo.apply(Integer.MAX_VALUE / 2);
            case BACK, QUIT -> new Transition.Pop();
            default -> new Transition.Stay(stay);
        };
    }

    private static Outcome number(AnswerForm form, int position, Messages m) {
        if (position >= form.shown().size()) {
            return new Outcome.Hint(m.get("tui.quiz.hint.no_choice", position + 1));
        }
        return switch (form.kind()) {
            case SINGLE, TRUE_FALSE, POLICY_DECISION -> new Outcome.Answer(form.shown().pick(position));
            case MULTI -> new Outcome.Edit(form.toggle(position));
            case ORDER -> new Outcome.Edit(form.select(position));
        };
    }

    /**
     * t/f answer a true/false question and a/e/i a policy decision (Allow, Explicit deny, Implicit
     * deny), as in line mode: those two kinds keep their choices in a fixed order.
     */
    private static Outcome letter(AnswerForm form, char c, Messages m) {
        int position = switch (form.kind()) {
            case TRUE_FALSE -> c == 't' ? 0 : c == 'f' ? 1 : -1;
            case POLICY_DECISION -> c == 'a' ? 0 : c == 'e' ? 1 : c == 'i' ? 2 : -1;
            default -> -1;
        };
        if (position < 0 || position >= form.shown().size()) {
            return switch (form.kind()) {
                case TRUE_FALSE -> new Outcome.Hint(m.get("tui.quiz.hint.tf"));
                case POLICY_DECISION -> new Outcome.Hint(m.get("tui.quiz.hint.policy"));
                default -> new Outcome.Other();
            };
        }
        return new Outcome.Answer(form.shown().pick(position));
    }

    /** "1-4": the number keys for {@code n} choices. */
    static String numbers(int n) {
        return "1" + (n > 1 ? "-" + Math.min(n, 9) : "");
    }

    /** The keys while a verdict is on show; {@code next} (a bundle key) says where Enter goes. */
    static KeyTable verdictKeys(String title, String next) {
        return KeyTable.of(title,
                KeyTable.main("Enter", next), KeyTable.main("↑↓", "keys.scroll"), KeyTable.help(),
                KeyTable.main("Esc", "keys.leave"), KeyTable.more("→ n Space", next), KeyTable.more("k j", "keys.scroll_line"),
                KeyTable.more("keys.k.pgup_pgdn", "keys.scroll_page"), KeyTable.more("q", "keys.leave"));
    }

    /** The keys for answering this kind of question; scrolling keys never answer. {@code title} is a bundle key. */
    static KeyTable answerKeys(String title, AnswerForm form) {
        String numbers = numbers(form.shown().size());
        KeyTable.Entry scroll = KeyTable.more("keys.k.pgup_pgdn", "keys.scroll_question");
        KeyTable.Entry ends = KeyTable.more("keys.k.home_end", "keys.top_bottom_question");
        KeyTable.Entry leave = KeyTable.more("q", "keys.leave_quiz");
        KeyTable.Entry help = KeyTable.help();
        KeyTable.Entry esc = KeyTable.main("Esc", "keys.leave");
        KeyTable.Entry choose = KeyTable.main("↑↓", "keys.choose");
        KeyTable.Entry kj = KeyTable.more("k j", "keys.choose");
        KeyTable.Entry enter = KeyTable.main("Enter", "keys.answer");
        return switch (form.kind()) {
            case SINGLE -> KeyTable.of(title, KeyTable.main(numbers, "keys.answer"), choose, enter, help, esc,
                    kj, scroll, ends, leave);
            case TRUE_FALSE -> KeyTable.of(title, KeyTable.main("t f", "keys.true_false"), choose, enter, help, esc,
                    KeyTable.more("1 2", "keys.true_false"), kj, scroll, ends, leave);
            case POLICY_DECISION -> KeyTable.of(title, KeyTable.main("a e i", "keys.policy.short"),
                    KeyTable.main("PgDn", "keys.read_on"), enter, help, esc, KeyTable.more("1-3", "keys.policy.long"),
                    KeyTable.more("↑↓ k j", "keys.choose"), scroll, ends, leave);
            case MULTI -> KeyTable.of(title, KeyTable.main("Space", "keys.tick"), enter, choose, help, esc,
                    KeyTable.more(numbers, "keys.tick_choice"), kj, scroll, ends, leave);
            case ORDER -> KeyTable.of(title, KeyTable.main("Shift-↑↓", "keys.move"), choose, enter, help, esc,
                    KeyTable.more("u d", "keys.move_item"), KeyTable.more(numbers, "keys.choose_item"), kj, scroll, ends, leave);
        };
    }
}
