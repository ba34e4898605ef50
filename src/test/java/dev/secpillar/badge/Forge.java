package dev.secpillar.badge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/** What an attacker can do: change a credential and sign it again with a key of their own. */
public final class Forge {
    private Forge() {}

    /** The credential changed as told, issued and signed anew under the forger's own did:key. */
    public static String resign(String json, Path forgerKeyDir, Consumer<ObjectNode> change) throws Exception {
        ObjectNode vc = (ObjectNode) new ObjectMapper().readTree(json);
        vc.remove("proof");
        LearnerKey key = LearnerKey.loadOrCreate(forgerKeyDir);
        ((ObjectNode) vc.get("issuer")).put("id", key.did());
        ((ObjectNode) vc.get("credentialSubject")).put("id", key.did());
        change.accept(vc);
        return DataIntegrityProof.sign(vc, key, Instant.parse(vc.get("validFrom").asText())).toString();
    }
}
