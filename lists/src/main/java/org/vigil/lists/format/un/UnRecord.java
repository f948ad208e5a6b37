package org.vigil.lists.format.un;

import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;

/**
 * One UN record being mapped: its reference number, the entity builder and where warnings go.
 *
 * @param file      the file name used in warnings
 * @param reference the record's REFERENCE_NUMBER, e.g. {@code QDi.263}
 * @param source    the source id the parse was called with (link targets use it)
 */
record UnRecord(String file, String reference, String source, Warnings warnings, Entity.Builder entity) {

    /** Adds a warning naming the file, the line of {@code at} and this record. */
    void warn(XmlElement at, String message) {
        warnings.add(file, at.line(), reference + ": " + message);
    }

    /**
     * The ISO code of a country the source names; a name {@link Countries} cannot resolve gives a warning and empty.
     * Blank values and the UN's "na" (not available) give empty without a warning.
     *
     * @param what what the country belongs to, for the warning ("address", "place of birth", ...)
     */
    Optional<String> country(XmlElement at, String text, String what) {
        if (isNotAvailable(text)) {
            return Optional.empty();
        }
        Optional<String> code = Countries.resolve(text);
        if (code.isEmpty()) {
            warn(at, "country '" + text + "' in " + what + " is not a known country name; kept as text");
        }
        return code;
    }

    /** True for blank text and the "na" / "n/a" the UN writes for "not available". */
    static boolean isNotAvailable(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals("na") || t.equals("n/a") || t.equals("n.a.");
    }

    /** A property key for an element name the parser does not know: {@code COMMENTS2} becomes {@code comments2}. */
    static String propertyKey(String elementName) {
        return elementName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
