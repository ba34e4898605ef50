package dev.secpillar.serve;

import java.util.List;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

/**
 * What the server offers a client, strongest first, and nothing weak (as an SSH audit sees it):
 * hybrid post-quantum key exchange (ML-KEM-768 or Streamlined NTRU Prime with X25519) and
 * X25519; only authenticated ciphers (ChaCha20-Poly1305, AES-GCM), so no MAC is ever used with
 * them, and for the form's sake encrypt-then-MAC SHA-2 MACs only; compression only after login
 * (zlib@openssh.com). No NIST-curve ECDH, no finite-field Diffie-Hellman, no SHA-1, no CBC/CTR.
 * The host key is Ed25519; learners' keys may be Ed25519, ECDSA or RSA with SHA-2 signatures.
 */
final class Algorithms {
    static final List<BuiltinDHFactories> KEX = List.of(BuiltinDHFactories.mlkem768x25519,
            BuiltinDHFactories.sntrup761x25519_openssh, BuiltinDHFactories.sntrup761x25519,
            BuiltinDHFactories.curve25519, BuiltinDHFactories.curve25519_libssh);
    static final List<BuiltinCiphers> CIPHERS = List.of(BuiltinCiphers.cc20p1305_openssh, BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128gcm);
    static final List<BuiltinMacs> MACS = List.of(BuiltinMacs.hmacsha512etm, BuiltinMacs.hmacsha256etm);
    static final List<BuiltinCompressions> COMPRESSIONS = List.of(BuiltinCompressions.none,
            BuiltinCompressions.delayedZlib);

    private Algorithms() {}

    static void restrict(SshServer sshd) {
        // Never offer what this JVM cannot do: an unsupported exchange that a client picks (OpenSSH 9.x
        // picks sntrup761 first) ends the connection in the middle of the key exchange.
        sshd.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(true, KEX, ServerBuilder.DH2KEX));
        sshd.setCipherFactories(CIPHERS.stream().filter(BuiltinCiphers::isSupported)
                .<NamedFactory<org.apache.sshd.common.cipher.Cipher>>map(c -> c).toList());
        sshd.setMacFactories(MACS.stream().filter(BuiltinMacs::isSupported)
                .<NamedFactory<org.apache.sshd.common.mac.Mac>>map(m -> m).toList());
        sshd.setCompressionFactories(COMPRESSIONS.stream().filter(BuiltinCompressions::isSupported)
                .<NamedFactory<org.apache.sshd.common.compression.Compression>>map(c -> c).toList());
        // SHA-1 signatures (ssh-rsa, ssh-dss) are refused; rsa-sha2-256/512 serve the same RSA keys.
        sshd.setSignatureFactories(sshd.getSignatureFactories().stream()
                .filter(f -> !f.getName().startsWith("ssh-rsa") && !f.getName().startsWith("ssh-dss"))
                .toList());
    }
}
