package org.vigil.lists.format.eu;

import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.model.Countries;

/**
 * The country of an EU part: {@code countryIso2Code} when it is an ISO code, else {@code countryDescription} resolved
 * by name. The EU writes "00" / "UNKNOWN" for "no country"; that is no country, not an error.
 */
final class EuXmlCountries {
    private EuXmlCountries() {
    }

    static Optional<String> of(EuXmlRecord.Part p) {
        String code = p.attr("countryIso2Code").toUpperCase(Locale.ROOT);
        if (Countries.isCode(code)) {
            return Optional.of(code);
        }
        return Countries.resolve(description(p));
    }

    /** {@code countryDescription}, or "" when absent or "UNKNOWN". */
    static String description(EuXmlRecord.Part p) {
        String d = p.attr("countryDescription");
        return d.equalsIgnoreCase("UNKNOWN") ? "" : d;
    }

    /** True when the part names a country that could not be resolved (worth a warning). */
    static boolean unresolved(EuXmlRecord.Part p) {
        if (of(p).isPresent()) {
            return false;
        }
        String code = p.attr("countryIso2Code");
        return !description(p).isEmpty() || !code.isEmpty() && !code.equals("00");
    }

    /** What the part says about its country, for a warning or a text property. */
    static String text(EuXmlRecord.Part p) {
        String d = description(p);
        return d.isEmpty() ? p.attr("countryIso2Code") : d;
    }
}
