package org.vigil.screening.batch;

import java.util.List;

/**
 * How a job's rows are screened, stored with the job so that whichever instance screens a chunk uses the same.
 *
 * @param threshold lowest score reported, 0..1
 * @param limit     most matches per row, at least 1
 * @param sources   list sources screened against; empty means every active list
 */
public record BatchOptions(double threshold, int limit, List<String> sources) {
    public BatchOptions {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold: must be from 0 to 1, was " + threshold);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        sources = List.copyOf(sources);
        for (String s : sources) {
            if (s.isBlank() || s.contains(",")) {
                throw new IllegalArgumentException("sources: not a list source id: '" + s + "'");
            }
        }
    }
}
