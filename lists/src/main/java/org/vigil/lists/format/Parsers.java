package org.vigil.lists.format;

/** The parser for each {@link ListFormat}. */
public final class Parsers {
    private Parsers() {
    }

    public static ListParser forFormat(ListFormat format) {
        // TEMPORARY until the parser branches are merged
        throw new UnsupportedOperationException("parser for " + format.id() + " is not merged yet");
    }
}
