package org.vigil.lists.format.json;

import java.util.Objects;

/**
 * One non-blank line of a JSON lines file.
 *
 * @param file   the file name, for messages
 * @param number the 1-based line number
 * @param text   the line, decoded as UTF-8, without its line break
 */
public record JsonLine(String file, long number, String text) {

    public JsonLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
    }
}
