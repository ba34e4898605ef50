package dev.secpillar.tui;

import dev.secpillar.i18n.Messages;

import dev.secpillar.app.text.Columns;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.badge.Standing;
import java.util.ArrayList;
import java.util.List;

/** One badge in full: emblem, name, what it stands for, and each part of its criteria with how far along. */
record BadgeScreen(BadgeStatus badge, int scroll) implements Screen {

    static BadgeScreen of(BadgeStatus badge) {
        return new BadgeScreen(badge, 0);
    }

    @Override
    public Transition update(Msg.Key key, Env env) {
        int total = rows(env.width(), env.app().messages()).size();
        return ReadingKeys.scroll(key, env, scroll, total, this::scrollTo, () -> switch (key.command()) {
            case BACK, QUIT, PREVIOUS, ENTER -> new Transition.Pop();
            default -> new Transition.Stay(this);
        });
    }

    /** The screen scrolled to {@code s}, a scroll already kept within the body. */
    private Transition scrollTo(int s) {
        return new Transition.Stay(new BadgeScreen(badge, s));
    }

    private List<List<Segment>> rows(int width, Messages m) {
        int inner = Chrome.bodyWidth(width);
        List<List<Segment>> rows = new ArrayList<>();
        for (String line : badge.badge().emblem()) {
            rows.add(Segment.plain("  " + line, Role.TITLE));
        }
        if (!badge.badge().emblem().isEmpty()) {
            rows.add(List.of());
        }
        rows.addAll(StepView.wrap(badge.badge().name(), Role.BOLD, inner));
        rows.addAll(StepView.wrap(badge.badge().description(), Role.TEXT, inner));
        rows.add(List.of());
        if (badge.earned()) {
            rows.add(Segment.plain("✓ " + m.get("tui.badge.earned_on", badge.earnedAt().get().toString().substring(0, 10)), Role.RIGHT));
            rows.addAll(StepView.wrap(m.get("tui.badge.for", badge.standing().description()), Role.MUTED, inner));
            rows.add(List.of());
            rows.addAll(StepView.wrap(m.get("tui.badge.export", badge.badge().id()), Role.MUTED, inner));
        } else {
            rows.add(Segment.plain(m.get("tui.badge.to_earn"), Role.TITLE));
            rows.addAll(StepView.wrap(badge.standing().description(), Role.TEXT, inner));
            rows.add(Segment.plain(Columns.truncate(badge.standing().progress(), inner), Role.MUTED));
            for (Standing part : badge.standing().parts()) {
                rows.add(List.of());
                String mark = part.met() ? "✓ " : "· ";
                List<List<Segment>> words = StepView.wrap(part.description(), Role.TEXT, Math.max(1, inner - 2));
                for (int i = 0; i < words.size(); i++) {
                    List<Segment> row = new ArrayList<>();
                    row.add(new Segment(i == 0 ? mark : "  ", part.met() ? Role.RIGHT : Role.MUTED));
                    row.addAll(words.get(i));
                    rows.add(row);
                }
                rows.add(List.of(new Segment("  ", Role.TEXT),
                        new Segment(Columns.truncate(part.progress(), Math.max(1, inner - 2)), Role.MUTED)));
            }
        }
        return rows;
    }

    @Override
    public void render(Canvas c) {
        Chrome.header(c, c.t("tui.badge.header", badge.badge().name()), badge.earned() ? c.t("tui.badges.earned") : c.t("tui.badges.locked"));
        Chrome.scrolledBody(c, rows(c.width, c.words), scroll, i -> false);
    }

    @Override
    public KeyTable keys() {
        return KEYS;
    }

    static final KeyTable KEYS = KeyTable.of("keys.title.badge",
            KeyTable.main("Esc", "keys.back"), KeyTable.main("↑↓", "keys.scroll"), KeyTable.help(),
            KeyTable.more("k j", "keys.scroll_line"), KeyTable.more("keys.k.pgup_pgdn_space", "keys.scroll_page"),
            KeyTable.more("keys.k.home_end", "keys.top_bottom"), KeyTable.more("Enter ← b q", "keys.back"));
}
