package org.vigil.lists.version;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to a load.
 *
 * @param version  the version that was loaded (also when it was refused activation, so it can be inspected and
 *                 diffed); empty if the files could not be read
 * @param previous the version that was active before
 * @param message  one line for a person: what happened and, when nothing changed, why
 */
public record ImportResult(Outcome outcome, Optional<VersionInfo> version, Optional<VersionInfo> previous,
                           String message, List<String> warnings) {

    public enum Outcome {
        /** The new version is now active. */
        ACTIVATED,
        /** The content is identical to the active version; nothing changed. */
        UNCHANGED,
        /** The files parsed, but a safety check failed; the previous version stays active. */
        REJECTED,
        /** The files could not be read or parsed; nothing was stored, the previous version stays active. */
        FAILED
    }

    public ImportResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(message, "message");
        warnings = List.copyOf(warnings);
    }
}
