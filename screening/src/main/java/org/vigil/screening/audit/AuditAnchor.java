package org.vigil.screening.audit;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A row of the audit chain and its hash, written as {@code SEQ:HASH}, to be kept outside the database (a ticket, an
 * e-mail to the compliance officer, a write-once store). The chain alone shows any edit or deletion by someone who
 * cannot recompute hashes; someone with write access to the database could rebuild the whole chain after an edit.
 * An anchor taken earlier catches that too: the rebuilt chain no longer has that hash at that row.
 *
 * @param seq  the row's sequence number (0: the empty log)
 * @param hash its SHA-256, 64 lower-case hex digits
 */
public record AuditAnchor(long seq, String hash) {
    public AuditAnchor {
        Objects.requireNonNull(hash, "hash");
        if (seq < 0) {
            throw new IllegalArgumentException("audit anchor: row number must be 0 or more, was " + seq);
        }
        if (hash.length() != 64 || !hash.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
            throw new IllegalArgumentException("audit anchor: the hash must be 64 lower-case hex digits (SHA-256)");
        }
    }

    /** Parses {@code SEQ:HASH}, as {@link #toString()} writes it; the error says what is wrong. */
    public static AuditAnchor parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("audit anchor '" + t + "': expected ROW:HASH, e.g. 1234:"
                    + HexFormat.of().formatHex(new byte[4]) + "...");
        }
        long seq;
        try {
            seq = Long.parseLong(t.substring(0, colon));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("audit anchor '" + t + "': the row number before ':' is not a number");
        }
        return new AuditAnchor(seq, t.substring(colon + 1).toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
