package dev.secpillar.content;

import dev.secpillar.course.BadgeDefinition;
import dev.secpillar.course.Challenge;
import dev.secpillar.course.ChallengeKind;
import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Playbook;
import dev.secpillar.course.Positions;
import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.LessonSource;
import dev.secpillar.course.SourceRef;
import dev.secpillar.course.Step;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a {@link Course} for the start-up cache. Written by hand rather than
 * with Java serialization, whose reflective record handling costs hundreds of milliseconds on a
 * cold JVM; this reads in a few. Strings are interned in a table (file names repeat in every
 * position). Any change to the model must change {@link #VERSION}.
 */
final class CourseCodec {
    static final int VERSION = 3;

    private CourseCodec() {}

    static void write(DataOutputStream out, Course c) throws IOException {
        Writer w = new Writer(out);
        w.string(c.title());
        w.list(c.modules(), w::module);
        w.list(c.quizzes(), w::quiz);
        w.list(c.badges(), w::badge);
        w.list(c.playbooks(), w::playbook);
    }

    static Course read(DataInputStream in) throws IOException {
        Reader r = new Reader(in);
        return new Course(r.string(), r.list(r::module), r.list(r::quiz), r.list(r::badge), r.list(r::playbook));
    }

    private interface Out<T> {
        void write(T value) throws IOException;
    }

    private interface In<T> {
        T read() throws IOException;
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void string(String s) throws IOException {
            Integer index = strings.get(s);
            if (index != null) {
                out.writeInt(index);
                return;
            }
            strings.put(s, strings.size());
            out.writeInt(-1);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        <T> void list(List<T> items, Out<T> each) throws IOException {
            out.writeInt(items.size());
            for (T t : items) {
                each.write(t);
            }
        }

        void strings(List<String> items) throws IOException {
            list(items, this::string);
        }

        void ref(SourceRef r) throws IOException {
            string(r.file());
            out.writeInt(r.line());
            out.writeInt(r.column());
        }

        void positions(Positions p) throws IOException {
            ref(p.item());
            out.writeInt(p.byPath().size());
            for (var e : p.byPath().entrySet()) {
                string(e.getKey());
                ref(e.getValue());
            }
        }

        void module(Module m) throws IOException {
            string(m.id());
            string(m.title());
            string(m.summary());
            strings(m.questions());
            list(m.lessons(), this::lesson);
            list(m.challenges(), this::challenge);
        }

        void lesson(Lesson l) throws IOException {
            string(l.id());
            string(l.moduleId());
            string(l.title());
            strings(l.bestPractices());
            out.writeInt(l.minutes());
            list(l.steps(), this::step);
            list(l.sources(), this::source);
            ref(l.where());
        }

        void source(LessonSource s) throws IOException {
            string(s.title());
            string(s.url());
            string(s.see());
            ref(s.where());
        }

        void playbook(Playbook p) throws IOException {
            string(p.id());
            string(p.title());
            list(p.steps(), st -> {
                string(st.id());
                string(st.text());
            });
            string(p.lesson());
            string(p.question());
            string(p.challenge());
            string(p.heading());
            positions(p.positions());
        }

        void step(Step s) throws IOException {
            if (s instanceof Step.Page p) {
                out.writeByte(0);
                string(p.text());
            } else if (s instanceof Step.Check c) {
                out.writeByte(1);
                string(c.prompt());
                strings(c.choices());
                out.writeInt(c.answer());
                string(c.explain());
            } else if (s instanceof Step.ChallengeStep c) {
                out.writeByte(2);
                string(c.challengeId());
            } else {
                throw new IOException("unknown step " + s.getClass());
            }
        }

        void challenge(Challenge c) throws IOException {
            string(c.id());
            string(c.moduleId());
            string(c.kind().name());
            string(c.title());
            string(c.story());
            strings(c.bestPractices());
            strings(c.hints());
            value(c.spec());
            positions(c.positions());
        }

        void quiz(Quiz q) throws IOException {
            string(q.id());
            string(q.moduleId());
            string(q.title());
            out.writeInt(q.passPercent());
            list(q.questions(), this::question);
            ref(q.source());
        }

        void question(Question q) throws IOException {
            string(q.id());
            string(q.kind().name());
            string(q.prompt());
            strings(q.choices());
            list(q.answer(), out::writeInt);
            string(q.explain());
            strings(q.bestPractices());
            value(q.scenario());
            positions(q.positions());
        }

        void badge(BadgeDefinition b) throws IOException {
            string(b.id());
            string(b.name());
            string(b.description());
            strings(b.emblem());
            value(b.criteria());
            positions(b.positions());
        }

        /** Plain YAML data: maps (ordered), lists, text, numbers, booleans and null. */
        void value(Object v) throws IOException {
            if (v == null) {
                out.writeByte(0);
            } else if (v instanceof Map<?, ?> m) {
                out.writeByte(1);
                out.writeInt(m.size());
                for (var e : m.entrySet()) {
                    string((String) e.getKey());
                    value(e.getValue());
                }
            } else if (v instanceof List<?> l) {
                out.writeByte(2);
                out.writeInt(l.size());
                for (Object o : l) {
                    value(o);
                }
            } else if (v instanceof String s) {
                out.writeByte(3);
                string(s);
            } else if (v instanceof Long n) {
                out.writeByte(4);
                out.writeLong(n);
            } else if (v instanceof Double d) {
                out.writeByte(5);
                out.writeDouble(d);
            } else if (v instanceof Boolean b) {
                out.writeByte(6);
                out.writeBoolean(b);
            } else if (v instanceof BigInteger b) {
                out.writeByte(7);
                string(b.toString());
            } else if (v instanceof Integer i) {
                out.writeByte(8);
                out.writeInt(i);
            } else {
                throw new IOException("cannot cache a value of " + v.getClass());
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        String string() throws IOException {
            int index = in.readInt();
            if (index >= 0) {
                return strings.get(index);
            }
            int n = in.readInt();
            byte[] b = in.readNBytes(n);
            if (b.length != n) {
                throw new IOException("truncated");
            }
            String s = new String(b, StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        <T> List<T> list(In<T> each) throws IOException {
            int n = in.readInt();
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(each.read());
            }
            return out;
        }

        List<String> strings() throws IOException {
            return list(this::string);
        }

        SourceRef ref() throws IOException {
            return new SourceRef(string(), in.readInt(), in.readInt());
        }

        Positions positions() throws IOException {
            SourceRef item = ref();
            int n = in.readInt();
            Map<String, SourceRef> byPath = new HashMap<>();
            for (int i = 0; i < n; i++) {
                byPath.put(string(), ref());
            }
            return new Positions(item, byPath);
        }

        Module module() throws IOException {
            return new Module(string(), string(), string(), strings(), list(this::lesson), list(this::challenge));
        }

        Lesson lesson() throws IOException {
            return new Lesson(string(), string(), string(), strings(), in.readInt(), list(this::step),
                    list(this::source), ref());
        }

        LessonSource source() throws IOException {
            return new LessonSource(string(), string(), string(), ref());
        }

        Playbook playbook() throws IOException {
            return new Playbook(string(), string(), list(() -> new Playbook.PlaybookStep(string(), string())),
                    string(), string(), string(), string(), positions());
        }

        Step step() throws IOException {
            return switch (in.readByte()) {
                case 0 -> new Step.Page(string());
                case 1 -> new Step.Check(string(), strings(), in.readInt(), string());
                case 2 -> new Step.ChallengeStep(string());
                default -> throw new IOException("unknown step tag");
            };
        }

        Challenge challenge() throws IOException {
            return new Challenge(string(), string(), ChallengeKind.valueOf(string()), string(), string(), strings(),
                    strings(), map(), positions());
        }

        Quiz quiz() throws IOException {
            return new Quiz(string(), string(), string(), in.readInt(), list(this::question), ref());
        }

        Question question() throws IOException {
            return new Question(string(), QuestionKind.valueOf(string()), string(), strings(), list(in::readInt), string(),
                    strings(), map(), positions());
        }

        BadgeDefinition badge() throws IOException {
            return new BadgeDefinition(string(), string(), string(), strings(), map(), positions());
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() throws IOException {
            Object v = value();
            if (!(v instanceof Map)) {
                throw new IOException("expected a mapping");
            }
            return (Map<String, Object>) v;
        }

        Object value() throws IOException {
            switch (in.readByte()) {
                case 0:
                    return null;
                case 1: {
                    int n = in.readInt();
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        m.put(string(), value());
                    }
                    return m;
                }
                case 2: {
                    int n = in.readInt();
                    List<Object> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        l.add(value());
                    }
                    return l;
                }
                case 3:
                    return string();
                case 4:
                    return in.readLong();
                case 5:
                    return in.readDouble();
                case 6:
                    return in.readBoolean();
                case 7:
                    return new BigInteger(string());
                case 8:
                    return in.readInt();
                default:
                    throw new IOException("unknown value tag");
            }
        }
    }
}
