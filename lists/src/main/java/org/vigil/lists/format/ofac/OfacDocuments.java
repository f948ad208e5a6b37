package org.vigil.lists.format.ofac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.IdentityDocument;

/**
 * Reads the value of an identifier clause of OFAC's Remarks, {@code NUMBER (Country) issued DATE expires DATE}, each
 * part but the number optional: {@code BE5978421 (Pakistan) issued 14 Nov 2007 expires 12 Nov 2012},
 * {@code G025057 issued 23 Jun 1999}, {@code 008827 (Iran) issued 1999}, {@code IMO 9187629}. A parenthesis that is
 * not a country (often the issuing city: "(Medellin)") and a date that is not an exact day go into the note.
 */
final class OfacDocuments {
    private static final Pattern TAIL = Pattern.compile("^(?<number>.*?)(?:\\s*\\((?<country>[^()]*)\\))?"
            + "(?:,?\\s+issued\\s+(?<issued>.+?))?(?:,?\\s+expires\\s+(?<expires>.+?))?$");
    private static final Pattern IMO = Pattern.compile("^IMO:?\\s*(\\d{7})$");

    private OfacDocuments() {
    }

    /**
     * @param label    the clause's label ("Passport", "Tax ID No.")
     * @param value    the text after the label
     * @param problems receives a message for each date that cannot be read
     * @return the document, or empty if the value holds no number
     */
    static Optional<IdentityDocument> read(OfacRemarkLabels.Label label, String value, List<String> problems) {
        Matcher m = TAIL.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = trimNumber(m.group("number"));
        String countryText = m.group("country") == null ? "" : m.group("country").strip();
        List<String> note = new ArrayList<>();
        Optional<String> country = Optional.empty();
        if (!countryText.isEmpty()) {
            country = country(countryText);
            if (country.isEmpty()) {
                if (number.isEmpty()) {
                    number = countryText; // "International Maritime Organization No. (5777731)"
                } else {
                    note.add("(" + countryText + ")");
                }
            }
        }
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> issued = date("issued", m.group("issued"), note, problems);
        Optional<LocalDate> expires = date("expires", m.group("expires"), note, problems);
        IdentityDocument.Type type = label.type();
        String typeText = label.text();
        Matcher imo = IMO.matcher(number);
        if (imo.matches()) { // "Vessel Registration Identification IMO 9187629", "Company Number IMO 5055293"
            type = IdentityDocument.Type.VESSEL_IMO;
            typeText = label.text() + " IMO";
            number = imo.group(1);
        } else if (type == IdentityDocument.Type.VESSEL_IMO && !number.matches("\\d{7}")) {
            type = IdentityDocument.Type.OTHER; // a national ship register number: "RS 150443 (Russia)"
        }
        return Optional.of(new IdentityDocument(type, typeText, number, country, issued, expires,
                String.join("; ", note)));
    }

    /** A country, also when OFAC adds a sentence: "Cabo Verde. Previously Cape Verde." */
    static Optional<String> country(String text) {
        Optional<String> c = Countries.resolve(text);
        int dot = text.indexOf(". ");
        return c.isPresent() || dot < 0 ? c : Countries.resolve(text.substring(0, dot));
    }

    private static Optional<LocalDate> date(String word, String text, List<String> note, List<String> problems) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = OfacDates.day(text);
        if (d.isEmpty()) {
            note.add(word + " " + text.strip());
            if (OfacDates.parse(text).isEmpty()) {
                problems.add("unreadable date '" + text.strip() + "' after '" + word + "' (kept in the note)");
            }
        }
        return d;
    }

    private static String trimNumber(String n) {
        String t = n.strip();
        while (!t.isEmpty() && (t.endsWith(",") || t.endsWith(";"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
