package org.vigil.lists.format.vigil;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Text;

/**
 * Checks the values of one {@link VigilRecord} and maps them into an entity. The user writes this file, so a value
 * that cannot be read is an error naming file, line and field, never a silent drop.
 */
final class VigilRecordMapper {
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*\\.\\.\\s*(\\d{4})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private VigilRecordMapper() {
    }

    /**
     * A mapped record.
     *
     * @param linkedTo the {@code linked_to} values, checked once every record is read
     */
    record Mapped(long line, String id, Entity.Builder builder, List<String> linkedTo) {
    }

    /** Splits a CSV cell or JSON string of a field that holds several values at ';'. */
    static List<String> split(VigilField field, String raw) {
        List<String> out = new ArrayList<>();
        if (field.shape() == VigilField.Shape.SPLIT) {
            for (String part : raw.split(";", -1)) {
                add(out, part);
            }
        } else {
            add(out, raw);
        }
        return out;
    }

    private static void add(List<String> out, String value) {
        String c = Text.clean(value);
        if (!c.isEmpty()) {
            out.add(c);
        }
    }

    static Mapped map(VigilRecord r, String source, String file) throws ListFormatException {
        String id = r.one(VigilField.ID);
        if (id.isEmpty()) {
            throw error(file, r, "the required field 'id' is empty");
        }
        if (id.contains(";")) {
            throw error(file, r, "id '" + id + "' contains ';', which separates ids in linked_to");
        }
        EntityId entityId;
        try {
            entityId = new EntityId(source, id);
        } catch (IllegalArgumentException e) {
            throw error(file, r, "id '" + id + "': " + e.getMessage());
        }
        Entity.Builder b = Entity.builder(entityId, schema(r, file));
        names(r, file).forEach(b::name);
        String gender = r.one(VigilField.GENDER);
        if (!gender.isEmpty()) {
            Gender g = Gender.parse(gender);
            if (g == Gender.UNKNOWN) {
                throw error(file, r, "gender '" + gender + "' is not male or female (leave it empty if unknown)");
            }
            b.gender(g);
        }
        for (String d : r.all(VigilField.DOB)) {
            b.birthDate(date(d, file, r));
        }
        for (String p : r.all(VigilField.BIRTH_PLACE)) {
            List<String> c = Countries.resolveAll(p);
            b.birthPlace(Place.ofText(p, c.size() == 1 ? Optional.of(c.get(0)) : Optional.empty()));
        }
        for (String n : r.all(VigilField.NATIONALITY)) {
            b.nationality(country(VigilField.NATIONALITY, n, file, r));
        }
        for (String c : r.all(VigilField.COUNTRY)) {
            b.country(country(VigilField.COUNTRY, c, file, r));
        }
        for (String d : r.all(VigilField.ID_NUMBERS)) {
            b.document(document(d, file, r));
        }
        r.all(VigilField.PROGRAMME).forEach(b::programme);
        String listed = r.one(VigilField.LISTED_ON);
        if (!listed.isEmpty()) {
            b.listedOn(day(listed, file, r));
        }
        r.all(VigilField.REMARKS).forEach(b::remark);
        return new Mapped(r.line(), id, b, r.all(VigilField.LINKED_TO));
    }

    private static Schema schema(VigilRecord r, String file) throws ListFormatException {
        String type = r.one(VigilField.TYPE).toLowerCase(Locale.ROOT);
        return switch (type) {
            case "" -> Schema.UNKNOWN;
            case "person" -> Schema.PERSON;
            case "organization" -> Schema.ORGANIZATION;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> throw error(file, r, "type '" + r.one(VigilField.TYPE)
                    + "' is not one of person, organization, vessel, aircraft (or empty)");
        };
    }

    /** The primary name, then aliases, weak aliases, former names, then JSON names; a repeated name is kept once. */
    private static List<Name> names(VigilRecord r, String file) throws ListFormatException {
        Map<String, Name> out = new LinkedHashMap<>();
        String primary = r.one(VigilField.NAME);
        for (Name n : r.names()) {
            if (n.kind() == NameKind.PRIMARY) {
                if (!primary.isEmpty() && !primary.equals(n.value())) {
                    throw error(file, r, "two primary names: '" + primary + "' and '" + n.value() + "'");
                }
                primary = n.value();
            }
        }
        if (primary.isEmpty()) {
            throw error(file, r, "the required field 'name' is empty");
        }
        out.put(primary, new Name(primary, NameKind.PRIMARY));
        for (String a : r.all(VigilField.ALIASES)) {
            out.putIfAbsent(a, new Name(a, NameKind.STRONG_ALIAS));
        }
        for (String a : r.all(VigilField.WEAK_ALIASES)) {
            out.putIfAbsent(a, new Name(a, NameKind.WEAK_ALIAS));
        }
        for (String a : r.all(VigilField.FORMER_NAMES)) {
            out.putIfAbsent(a, new Name(a, NameKind.FORMER_NAME));
        }
        for (Name n : r.names()) {
            out.putIfAbsent(n.value(), n);
        }
        return new ArrayList<>(out.values());
    }

    /** {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code YYYY..YYYY}, approximate with a leading '~'. */
    private static FuzzyDate date(String text, String file, VigilRecord r) throws ListFormatException {
        String t = text.strip();
        boolean approx = t.startsWith("~");
        if (approx) {
            t = t.substring(1).strip();
        }
        Optional<FuzzyDate> d;
        Matcher m = RANGE.matcher(t);
        try {
            d = m.matches() ? Optional.of(FuzzyDate.years(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)))) : FuzzyDate.tryParseIso(t);
        } catch (IllegalArgumentException e) {
            throw error(file, r, "dob '" + text + "': " + e.getMessage());
        }
        if (d.isEmpty()) {
            throw error(file, r, "dob '" + text + "' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY..YYYY"
                    + " (a leading ~ marks it approximate)");
        }
        return approx ? d.get().approx() : d.get();
    }

    private static LocalDate day(String text, String file, VigilRecord r) throws ListFormatException {
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw error(file, r, "listed_on '" + text + "' is not a date: write YYYY-MM-DD");
    }

    private static String country(VigilField field, String text, String file, VigilRecord r)
            throws ListFormatException {
        return Countries.resolve(text).orElseThrow(() -> error(file, r, field.key() + " '" + text
                + "' is not a country Vigil knows: write an ISO 3166 code (e.g. PK) or the country's name"));
    }

    /** {@code TYPE:NUMBER} or {@code TYPE:NUMBER:CC}. */
    private static IdentityDocument document(String text, String file, VigilRecord r) throws ListFormatException {
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
            throw error(file, r, "id_numbers '" + text + "' is not TYPE:NUMBER or TYPE:NUMBER:COUNTRY"
                    + " (e.g. passport:A1234567:PK)");
        }
        String typeText = Text.clean(parts[0]);
        Optional<String> country = Optional.empty();
        if (parts.length == 3 && !parts[2].isBlank()) {
            country = Optional.of(Countries.resolve(parts[2]).orElseThrow(() -> error(file, r, "id_numbers '"
                    + text + "': '" + parts[2].strip() + "' is not a country Vigil knows")));
        }
        return new IdentityDocument(documentType(typeText), typeText, parts[1], country);
    }

    /** A type label (passport, national-id, tax-id, ...) or, for other wording, its best guess. */
    static IdentityDocument.Type documentType(String typeText) {
        String label = typeText.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (IdentityDocument.Type t : IdentityDocument.Type.values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        return IdentityDocument.classify(typeText);
    }

    private static ListFormatException error(String file, VigilRecord r, String reason) {
        return new ListFormatException(file, r.line(), reason);
    }
}
