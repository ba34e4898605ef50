package dev.secpillar.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Base58Test {

    @Test
    void knownValues() {
        // from the base58btc examples of the multibase draft (draft-multiformats-multibase)
        assertThat(Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("2NEpo7TZRRrLZSi2U");
        assertThat(Base58.encode(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd})).isEqualTo("11233QC4");
        assertThat(Base58.encode(new byte[0])).isEmpty();
        assertThat(Base58.decode("0OIl")).isEmpty();
    }

    @Property(tries = 200)
    void decodeUndoesEncode(@ForAll byte[] bytes) {
        assertThat(Base58.decode(Base58.encode(bytes))).hasValueSatisfying(b -> assertThat(b).containsExactly(bytes));
    }

    @Test
    void didKeyRoundTripsAndRefusesOtherKeys() {
        byte[] key = new byte[32];
        key[0] = 7;
        String did = DidKey.of(key);
        assertThat(did).startsWith("did:key:z6Mk");
        assertThat(DidKey.publicKey(did)).containsExactly(key);
        assertThat(DidKey.verificationMethod(did)).isEqualTo(did + "#" + did.substring(8));
        assertThatThrownBy(() -> DidKey.publicKey("did:web:example.com")).hasMessageContaining("not a did:key");
        assertThatThrownBy(() -> DidKey.publicKey("did:key:f00")).hasMessageContaining("base58btc");
        // a P-256 did:key (multicodec 0x1200) is not Ed25519
        assertThatThrownBy(() -> DidKey.publicKey("did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169"))
                .hasMessageContaining("not an Ed25519 public key");
    }
}
