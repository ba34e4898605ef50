package dev.secpillar.tui;

import dev.secpillar.app.AnswerWords;
import dev.secpillar.i18n.Messages;

import dev.secpillar.app.QuizService;
import dev.secpillar.app.text.MarkupLayout;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.quiz.QuizResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The end of a sitting: pass or not, the score against the pass mark, each missed question
 * with what was wrong, its explanation and the lessons that teach it, then the lessons to
 * revisit (↑↓ and Enter open one), when the missed questions come back for review, and r to
 * retry.
 */
record QuizSummaryScreen(QuizResult result, Optional<String> reviewWhen, int selected, int scroll) implements Screen {

    static QuizSummaryScreen of(QuizResult result, Env env) {
        return new QuizSummaryScreen(result, env.quizzes().untilNextReview().map(QuizService::inWords), 0, 0);
    }

    /** The rows, and where the first lesson to revisit is (-1 when there is none). */
    private record Layout(List<List<Segment>> rows, int firstLesson) {}

    private Layout layout(int width, Messages words) {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(result.passed()
                ? Segment.plain("✓ " + words.get("tui.summary.passed"), Role.RIGHT)
                : Segment.plain("✗ " + words.get("tui.summary.not_passed"), Role.WRONG));
        rows.addAll(StepView.wrap(words.get("tui.summary.score", result.right(), result.total(), result.scorePercent(),
                result.quiz().passPercent()), Role.BOLD, width));
        if (result.missed().isEmpty()) {
            rows.add(List.of());
            rows.addAll(StepView.wrap(words.get("plain.summary.all_right"), Role.TEXT, width));
        } else {
            rows.add(List.of());
            rows.add(Segment.plain(words.get("tui.summary.missed"), Role.TITLE));
            int n = 1;
            int digits = String.valueOf(result.missed().size()).length();
            for (QuizResult.Missed m : result.missed()) {
                rows.add(List.of());
                rows.addAll(StepView.hanging(String.format("%" + digits + "d. ", n++) + m.question().prompt(), Role.BOLD,
                        width, 0));
                List<String> feedback = AnswerWords.verdict(m.answer().shown(), m.answer().response(), m.answer().marking(), words);
                for (int i = 0; i < feedback.size(); i++) {
                    rows.addAll(StepView.hanging(feedback.get(i), i == 0 ? Role.WRONG : Role.TEXT, width, 3));
                }
                MarkupLayout.layout(m.question().explain(), Math.max(1, width - 3))
                        .forEach(l -> {
                            List<Segment> row = new ArrayList<>();
                            row.add(new Segment("   ", Role.TEXT));
                            row.addAll(Segment.row(l));
                            rows.add(row);
                        });
                if (!m.lessons().isEmpty()) {
                    rows.addAll(StepView.wrap(words.get("plain.summary.taught_in", m.lessons().stream().map(Lesson::title)
                            .collect(Collectors.joining("; "))), Role.MUTED, width, 3));
                }
            }
        }
        int firstLesson = -1;
        if (!result.revisit().isEmpty()) {
            rows.add(List.of());
            rows.add(Segment.plain(words.get("tui.summary.revisit"), Role.TITLE));
            firstLesson = rows.size();
            for (int i = 0; i < result.revisit().size(); i++) {
                rows.add(List.of(new Segment(i == selected ? "› " : "  ", Role.TEXT),
                        new Segment(result.revisit().get(i).title(), Role.TEXT)));
            }
        }
        rows.add(List.of());
        if (!result.missed().isEmpty()) {
            int k = result.missed().size();
            rows.addAll(StepView.wrap(words.get("tui.summary.comes_back", k, reviewWhen.map(w -> " " + w).orElse("")),
                    Role.TEXT, width));
        }
        rows.addAll(StepView.wrap(words.get("tui.summary.retry"), Role.MUTED, width));
        return new Layout(rows, firstLesson);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        Layout l = layout(env.bodyWidth(), env.app().messages());
        int lessons = result.revisit().size();
        return switch (key.command()) {
            case UP -> lessons > 0 ? select(selected - 1, l, env) : scrollTo(scroll - 1, l, env);
            case DOWN -> lessons > 0 ? select(selected + 1, l, env) : scrollTo(scroll + 1, l, env);
            case PAGE_UP -> scrollTo(scroll - env.bodyRows() + 1, l, env);
            case PAGE_DOWN, SPACE -> scrollTo(scroll + env.bodyRows() - 1, l, env);
            case TOP -> scrollTo(0, l, env);
            case BOTTOM -> scrollTo(l.rows().size(), l, env);
            case ENTER, NEXT -> lessons > 0 ? open(result.revisit().get(selected), env) : new Transition.Stay(this);
            case AGAIN -> new Transition.Replace(QuizScreen.start(result.quiz(), env));
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        };
    }

    private Transition select(int index, Layout l, Env env) {
        int s = Math.max(0, Math.min(index, result.revisit().size() - 1));
        int row = l.firstLesson() + s;
        int sc = Scroll.follow(scroll, row, row, l.rows().size(), env.bodyRows());
        return new Transition.Stay(new QuizSummaryScreen(result, reviewWhen, s, sc));
    }

    private Transition scrollTo(int target, Layout l, Env env) {
        return new Transition.Stay(new QuizSummaryScreen(result, reviewWhen, selected,
                Scroll.clamp(target, l.rows().size(), env.bodyRows())));
    }

    private Transition open(Lesson lesson, Env env) {
        Optional<Module> module = env.app().course().module(lesson.moduleId());
        return module.<Transition>map(m -> new Transition.Push(
                LessonScreen.open(env.app().course(), m, lesson, env.app().progress(lesson).resumeAt(), env)))
                .orElse(new Transition.Stay(this));
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, "Quiz · " + result.quiz().title(), result.scorePercent() + "%");
        Layout l = layout(Chrome.bodyWidth(c.width), c.words);
        int highlighted = l.firstLesson() < 0 ? -1 : l.firstLesson() + selected;
        Chrome.scrolledBody(c, l.rows(), scroll, i -> i == highlighted);
    }

    @Override
    public KeyTable keys() {
        return result.revisit().isEmpty() ? KEYS : KEYS_REVISIT;
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.quiz_summary",
            KeyTable.main("r", "keys.retry"), KeyTable.main("Esc", "keys.back"), KeyTable.help(),
            KeyTable.more("↑↓ k j", "keys.scroll"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("← b q", "keys.back"));

    static final KeyTable KEYS_REVISIT = KeyTable.of("keys.title.quiz_summary",
            KeyTable.main("Enter", "keys.open_lesson"), KeyTable.main("r", "keys.retry"), KeyTable.main("Esc", "keys.back"),
            KeyTable.help(), KeyTable.more("↑↓ k j", "keys.choose_a_lesson"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("← b q", "keys.back"));
}
