package dev.secpillar.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * RFC 8785 JSON Canonicalization Scheme: sorted keys (by UTF-16 code units), no whitespace,
 * ECMAScript number and string forms. Done by Rundgren and Erdtman's implementation
 * (io.github.erdtman:java-json-canonicalization), the reference code of the RFC's author.
 */
final class Jcs {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Jcs() {}

    static byte[] canonical(JsonNode node) {
        try {
            return new JsonCanonicalizer(MAPPER.writeValueAsString(node)).getEncodedUTF8();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        } catch (IOException e) {
            // JCS refuses what I-JSON forbids (NaN, lone surrogates); a credential we read never has them
            throw new UncheckedIOException(e);
        }
    }
}
