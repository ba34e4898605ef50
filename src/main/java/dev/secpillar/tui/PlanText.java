package dev.secpillar.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ordering answer (a YAML list of action ids) as the move-the-items interface sees it: the
 * comment lines before the list, then one chunk of lines per item ("- id", or "- id:" with its
 * policy on the lines under it). The YAML text stays the answer, so the list and the text editor
 * show the same plan, undo covers both, the draft is the file `--check` reads, and a policy
 * the learner wrote moves with its item untouched.
 */
record PlanText(List<String> header, List<Item> items) {

    /** One item: its action id and its lines, the first starting "- ". */
    record Item(String id, List<String> lines) {
        /** True when a value follows the id (a policy action's policy). */
        boolean hasValue() {
            String first = lines.get(0).substring(2).strip();
            int colon = first.indexOf(':');
            return lines.stream().skip(1).anyMatch(l -> !l.isBlank() && !l.strip().startsWith("#"))
                    || colon >= 0 && !first.substring(colon + 1).strip().isEmpty();
        }
    }

    PlanText {
        header = List.copyOf(header);
        items = List.copyOf(items);
    }

    /** The plan in a text, or empty when it is not written one item per line (a flow list, a map). */
    static Optional<PlanText> read(String text) {
        List<String> header = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<String> current = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("- ") || line.equals("-")) {
                if (current != null) {
                    items.add(item(current));
                }
                current = new ArrayList<>(List.of(line));
            } else if (line.isBlank() || line.startsWith("#") || line.startsWith(" ")) {
                (current == null ? header : current).add(line);
            } else if (current == null && line.strip().equals("[]")) {
                header.add(line);
            } else {
                return Optional.empty();
            }
        }
        if (current != null) {
            items.add(item(current));
        }
        // the text's last newline is no line of its own
        List<String> last = items.isEmpty() ? header : items.get(items.size() - 1).lines();
        if (!last.isEmpty() && last.get(last.size() - 1).isEmpty()) {
            if (items.isEmpty()) {
                header.remove(header.size() - 1);
            } else {
                List<String> l = new ArrayList<>(last.subList(0, last.size() - 1));
                Item i = items.remove(items.size() - 1);
                items.add(new Item(i.id(), l));
            }
        }
        return Optional.of(new PlanText(header, items));
    }

    private static Item item(List<String> lines) {
        String rest = lines.get(0).length() > 2 ? lines.get(0).substring(2).strip() : "";
        int colon = rest.indexOf(':');
        String id = colon >= 0 ? rest.substring(0, colon) : rest;
        id = id.strip();
        if (id.length() >= 2 && (id.startsWith("\"") && id.endsWith("\"") || id.startsWith("'") && id.endsWith("'"))) {
            id = id.substring(1, id.length() - 1);
        }
        return new Item(id, lines);
    }

    List<String> ids() {
        return items.stream().map(Item::id).toList();
    }

    /** The plan as YAML: the header, then the items; "[]" when there is none (still a list). */
    String text() {
        List<String> out = new ArrayList<>();
        for (String h : header) {
            if (!h.strip().equals("[]")) {
                out.add(h);
            }
        }
        if (items.isEmpty()) {
            out.add("[]");
        }
        items.forEach(i -> out.addAll(i.lines()));
        return String.join("\n", out) + "\n";
    }

    /** The 0-based line of item {@code index} in {@link #text()}. */
    int lineOf(int index) {
        int line = (int) header.stream().filter(h -> !h.strip().equals("[]")).count();
        for (int i = 0; i < index; i++) {
            line += items.get(i).lines().size();
        }
        return line;
    }

    PlanText moved(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= items.size() || target < 0 || target >= items.size()) {
            return this;
        }
        List<Item> out = new ArrayList<>(items);
        out.set(target, items.get(index));
        out.set(index, items.get(target));
        return new PlanText(header, out);
    }

    PlanText removed(int index) {
        if (index < 0 || index >= items.size()) {
            return this;
        }
        List<Item> out = new ArrayList<>(items);
        out.remove(index);
        return new PlanText(header, out);
    }

    PlanText added(String id) {
        List<Item> out = new ArrayList<>(items);
        out.add(new Item(id, List.of("- " + id)));
        return new PlanText(header, out);
    }

    /** Item {@code index} given a policy to fill in, when it has none yet. */
    PlanText withPolicySkeleton(int index) {
        if (index < 0 || index >= items.size() || items.get(index).hasValue()) {
            return this;
        }
        List<Item> out = new ArrayList<>(items);
        String id = items.get(index).id();
        out.set(index, new Item(id, List.of("- " + id + ":", "    Version: \"2012-10-17\"", "    Statement:",
                "      - Effect: ")));
        return new PlanText(header, out);
    }
}
