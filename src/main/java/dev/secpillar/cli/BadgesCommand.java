package dev.secpillar.cli;

import dev.secpillar.i18n.Messages;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.secpillar.badge.BadgeStatus;
import dev.secpillar.badge.Standing;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "badges",
        subcommands = {BadgeExportCommand.class, BadgeVerifyCommand.class})
final class BadgesCommand extends ReportCommand<List<BadgeStatus>> {
    @Override
    List<BadgeStatus> gather(CourseContext ctx) {
        return ctx.app().badges().all();
    }

    @Override
    void printText(List<BadgeStatus> all, PrintWriter out) {
        long earned = all.stream().filter(BadgeStatus::earned).count();
        out.println(m.get("cli.badges.count", earned, all.size()));
        if (earned > 0) {
            out.printf("%n%s%n", m.get("cli.badges.earned"));
            for (BadgeStatus b : all) {
                if (b.earned()) {
                    out.printf("  [x] %s%n", m.get("cli.badges.earned_on", b.badge().name(), b.badge().id(),
                            b.earnedAt().get().toString().substring(0, 10)));
                    out.printf("      %s%n", b.badge().description());
                }
            }
        }
        if (earned < all.size()) {
            out.printf("%n%s%n", m.get("cli.badges.locked"));
            for (BadgeStatus b : all) {
                if (!b.earned()) {
                    out.printf("  [ ] %s (%s)%n", b.badge().name(), b.badge().id());
                    out.printf("      %s%n", b.standing().description());
                    out.printf("      %s%n", b.standing().progress());
                }
            }
        }
        if (earned > 0) {
            out.printf("%n%s%n", m.get("cli.badges.export_hint"));
        }
    }

    @Override
    ObjectNode toJson(List<BadgeStatus> all) {
        ObjectNode root = Json.object();
        ArrayNode earned = root.putArray("earned");
        ArrayNode locked = root.putArray("locked");
        for (BadgeStatus b : all) {
            ObjectNode n = (b.earned() ? earned : locked).addObject();
            n.put("id", b.badge().id());
            n.put("name", b.badge().name());
            n.put("description", b.badge().description());
            b.badge().emblem().forEach(n.putArray("emblem")::add);
            b.earnedAt().ifPresent(at -> n.put("earnedAt", at.toString()));
            n.set("criteria", standing(b.standing(), n.objectNode()));
        }
        return root;
    }

    private static ObjectNode standing(Standing s, ObjectNode n) {
        n.put("description", s.description());
        n.put("met", s.met());
        n.put("progress", s.progress());
        n.put("done", s.done());
        n.put("total", s.total());
        if (!s.parts().isEmpty()) {
            ArrayNode parts = n.putArray("parts");
            s.parts().forEach(p -> standing(p, parts.addObject()));
        }
        return n;
    }
}
