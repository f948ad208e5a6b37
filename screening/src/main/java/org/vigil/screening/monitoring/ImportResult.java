package org.vigil.screening.monitoring;

import java.util.List;

/**
 * What a bulk import did.
 *
 * @param imported rows stored (created or updated)
 * @param rejected rows refused; each has an entry in {@code errors}
 * @param errors   one message per refused row (or per file problem), naming the line and the reason
 */
public record ImportResult(int imported, int rejected, List<String> errors) {
    public ImportResult {
        errors = List.copyOf(errors);
    }
}
