package dev.secpillar.challenge;

import dev.secpillar.i18n.Rephrase;
import dev.secpillar.i18n.Text;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's syntax problems in the reader's language, as {@link dev.secpillar.policy.JacksonWords}
 * does for JSON: SnakeYAML writes English only; each problem a learner meets while editing a
 * YAML answer (a bracket left open, an indent off by one, a tab) is recognised by its English
 * words and said again from the bundles. A problem not recognised stays SnakeYAML's English, and
 * in English every problem renders exactly as SnakeYAML wrote it.
 */
final class YamlWords {
    private static final List<Rephrase> PROBLEMS = List.of(
            Rephrase.of("expected ',' or '([}\\]])', but got (.+)", m -> Text.of("challenge.yaml.expected_comma", m.group(1), token(m.group(2)))),
            Rephrase.of("expected <block end>, but found (.+)", m -> Text.of("challenge.yaml.expected_block_end", token(m.group(1)))),
            Rephrase.of("expected the node content, but found (.+)", m -> Text.of("challenge.yaml.expected_value", token(m.group(1)))),
            Rephrase.of("expected '<document start>', but found (.+)", m -> Text.of("challenge.yaml.expected_document", token(m.group(1)))),
            Rephrase.of("mapping values are not allowed here", "challenge.yaml.mapping_value_here"),
            Rephrase.of("sequence entries are not allowed here", "challenge.yaml.sequence_entry_here"),
            Rephrase.of("mapping keys are not allowed here", "challenge.yaml.mapping_key_here"),
            Rephrase.of("could not find expected ':'", "challenge.yaml.no_colon"),
            Rephrase.of("found unexpected end of stream", "challenge.yaml.unclosed_quote"),
            Rephrase.of("found unexpected document separator", "challenge.yaml.document_separator"),
            Rephrase.of("but found another document|expected a single document in the stream", "challenge.yaml.another_document"),
            Rephrase.of("found unknown escape character (.+)", m -> Text.of("challenge.yaml.unknown_escape", m.group(1))),
            Rephrase.of("expected escape sequence of (\\d+) hexadecimal numbers, but found: ?(.*)",
                    m -> Text.of("challenge.yaml.hex_escape", m.group(1), m.group(2))),
            Rephrase.of("found undefined alias (.+)", m -> Text.of("challenge.yaml.undefined_alias", m.group(1))),
            Rephrase.of("found character '\\\\t\\(TAB\\)' that cannot start any token.*", "challenge.yaml.tab"),
            Rephrase.of("found character '(.+)' that cannot start any token.*", m -> Text.of("challenge.yaml.cannot_start", m.group(1))),
            Rephrase.of("unexpected character found .*", "challenge.yaml.unexpected_character"),
            Rephrase.of("expected indentation indicator in the range 1-9, but found 0", "challenge.yaml.indentation_indicator"));

    private static final Pattern TOKEN = Pattern.compile("'?<(stream end|scalar|block end|block mapping start|block sequence start)>'?|'(\\?)'");

    private YamlWords() {}

    /** {@code problem} as SnakeYAML wrote it (one line); in English it renders exactly as given. */
    static Text of(String problem) {
        Text said = Rephrase.whole(PROBLEMS, problem);
        return said == null ? Text.plain(problem) : Text.of("challenge.yaml.either", Text.plain(problem), said);
    }

    /** What SnakeYAML found: "<stream end>", "'<scalar>'" and the like in words, a character as it is. */
    private static Text token(String found) {
        Matcher m = TOKEN.matcher(found);
        if (!m.matches()) {
            return Text.plain(found);
        }
        return Text.of("challenge.yaml.token." + (m.group(1) != null ? m.group(1).replace(' ', '_') : "key"));
    }
}
