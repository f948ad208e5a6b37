package org.vigil.screening.audit;

import java.util.OptionalLong;

/**
 * The outcome of checking the audit chain.
 *
 * @param rowsChecked how many rows were read
 * @param brokenAt    the sequence number of the first row that does not fit the chain (for a deleted row: the row
 *                    after the gap, or the expected number past the end when the last rows are gone)
 * @param problem     what is wrong there, empty when the chain is intact
 */
public record Verification(long rowsChecked, OptionalLong brokenAt, String problem) {
    public static Verification intact(long rows) {
        return new Verification(rows, OptionalLong.empty(), "");
    }

    public static Verification broken(long rows, long seq, String problem) {
        return new Verification(rows, OptionalLong.of(seq), problem);
    }

    public boolean ok() {
        return brokenAt.isEmpty();
    }

    @Override
    public String toString() {
        return ok() ? "audit chain intact: " + rowsChecked + " rows"
                : "audit chain broken at row " + brokenAt.getAsLong() + ": " + problem;
    }
}
