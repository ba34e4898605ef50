package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;

import dev.secpillar.app.CourseApp;
import dev.secpillar.app.text.Columns;
import dev.secpillar.badge.BadgeStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The badge cabinet: earned badges with the day each was earned, then locked ones with what
 * they ask and how far along the learner is ("2 of 3 challenges"). Enter opens one.
 */
record BadgeCabinetScreen(List<BadgeStatus> badges, int selected, int scroll) implements Screen {

    BadgeCabinetScreen {
        badges = List.copyOf(badges);
    }

    static BadgeCabinetScreen of(CourseApp app) {
        return load(app, 0, 0);
    }

    private static BadgeCabinetScreen load(CourseApp app, int selected, int scroll) {
        List<BadgeStatus> all = app.badges().all();
        List<BadgeStatus> ordered = new ArrayList<>(all.stream().filter(BadgeStatus::earned).toList());
        ordered.addAll(all.stream().filter(b -> !b.earned()).toList());
        return new BadgeCabinetScreen(ordered, Math.max(0, Math.min(selected, ordered.size() - 1)), scroll);
    }

    @Override
    public Screen refreshed(Env env) {
        CourseApp app = env.app();
        return load(app, selected, scroll);
    }

    private long earned() {
        return badges.stream().filter(BadgeStatus::earned).count();
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        return ReadingKeys.select(key, selected, badges.size(), s -> select(s, env), () -> switch (key.command()) {
            case ENTER, NEXT -> badges.isEmpty() ? new Transition.Stay(this)
                    : new Transition.Push(BadgeScreen.of(badges.get(selected)));
            case BACK, QUIT, PREVIOUS -> new Transition.Pop();
            default -> new Transition.Stay(this);
        });
    }

    private Transition select(int index, Env env) {
        if (badges.isEmpty()) {
            return new Transition.Stay(this);
        }
        int s = Math.max(0, Math.min(index, badges.size() - 1));
        Layout layout = layout(env.width(), env.app().messages());
        int newScroll = Scroll.follow(scroll, s == 0 ? 0 : layout.first().get(s), layout.last().get(s),
                layout.rows().size(), env.bodyRows());
        return new Transition.Stay(new BadgeCabinetScreen(badges, s, newScroll));
    }

    /** The body rows, and the first and last row of each badge's entry. */
    private record Layout(List<List<Segment>> rows, List<Integer> first, List<Integer> last) {}

    private Layout layout(int width, Messages m) {
        int inner = Chrome.bodyWidth(width);
        List<List<Segment>> rows = new ArrayList<>();
        List<Integer> first = new ArrayList<>();
        List<Integer> last = new ArrayList<>();
        if (badges.isEmpty()) {
            rows.add(Segment.plain(m.get("tui.badges.none"), Role.MUTED));
            return new Layout(rows, first, last);
        }
        long earned = earned();
        for (int i = 0; i < badges.size(); i++) {
            BadgeStatus b = badges.get(i);
            if (i == 0 && earned > 0) {
                rows.add(Segment.plain(m.get("tui.badges.earned"), Role.TITLE));
            }
            if (i == earned) {
                if (earned > 0) {
                    rows.add(List.of());
                }
                rows.add(Segment.plain(m.get("tui.badges.locked"), Role.TITLE));
            }
            first.add(rows.size());
            rows.add(headline(b, inner));
            if (b.earned()) {
                StepView.wrap(b.badge().description(), Role.MUTED, Math.max(1, inner - 4)).forEach(r -> rows.add(indent(r)));
            } else {
                StepView.wrap(b.standing().description(), Role.TEXT, Math.max(1, inner - 4)).forEach(r -> rows.add(indent(r)));
                rows.add(indent(Segment.plain(Columns.truncate(b.standing().progress(), Math.max(1, inner - 4)), Role.MUTED)));
            }
            last.add(rows.size() - 1);
        }
        return new Layout(rows, first, last);
    }

    private static List<Segment> indent(List<Segment> row) {
        List<Segment> out = new ArrayList<>();
        out.add(new Segment("    ", Role.TEXT));
        out.addAll(row);
        return out;
    }

    /** "✓ Least Privilege ······ 2025-01-02" or "· Detective ······ ████░░░░ 2/3". */
    private static List<Segment> headline(BadgeStatus b, int inner) {
        String mark = b.earned() ? "✓ " : "· ";
        String right;
        List<Segment> tail = new ArrayList<>();
        if (b.earned()) {
            right = b.earnedAt().get().toString().substring(0, 10);
            tail.add(new Segment(right, Role.RIGHT));
        } else {
            int bar = inner >= 60 ? 10 : inner >= 40 ? 6 : 0;
            String count = b.standing().done() + "/" + b.standing().total();
            right = (bar > 0 ? " ".repeat(bar) + "  " : "") + count;
            if (bar > 0) {
                int filled = (int) Math.round(b.standing().fraction() * bar);
                tail.add(new Segment("█".repeat(filled), Role.BAR_DONE));
                tail.add(new Segment("░".repeat(bar - filled), Role.BAR_TODO));
                tail.add(new Segment("  ", Role.TEXT));
            }
            tail.add(new Segment(count, Role.MUTED));
        }
        int room = Math.max(4, inner - Columns.width(mark) - Columns.width(right) - 2);
        List<Segment> row = new ArrayList<>();
        row.add(new Segment(mark, b.earned() ? Role.RIGHT : Role.MUTED));
        row.add(new Segment(Columns.pad(Columns.truncate(b.badge().name(), room), room) + "  ", Role.BOLD));
        row.addAll(tail);
        return row;
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, c.t("tui.badges.header"), c.t("tui.badges.count", earned(), badges.size()));
        Layout layout = layout(c.width, c.words);
        int bodyRows = Chrome.bodyRows(c.height);
        int from = badges.isEmpty() ? 0 : layout.first().get(selected);
        int to = badges.isEmpty() ? 0 : layout.last().get(selected);
        int s = Scroll.follow(Scroll.clamp(scroll, layout.rows().size(), bodyRows), selected == 0 ? 0 : from, to,
                layout.rows().size(), bodyRows);
        Chrome.body(c, layout.rows(), s, i -> !badges.isEmpty() && i == from);
        Chrome.scrollInfo(c, s, layout.rows().size(), bodyRows);
    }

    @Override
    public KeyTable keys() {
        return KEYS;
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.badges",
            KeyTable.main("Enter", "keys.details"), KeyTable.main("↑↓", "keys.move"), KeyTable.main("Esc", "keys.back"), KeyTable.help(),
            KeyTable.more("k j", "keys.move"), KeyTable.more("→ n", "keys.details"), KeyTable.more("keys.k.home_end", "keys.first_last"),
            KeyTable.more("← b q", "keys.back"));
}
