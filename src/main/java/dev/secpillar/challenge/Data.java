package dev.secpillar.challenge;

import dev.secpillar.i18n.Messages;
import dev.secpillar.i18n.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One value of a plain YAML/JSON tree (maps, lists, text, numbers, booleans) with its path
 * ("/cases/3/action"), so every problem found while reading it can be reported where it was
 * written: in the challenge file for a spec, in the answer text for a learner's answer.
 * Its problems are worded with {@link #words()}: English for a challenge file (read by its
 * author), the learner's language for a learner's answer.
 */
final class Data {
    /** Where problems go; the path is turned into a line and column by the receiver. */
    interface Sink {
        void problem(String path, String message);
    }

    private final Object value;
    private final String path;
    private final Sink sink;
    private final Messages words;

    private Data(Object value, String path, Sink sink, Messages words) {
        this.value = value;
        this.path = path;
        this.sink = sink;
        this.words = words;
    }

    /** A challenge file's tree: problems in English, for its author. */
    static Data root(Object value, Sink sink) {
        return new Data(value, "", sink, Text.ENGLISH_MESSAGES);
    }

    /** A learner's answer: problems in the learner's language. */
    static Data root(Object value, Sink sink, Messages words) {
        return new Data(value, "", sink, words);
    }

    /** The words problems are written in. */
    Messages words() {
        return words;
    }

    /** A problem's words (bundle key {@code challenge.data.KEY}); arguments are texts, numbers given as digits. */
    String t(String key, Object... args) {
        return words.get("challenge.data." + key, args);
    }

    String path() {
        return path;
    }

    Object raw() {
        return value;
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    boolean isNull() {
        return value == null;
    }

    /** A name for the value in messages: the last key of its path. */
    String name() {
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        return last.isEmpty() ? t("the_document") : "'" + last + "'";
    }

    void problem(String message) {
        sink.problem(path, message);
    }

    /** The key's value; empty when absent (or when this is not a mapping, which is reported). */
    Optional<Data> get(String key) {
        Optional<Map<String, Data>> m = map();
        return m.flatMap(x -> Optional.ofNullable(x.get(key)));
    }

    boolean has(String key) {
        return value instanceof Map<?, ?> m && m.containsKey(key);
    }

    Optional<Data> required(String key) {
        Optional<Data> d = get(key);
        if (d.isEmpty() && isMap()) {
            problem(t("missing_key", key));
        }
        return d;
    }

    /** Entries in written order, or empty (reported) when this is not a mapping. */
    Optional<Map<String, Data>> map() {
        if (value instanceof Map<?, ?> m) {
            Map<String, Data> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), new Data(v, path + "/" + k, sink, words)));
            return Optional.of(out);
        }
        problem(t("not_mapping", name(), kind(value)));
        return Optional.empty();
    }

    Optional<List<Data>> list() {
        if (value instanceof List<?> l) {
            List<Data> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(new Data(l.get(i), path + "/" + i, sink, words));
            }
            return Optional.of(out);
        }
        problem(t("not_list", name(), kind(value)));
        return Optional.empty();
    }

    /** Text; a number is taken as its digits (account ids, ports written without quotes). */
    Optional<String> text() {
        if (value instanceof String s) {
            if (s.isBlank()) {
                problem(t("empty", name()));
                return Optional.empty();
            }
            return Optional.of(s);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
            return Optional.of(value.toString());
        }
        problem(t("not_text", name(), kind(value)));
        return Optional.empty();
    }

    Optional<String> text(String key, boolean required) {
        return (required ? required(key) : get(key)).flatMap(Data::text);
    }

    Optional<Long> number() {
        if (value instanceof Long l) {
            return Optional.of(l);
        }
        if (value instanceof Integer i) {
            return Optional.of(i.longValue());
        }
        problem(t("not_number", name(), kind(value)));
        return Optional.empty();
    }

    Optional<Boolean> bool() {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        problem(t("not_boolean", name(), kind(value)));
        return Optional.empty();
    }

    /** One text or a list of texts. */
    List<String> texts() {
        if (value instanceof List) {
            return list().orElse(List.of()).stream().map(Data::text).flatMap(Optional::stream).toList();
        }
        return text().map(List::of).orElse(List.of());
    }

    /** Reports each key that is not one of {@code allowed}. */
    void onlyKeys(Collection<String> allowed, String what) {
        if (!(value instanceof Map<?, ?> m)) {
            return;
        }
        for (Object k : m.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                sink.problem(path + "/" + k, t("unknown_key", String.valueOf(k), what,
                        String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    String kind(Object v) {
        return t("kind." + kindKey(v));
    }

    private static String kindKey(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "mapping";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Number) {
            return "number";
        }
        return "text";
    }
}
