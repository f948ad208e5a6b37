package org.vigil.screening.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.vigil.lists.delta.Fields;
import org.vigil.lists.model.Entity;

/**
 * A hash of an entity's listing: SHA-256 over its id and its canonical field rendering ({@link Fields#render}), each
 * string length-prefixed. Any change a delta would report changes the fingerprint; nothing else does.
 */
public final class EntityFingerprint {
    private EntityFingerprint() {
    }

    public static String of(Entity entity) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        update(sha, entity.id().toString());
        for (Map.Entry<String, List<String>> field : Fields.render(entity).entrySet()) {
            update(sha, field.getKey());
            update(sha, Integer.toString(field.getValue().size()));
            for (String value : field.getValue()) {
                update(sha, value);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
