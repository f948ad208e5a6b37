package org.vigil.lists.version;

import java.time.Instant;

/** One entry of a source's load history: every load, refusal, failure and activation, append-only. */
public record HistoryEvent(Instant at, String source, Kind outcome, String versionId, String message) {

    public enum Kind { ACTIVATED, UNCHANGED, REJECTED, FAILED, ROLLED_BACK }

    public HistoryEvent {
        versionId = versionId == null ? "" : versionId;
        message = message == null ? "" : message;
    }
}
