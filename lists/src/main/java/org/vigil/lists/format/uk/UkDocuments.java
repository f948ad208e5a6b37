package org.vigil.lists.format.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Enumerations;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Text;

/**
 * Reads identity documents from the UK list's free-text "Passport Details" and "NI Number" fields, best effort: each
 * enumerated item ("(1) K929139 (Tunisian). Issued on 14 Feb 1995 (2) ...") gives one document with the first
 * number-like token as number, the issuing country from a parenthetical ("(Pakistani)") or the words before the
 * number ("Qatari passport no. 00966737"), and the item's text as note.
 */
final class UkDocuments {
    /**
     * Letters and digits with at least one digit, e.g. "D 000763", "A-333602", "B/001897", "SSYBLK62T26Z336L",
     * "34409/129", "09.5004.180268.0074".
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[A-Z]{1,2} (?=\\d{4,}))?[A-Z]{0,6}[-/]?\\d[A-Z0-9/.-]*(?<=[A-Z0-9])(?![\\p{L}\\p{N}])");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** Dates are not document numbers: "16.1.2006", "2 Feb 2007", "July 1997". */
    private static final Pattern DATE = Pattern.compile("(?i)\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|(?:\\b\\d{1,2}\\s+)?"
            + "\\b" + MONTH + "\\s+\\d{4}\\b");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern LABEL_END = Pattern.compile("[\\s:.,#-]+$");

    private UkDocuments() {
    }

    /** What kind of column the text came from. */
    enum Field {
        PASSPORT("Passport"), NATIONAL_ID("NI Number");

        private final String label;

        Field(String label) {
            this.label = label;
        }
    }

    /** The documents in a free-text field; empty if no item has a number. */
    static List<IdentityDocument> parse(String text, Field field) {
        List<IdentityDocument> out = new ArrayList<>();
        for (Enumerations.Item item : Enumerations.split(text)) {
            read(item.text(), field).ifPresent(out::add);
        }
        return out;
    }

    /** A document whose number the source gives in its own column, with the details text as note. */
    static IdentityDocument withNumber(String number, String details, Field field) {
        Optional<String> country = country(details, details);
        return new IdentityDocument(type(field, details), field.label, number, country, Optional.empty(),
                Optional.empty(), details);
    }

    private static Optional<IdentityDocument> read(String item, Field field) {
        String scan = blankOut(item, DATE);
        Matcher m = NUMBER.matcher(scan);
        while (m.find()) {
            String number = m.group();
            if (number.chars().filter(Character::isDigit).count() < 3) {
                continue;
            }
            String before = LABEL_END.matcher(Text.clean(item.substring(0, m.start()))).replaceFirst("");
            if (before.contains("(")) {
                before = "";
            }
            Optional<String> country = country(item.substring(m.end()), before);
            String typeText = before.isEmpty() ? field.label : before;
            return Optional.of(new IdentityDocument(type(field, before), typeText, number, country, Optional.empty(),
                    Optional.empty(), item));
        }
        return Optional.empty();
    }

    /** The country in a parenthetical after the number ("(Pakistani)", "(Kuwaiti Civil ID no)"), else before it. */
    private static Optional<String> country(String after, String before) {
        Matcher p = PARENTHETICAL.matcher(after);
        while (p.find()) {
            Optional<String> c = resolve(p.group(1));
            if (c.isPresent()) {
                return c;
            }
        }
        int colon = before.lastIndexOf(':');
        return resolve(colon >= 0 ? before.substring(colon + 1) : before); // "Passport: Pakistani Passport no"
    }

    private static Optional<String> resolve(String text) {
        String t = Text.clean(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> c = Countries.resolve(t);
        if (c.isPresent()) {
            return c;
        }
        int space = t.indexOf(' ');
        return space > 0 ? Countries.resolve(t.substring(0, space)) : Optional.empty();
    }

    private static IdentityDocument.Type type(Field field, String label) {
        if (field == Field.PASSPORT) {
            return IdentityDocument.Type.PASSPORT;
        }
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("passport")) {
            return IdentityDocument.Type.PASSPORT;
        }
        if (l.contains("driv")) {
            return IdentityDocument.Type.DRIVING_LICENCE;
        }
        if (l.contains("tax") || l.contains("fiscal")) {
            return IdentityDocument.Type.TAX_ID;
        }
        if (l.contains("residen")) {
            return IdentityDocument.Type.RESIDENCE_PERMIT;
        }
        if (l.contains("certificate") || l.contains("ration") || l.contains("military")) {
            return IdentityDocument.Type.OTHER;
        }
        return IdentityDocument.Type.NATIONAL_ID;
    }

    private static String blankOut(String text, Pattern p) {
        StringBuilder b = new StringBuilder(text);
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
