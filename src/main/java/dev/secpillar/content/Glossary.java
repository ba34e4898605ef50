package dev.secpillar.content;

import dev.secpillar.course.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The terminology of one language (docs/glossary-vi.md): for each security term, the one
 * rendering translations use and the other renderings to flag. It is read from the tables of the
 * Markdown file (| English | rendering | variants, separated by ";" |) so the document people read
 * and the check are the same thing.
 */
record Glossary(String file, List<Term> terms) {
    record Term(String english, String rendering, List<String> variants, List<Pattern> patterns) {}

    static Path fileFor(Path root, String language) {
        return root.resolve("docs").resolve("glossary-" + language + ".md");
    }

    /** The glossary for the language, when the content root has one (the copy inside the jar has none). */
    static Optional<Glossary> load(Path root, String language, Problems problems) {
        Path file = fileFor(root, language);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = ContentPaths.display(file);
        try {
            return Optional.of(parse(name, Files.readString(file, StandardCharsets.UTF_8), problems));
        } catch (IOException e) {
            problems.add(new SourceRef(name, 0, 0), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Glossary parse(String name, String markdown, Problems problems) {
        List<Term> terms = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        String[] lines = Normalizer.normalize(markdown, Normalizer.Form.NFC).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("|") || line.matches("\\|[\\s:|-]*")) {
                continue;
            }
            String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
            if (cells.length < 3 || cells[0].strip().equalsIgnoreCase("English")) {
                continue;
            }
            String english = plain(cells[0]);
            String rendering = plain(cells[1]);
            List<String> variants = new ArrayList<>();
            for (String v : cells[2].split(";")) {
                String p = plain(v);
                if (!p.isEmpty() && !p.equals("-") && !p.equals("—")) {
                    variants.add(p);
                }
            }
            terms.add(new Term(english, rendering, variants, variants.stream().map(Glossary::pattern).toList()));
            lineOf.add(i + 1);
        }
        // A variant inside any rendering would flag correct text.
        for (int a = 0; a < terms.size(); a++) {
            Term t = terms.get(a);
            for (int v = 0; v < t.variants().size(); v++) {
                for (Term other : terms) {
                    if (contains(t.patterns().get(v), other.rendering())) {
                        problems.add(new SourceRef(name, lineOf.get(a), 1), "variant '" + t.variants().get(v) + "' of '"
                                + t.english() + "' is part of the rendering '" + other.rendering() + "' of '" + other.english()
                                + "'; it would flag every correct use");
                    }
                }
            }
        }
        return new Glossary(name, terms);
    }

    /** Flags each variant the text uses instead of the glossary's rendering. */
    void check(String text, SourceRef where, Problems problems) {
        for (Term t : terms) {
            for (int i = 0; i < t.variants().size(); i++) {
                if (contains(t.patterns().get(i), text)) {
                    problems.add(where, "'" + t.variants().get(i) + "' renders '" + t.english() + "' another way; the glossary ("
                            + file + ") writes '" + t.rendering() + "'");
                }
            }
        }
    }

    private static String plain(String cell) {
        return cell.replace("`", "").replace("**", "").strip();
    }

    /** Whole words only, case-insensitive, Vietnamese letters included. */
    private static Pattern pattern(String variant) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(variant.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Runs of white space count as one space: a variant wrapped across two lines of a YAML block is still found. */
    private static boolean contains(Pattern p, String text) {
        String flat = WHITE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ");
        return p.matcher(flat.toLowerCase(Locale.ROOT)).find();
    }

    private static final Pattern WHITE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
}
