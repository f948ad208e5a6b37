package org.vigil.lists.format.un;

import static org.vigil.lists.format.un.UnSchema.COMMENTS1;
import static org.vigil.lists.format.un.UnSchema.DATAID;
import static org.vigil.lists.format.un.UnSchema.DESIGNATION;
import static org.vigil.lists.format.un.UnSchema.ENTITY_ADDRESS;
import static org.vigil.lists.format.un.UnSchema.ENTITY_ALIAS;
import static org.vigil.lists.format.un.UnSchema.GENDER;
import static org.vigil.lists.format.un.UnSchema.INDIVIDUAL;
import static org.vigil.lists.format.un.UnSchema.INDIVIDUAL_ADDRESS;
import static org.vigil.lists.format.un.UnSchema.INDIVIDUAL_ALIAS;
import static org.vigil.lists.format.un.UnSchema.INDIVIDUAL_DATE_OF_BIRTH;
import static org.vigil.lists.format.un.UnSchema.INDIVIDUAL_DOCUMENT;
import static org.vigil.lists.format.un.UnSchema.INDIVIDUAL_PLACE_OF_BIRTH;
import static org.vigil.lists.format.un.UnSchema.LAST_DAY_UPDATED;
import static org.vigil.lists.format.un.UnSchema.LISTED_ON;
import static org.vigil.lists.format.un.UnSchema.LIST_TYPE;
import static org.vigil.lists.format.un.UnSchema.NAME_ORIGINAL_SCRIPT;
import static org.vigil.lists.format.un.UnSchema.NATIONALITY;
import static org.vigil.lists.format.un.UnSchema.REFERENCE_NUMBER;
import static org.vigil.lists.format.un.UnSchema.SUBMITTED_BY;
import static org.vigil.lists.format.un.UnSchema.SUBMITTED_ON;
import static org.vigil.lists.format.un.UnSchema.TITLE;
import static org.vigil.lists.format.un.UnSchema.UN_LIST_TYPE;
import static org.vigil.lists.format.un.UnSchema.VERSIONNUM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Schema;

/**
 * Maps one {@code <INDIVIDUAL>} or {@code <ENTITY>} to an {@link Entity}. Record-level fields are handled here;
 * names, places, documents, dates of birth and comments by the small classes next to this one. Fields without a
 * place in the model become properties: {@code data-id}, {@code version}, {@code title}, {@code position}
 * (DESIGNATION), {@code nationality-text}, {@code list-type}, {@code submitted-by}, {@code submitted-on},
 * {@code alias-note}, {@code birth-date-text}, {@code document-text}.
 */
final class UnRecordMapper {
    /** Nationality text that says more than the country ("Bahrain (citizenship revoked in Jan. 2015)"). */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:revoked|withdrawn|until|possibly|probably|believed|birth|as at|as of|formerly|former|also)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String file;
    private final String source;
    private final Warnings warnings;

    UnRecordMapper(String file, String source, Warnings warnings) {
        this.file = file;
        this.source = source;
        this.warnings = warnings;
    }

    Entity map(XmlElement record) throws ListFormatException {
        boolean person = record.name().equals(INDIVIDUAL);
        String ref = record.value(REFERENCE_NUMBER);
        if (ref.isEmpty()) {
            String dataId = record.value(DATAID);
            throw new ListFormatException(file, record.line(), record.column(), "<" + record.name() + "> record"
                    + (dataId.isEmpty() ? "" : " with DATAID " + dataId) + " has no REFERENCE_NUMBER (the UN permanent"
                    + " reference number, e.g. QDi.263), which every record needs");
        }
        UnRecord rec = new UnRecord(file, ref, source, warnings,
                Entity.builder(new EntityId(source, ref), person ? Schema.PERSON : Schema.ORGANIZATION));
        Entity.Builder b = rec.entity();
        keepUnknown(record, rec);

        List<String> titles = values(record, TITLE);
        UnNames.primary(record, rec, person, titles);
        titles.forEach(t -> b.property("title", t));
        record.all(NAME_ORIGINAL_SCRIPT).forEach(e -> UnNames.originalScript(e, rec));
        record.all(person ? INDIVIDUAL_ALIAS : ENTITY_ALIAS).forEach(a -> UnNames.alias(a, rec));

        values(record, DATAID).forEach(v -> b.property("data-id", v));
        values(record, VERSIONNUM).forEach(v -> b.property("version", v));
        values(record, UN_LIST_TYPE).forEach(b::programme);
        values(record, LIST_TYPE).forEach(v -> b.property("list-type", v));
        values(record, DESIGNATION).forEach(v -> b.property("position", v));
        values(record, SUBMITTED_BY).forEach(v -> b.property("submitted-by", v));
        values(record, SUBMITTED_ON).forEach(v -> b.property("submitted-on", v));
        for (XmlElement e : record.all(LISTED_ON)) {
            day(e, e.value(), rec, "LISTED_ON", "listed-on-text").ifPresent(b::listedOn);
        }
        for (XmlElement e : record.all(LAST_DAY_UPDATED)) {
            for (String v : e.values()) {
                day(e, v, rec, "LAST_DAY_UPDATED", "last-updated-text").ifPresent(b::lastUpdated);
            }
        }
        record.all(COMMENTS1).forEach(e -> UnComments.read(e, rec));
        record.all(NATIONALITY).forEach(e -> nationality(e, rec));
        record.all(GENDER).forEach(e -> gender(e, rec));

        record.all(person ? INDIVIDUAL_ADDRESS : ENTITY_ADDRESS).forEach(a -> UnPlaces.address(a, rec));
        record.all(INDIVIDUAL_DATE_OF_BIRTH).forEach(d -> UnBirthDates.read(d, rec));
        record.all(INDIVIDUAL_PLACE_OF_BIRTH).forEach(p -> UnPlaces.placeOfBirth(p, rec));
        record.all(INDIVIDUAL_DOCUMENT).forEach(d -> UnDocuments.read(d, rec));
        record.all(person ? INDIVIDUAL_ALIAS : ENTITY_ALIAS).forEach(a -> UnNames.aliasBirth(a, rec));
        return b.build();
    }

    private static List<String> values(XmlElement record, String field) {
        List<String> out = new ArrayList<>();
        for (XmlElement e : record.all(field)) {
            out.addAll(e.values());
        }
        return out;
    }

    private static Optional<LocalDate> day(XmlElement at, String text, UnRecord rec, String field, String key) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = UnDates.day(text);
        if (d.isEmpty()) {
            rec.warn(at, field + " '" + text + "' is not a date (YYYY-MM-DD); kept as property " + key);
            rec.entity().property(key, text);
        }
        return d;
    }

    /**
     * NATIONALITY values to ISO codes. Text that cannot be resolved is kept as {@code nationality-text} with a
     * warning; text that qualifies the country ("citizenship revoked", "possibly") is kept there too.
     */
    private static void nationality(XmlElement e, UnRecord rec) {
        for (String v : e.values()) {
            if (UnRecord.isNotAvailable(v)) {
                continue;
            }
            List<String> codes = Countries.resolveAll(v);
            codes.forEach(rec.entity()::nationality);
            if (codes.isEmpty()) {
                rec.warn(e, "nationality '" + v + "' is not a known country; kept as property nationality-text");
                rec.entity().property("nationality-text", v);
            } else if (QUALIFIED.matcher(v).find()) {
                rec.entity().property("nationality-text", v);
            }
        }
    }

    private static void gender(XmlElement e, UnRecord rec) {
        for (String v : e.values()) {
            Gender g = Gender.parse(v);
            if (g != Gender.UNKNOWN) {
                rec.entity().gender(g);
            } else if (!v.equalsIgnoreCase("unknown")) {
                rec.warn(e, "unknown GENDER '" + v + "'; kept as property gender-text");
                rec.entity().property("gender-text", v);
            }
        }
    }

    /**
     * Elements the parser does not know: a record-level one is kept as a property named after it, anything deeper
     * only reported. Both give a warning, so a change of the UN schema is noticed.
     */
    private static void keepUnknown(XmlElement record, UnRecord rec) {
        for (UnSchema.Unknown u : UnSchema.unknownBelow(record)) {
            XmlElement e = u.element();
            if (u.parent().equals(record.name())) {
                String key = UnRecord.propertyKey(e.name());
                String text = flatten(e);
                rec.entity().property(key, text);
                rec.warn(e, "unknown element <" + e.name() + "> in <" + record.name() + ">"
                        + (text.isEmpty() ? " (empty)" : "; kept as property " + key));
            } else {
                rec.warn(e, "unknown element <" + e.name() + "> in <" + u.parent() + "> ignored");
            }
        }
    }

    private static String flatten(XmlElement e) {
        List<String> parts = new ArrayList<>();
        if (!e.value().isEmpty()) {
            parts.add(e.value());
        }
        for (XmlElement c : e.children()) {
            String f = flatten(c);
            if (!f.isEmpty()) {
                parts.add(f);
            }
        }
        return String.join("; ", parts);
    }
}
