package org.vigil.lists.format.un;

import static org.vigil.lists.format.un.UnSchema.ALIAS_NAME;
import static org.vigil.lists.format.un.UnSchema.CITY_OF_BIRTH;
import static org.vigil.lists.format.un.UnSchema.COUNTRY_OF_BIRTH;
import static org.vigil.lists.format.un.UnSchema.DATE_OF_BIRTH;
import static org.vigil.lists.format.un.UnSchema.NOTE;
import static org.vigil.lists.format.un.UnSchema.QUALITY;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Scripts;
import org.vigil.lists.model.Text;

/**
 * Names of a UN record: the primary name from FIRST_NAME..FOURTH_NAME (parts whose role the UN does not state), the
 * titles (TITLE values that read like honorifics become TITLE parts of the primary name; all are kept as the
 * property {@code title}), the aliases with their quality, and NAME_ORIGINAL_SCRIPT.
 */
final class UnNames {
    /** "Maulavi", "Dr.", "Major General", "\"Amir\"": up to three words. Longer TITLE values are job descriptions. */
    private static final Pattern HONORIFIC = Pattern.compile("[\\p{L}.'’-]+(?: [\\p{L}.'’-]+){0,2}");
    /** A language label after an original-script name: "ፍትዊ ዓብዱረዛቕ (Tigrinya)". */
    private static final Pattern LANGUAGE_LABEL = Pattern.compile("(.*\\S)\\s*\\(\\s*[A-Za-z ]+\\)");
    /** An alias note giving the name in its script: "In Arabic: ...", "in Arabic script: ...". */
    private static final Pattern IN_SCRIPT = Pattern.compile("\\bin [A-Za-z]+(?: script)?\\s*:\\s*([^.;()]+)",
            Pattern.CASE_INSENSITIVE);

    private UnNames() {
    }

    /**
     * The primary name. A person's name parts are joined with spaces and kept as parts, after the titles; an entity's
     * name is its FIRST_NAME (with any further parts appended, which no known file has).
     */
    static void primary(XmlElement record, UnRecord rec, boolean person, List<String> titles)
            throws ListFormatException {
        List<String> words = new ArrayList<>();
        for (String part : UnSchema.NAME_PARTS) {
            String v = record.value(part);
            if (!v.isEmpty()) {
                words.add(v);
            }
        }
        if (words.isEmpty()) {
            throw new ListFormatException(rec.file(), record.line(), record.column(), "record " + rec.reference()
                    + " has no name: FIRST_NAME, SECOND_NAME, THIRD_NAME and FOURTH_NAME are all missing or empty");
        }
        String value = String.join(" ", words);
        if (!person) {
            rec.entity().name(new Name(value, NameKind.PRIMARY));
            return;
        }
        List<NamePart> parts = new ArrayList<>();
        for (String title : titles) {
            String t = stripQuotes(title);
            if (HONORIFIC.matcher(t).matches()) {
                parts.add(new NamePart(NamePart.Type.TITLE, t));
            }
        }
        for (String w : words) {
            parts.add(new NamePart(NamePart.Type.UNSPECIFIED, w));
        }
        rec.entity().name(new Name(value, NameKind.PRIMARY, parts));
    }

    /** NAME_ORIGINAL_SCRIPT: an ORIGINAL_SCRIPT name, or a strong alias when the "original" is in Latin letters. */
    static void originalScript(XmlElement e, UnRecord rec) {
        String v = e.value();
        Matcher m = LANGUAGE_LABEL.matcher(v);
        if (m.matches() && !Scripts.detect(m.group(1)).equals("Latin")) {
            v = m.group(1);
        }
        if (Text.isBlank(v)) {
            return;
        }
        String script = Scripts.detect(v);
        rec.entity().name(new Name(v, script.equals("Latin") ? NameKind.STRONG_ALIAS : NameKind.ORIGINAL_SCRIPT));
    }

    /**
     * An INDIVIDUAL_ALIAS or ENTITY_ALIAS. QUALITY Good / a.k.a. (or none) is a strong alias, Low a weak one,
     * f.k.a. a former name. Its NOTE is kept as the property {@code alias-note} ("alias: note"), and a non-Latin
     * name the note gives ("In Arabic: ...") becomes an ORIGINAL_SCRIPT name. An alias without a name is skipped.
     * Its date and place of birth: {@link #aliasBirth}.
     */
    static void alias(XmlElement alias, UnRecord rec) {
        String name = alias.value(ALIAS_NAME);
        if (name.isEmpty()) {
            if (alias.children().stream().anyMatch(c -> !c.name().equals(QUALITY) && !c.name().equals(ALIAS_NAME)
                    && !c.value().isEmpty())) {
                rec.warn(alias, "alias without ALIAS_NAME but with other details; skipped");
            }
            return;
        }
        rec.entity().name(new Name(name, kind(alias, rec)));
        String note = alias.value(NOTE);
        if (!note.isEmpty()) {
            rec.entity().property("alias-note", name + ": " + note);
            Matcher m = IN_SCRIPT.matcher(note);
            while (m.find()) {
                String original = Text.clean(m.group(1));
                String script = Scripts.detect(original);
                if (!script.equals("Latin") && !script.equals("Common") && !script.equals("Mixed")) {
                    rec.entity().name(new Name(original, NameKind.ORIGINAL_SCRIPT));
                }
            }
        }
    }

    /**
     * The date and place of birth an alias carries (DATE_OF_BIRTH, CITY_OF_BIRTH, COUNTRY_OF_BIRTH): the subject's,
     * added after the record's own.
     */
    static void aliasBirth(XmlElement alias, UnRecord rec) {
        if (alias.value(ALIAS_NAME).isEmpty()) {
            return;
        }
        String dob = alias.value(DATE_OF_BIRTH);
        if (!dob.isEmpty()) {
            Optional<FuzzyDate> d = UnDates.dayOrYear(dob);
            if (d.isPresent()) {
                rec.entity().birthDate(d.get());
            } else {
                rec.warn(alias, "alias date of birth '" + dob + "' is not a date; kept as property birth-date-text");
                rec.entity().property("birth-date-text", dob);
            }
        }
        String city = alias.value(CITY_OF_BIRTH);
        String countryText = alias.value(COUNTRY_OF_BIRTH);
        if (!city.isEmpty() || !UnRecord.isNotAvailable(countryText)) {
            Optional<String> country = alias.first(COUNTRY_OF_BIRTH)
                    .flatMap(c -> rec.country(c, countryText, "alias place of birth"));
            rec.entity().birthPlace(new Place(city, "", country, UnPlaces.join(city, countryText)));
        }
    }

    private static NameKind kind(XmlElement alias, UnRecord rec) {
        String q = alias.value(QUALITY);
        return switch (q.toLowerCase(Locale.ROOT)) {
            case "", "good", "a.k.a.", "a.k.a", "aka" -> NameKind.STRONG_ALIAS;
            case "low" -> NameKind.WEAK_ALIAS;
            case "f.k.a.", "f.k.a", "fka" -> NameKind.FORMER_NAME;
            default -> {
                rec.warn(alias, "unknown alias QUALITY '" + q + "'; taken as a strong alias");
                yield NameKind.STRONG_ALIAS;
            }
        };
    }

    private static String stripQuotes(String s) {
        String t = s.strip();
        while (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '“')
                && (t.charAt(t.length() - 1) == '"' || t.charAt(t.length() - 1) == '”')) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
