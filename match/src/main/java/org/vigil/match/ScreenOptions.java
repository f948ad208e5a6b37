package org.vigil.match;

import java.util.Set;

/**
 * How to screen.
 *
 * @param threshold lowest score reported (0..1); {@link #DEFAULT_THRESHOLD} by default
 * @param limit     most matches reported per query
 * @param sources   list sources to screen against (e.g. {@code un-sc}); empty means all in the index
 */
public record ScreenOptions(double threshold, int limit, Set<String> sources) {

    /**
     * The default threshold. Chosen on the development data (docs/matching.md): at this score the engine finds at
     * least 97% of re-spelt listed names while flagging under 1% of realistic unlisted names.
     */
    public static final double DEFAULT_THRESHOLD = 0.80;
    public static final int DEFAULT_LIMIT = 10;

    public ScreenOptions {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        sources = Set.copyOf(sources);
    }

    public static ScreenOptions defaults() {
        return new ScreenOptions(DEFAULT_THRESHOLD, DEFAULT_LIMIT, Set.of());
    }

    public ScreenOptions withThreshold(double t) {
        return new ScreenOptions(t, limit, sources);
    }

    public ScreenOptions withLimit(int l) {
        return new ScreenOptions(threshold, l, sources);
    }

    public ScreenOptions withSources(Set<String> s) {
        return new ScreenOptions(threshold, limit, s);
    }
}
