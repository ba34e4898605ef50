package dev.secpillar.progress;

import dev.secpillar.i18n.Text;

import dev.secpillar.record.ProgressException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which SSH key proves who a learner of a class is. The first key that logs in under a name is
 * bound to it; from then on only that key opens that name. Kept in the class database, so every
 * server sharing it agrees.
 */
public final class LearnerKeys {
    private final ConnectionSource source;

    LearnerKeys(ConnectionSource source) {
        this.source = source;
    }

    /** A bound key, in the OpenSSH one-line form, and its SHA-256 fingerprint. */
    public record BoundKey(String publicKey, String fingerprint, Instant boundAt) {}

    /** The key bound to the name, if any. */
    public Optional<BoundKey> keyOf(String learner) {
        try {
            return source.withConnection(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT public_key, fingerprint, bound_at FROM learner_key WHERE learner = ?")) {
                    p.setString(1, learner);
                    try (ResultSet rs = p.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new BoundKey(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))))
                                : Optional.<BoundKey>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Binds the key to the name unless the name already has one; true when the name's key is now
     * this key. Two first logins racing for one name: the primary key lets exactly one win.
     */
    public boolean bind(String learner, String publicKey, String fingerprint, Instant at) {
        try {
            return source.withConnection(c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO learner_key (learner, public_key, fingerprint, "
                        + "bound_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    p.setString(1, learner);
                    p.setString(2, publicKey);
                    p.setString(3, fingerprint);
                    p.setString(4, at.toString());
                    p.executeUpdate();
                }
                return true;
            }) && keyOf(learner).map(k -> k.publicKey().equals(publicKey)).orElse(false);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Unbinds the name's key (a learner lost their laptop); true when there was one. */
    public boolean forget(String learner) {
        try {
            return source.withConnection(c -> {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM learner_key WHERE learner = ?")) {
                    p.setString(1, learner);
                    return p.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private ProgressException failure(SQLException e) {
        return StoreFailure.of(Text.of("app.store.learner_keys", source.location(), JdbcProgressStore.describe(e)), e);
    }
}
