package org.vigil.screening.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit row: SHA-256 over its canonical form, each field written as its UTF-8 byte length, a colon
 * and the bytes, so that no two different rows share a canonical form; the previous row's hash is the last field.
 */
public final class AuditHash {
    /** The {@code prev_hash} of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(long seq, Instant at, String actor, String action, String subject, String details,
            String prevHash) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        for (String field : new String[] {Long.toString(seq), at.toString(), actor, action, subject, details,
                prevHash}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String of(AuditEntry e) {
        return of(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), e.prevHash());
    }
}
