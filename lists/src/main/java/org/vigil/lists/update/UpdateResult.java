package org.vigil.lists.update;

import java.util.Objects;
import java.util.Optional;
import org.vigil.lists.version.ImportResult;

/**
 * What an update did for one source.
 *
 * @param load the store's result when the files were fetched and loaded; empty when the fetch itself failed or the
 *             server said nothing changed
 */
public record UpdateResult(String source, Status status, String message, Optional<ImportResult> load) {

    public enum Status {
        /** A new version was fetched and is active. */
        UPDATED,
        /** The server reported no change, or the content equals the active version. */
        UNCHANGED,
        /** Fetched and parsed, but refused by a safety check; the previous version stays active. */
        REJECTED,
        /** The download or parse failed; the previous version stays active. */
        FAILED
    }

    public UpdateResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(load, "load");
    }

    public boolean failed() {
        return status == Status.FAILED || status == Status.REJECTED;
    }
}
