package org.vigil.lists.format.uk;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.lists.format.DayMonthYear;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Enumerations;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;

/**
 * Collects the rows of one UK Group ID (one row per name; the other fields repeat, or vary per row when the subject
 * has several dates of birth or addresses) into one {@link Entity}. Rows are added as they are read, so memory grows
 * with the number of groups, not rows.
 */
final class UkGroup {
    private final String file;
    private final Warnings warnings;
    private final Entity.Builder builder;
    private final UkNames names = new UkNames();
    private final Set<LocalDate> listedOn = new TreeSet<>();
    private final Set<String> warned = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private String groupType;

    UkGroup(EntityId id, String file, Warnings warnings) {
        this.builder = Entity.builder(id, Schema.UNKNOWN);
        this.file = file;
        this.warnings = warnings;
    }

    void add(UkRow row) {
        schema(row);
        names.add(row, builder.schema() == Schema.PERSON, message -> warnOnce(row, message));
        String dob = row.get(UkColumn.DOB);
        if (first(dob)) {
            birthDate(row, dob);
        }
        if (first(row.get(UkColumn.TOWN_OF_BIRTH), row.get(UkColumn.COUNTRY_OF_BIRTH))) {
            birthPlaces(row);
        }
        if (first(row.get(UkColumn.NATIONALITY))) {
            nationality(row);
        }
        if (first(row.get(UkColumn.PASSPORT_NUMBER), row.get(UkColumn.PASSPORT_DETAILS),
                row.get(UkColumn.NATIONAL_ID_NUMBER), row.get(UkColumn.NATIONAL_ID_DETAILS))) {
            documents(row);
        }
        builder.property("position", row.get(UkColumn.POSITION));
        builder.property("title", row.get(UkColumn.TITLE));
        builder.property("non-latin-script-type", row.get(UkColumn.NON_LATIN_SCRIPT));
        builder.property("non-latin-script-language", row.get(UkColumn.NON_LATIN_LANGUAGE));
        if (first(UkPlaces.ADDRESS_COLUMNS.stream().map(row::get).toArray(String[]::new))) {
            Address address = UkPlaces.address(row, text -> warnOnce(row, "address country '" + text + "' is no"
                    + " known country"));
            builder.address(address);
            address.country().ifPresent(builder::country);
        }
        if (first(row.get(UkColumn.OTHER_INFORMATION))) {
            otherInformation(row);
        }
        builder.programme(row.get(UkColumn.REGIME));
        dates(row);
        row.extras().forEach(builder::property);
    }

    /**
     * True the first time the group has these field values: the rows of a group repeat most fields, which are read
     * once (the first time a value is seen, by its text and its position among {@code values}).
     */
    private boolean first(String... values) {
        return seen.add(values.length + ":" + String.join("\u0000", values));
    }

    Entity build() {
        if (names.primary().isEmpty()) {
            warnings.add(file, -1, "Group ID " + builder.id().sourceId() + " has no 'Prime Alias' row; '"
                    + names.list().get(0).value() + "' is taken as its primary name");
        }
        names.list().forEach(builder::name);
        if (listedOn.size() > 1) {
            listedOn.forEach(d -> builder.property("listed-on", d.toString()));
        }
        return builder.build();
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    private void schema(UkRow row) {
        String type = row.get(UkColumn.GROUP_TYPE);
        if (groupType == null) {
            groupType = type;
            builder.schema(schemaOf(type, row));
        } else if (!groupType.equalsIgnoreCase(type)) {
            warnOnce(row, "Group Type '" + type + "' differs from '" + groupType + "' in an earlier row of the group;"
                    + " the first is kept");
        }
    }

    private Schema schemaOf(String type, UkRow row) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "entity" -> Schema.ORGANIZATION;
            case "ship", "vessel" -> Schema.VESSEL;
            default -> {
                warnOnce(row, "unknown Group Type '" + type + "'");
                builder.property("group-type", type);
                yield Schema.UNKNOWN;
            }
        };
    }

    private void birthDate(UkRow row, String dob) {
        if (dob.isEmpty()) {
            return;
        }
        Optional<FuzzyDate> d = DayMonthYear.fuzzy(dob);
        if (d.isPresent()) {
            builder.birthDate(d.get());
        } else {
            warnOnce(row, "DOB '" + dob + "' is not a date (dd/mm/yyyy, 00 for an unknown day or month);"
                    + " kept as property birth-date-text");
            builder.property("birth-date-text", dob);
        }
    }

    private void birthPlaces(UkRow row) {
        for (Place p : UkPlaces.birthPlaces(row.get(UkColumn.TOWN_OF_BIRTH), row.get(UkColumn.COUNTRY_OF_BIRTH),
                text -> warnOnce(row, "country of birth '" + text + "' is no known country"))) {
            builder.birthPlace(p);
        }
    }

    private void nationality(UkRow row) {
        String text = row.get(UkColumn.NATIONALITY);
        if (text.isEmpty()) {
            return;
        }
        List<String> codes = Countries.resolveAll(text);
        codes.forEach(builder::nationality);
        if (codes.isEmpty()) {
            builder.property("nationality-text", text);
            warnOnce(row, "nationality '" + text + "' is no known country; kept as property nationality-text");
        }
    }

    private void documents(UkRow row) {
        document(row, row.get(UkColumn.PASSPORT_NUMBER), row.get(UkColumn.PASSPORT_DETAILS),
                UkDocuments.Field.PASSPORT, "passport-text");
        document(row, row.get(UkColumn.NATIONAL_ID_NUMBER), row.get(UkColumn.NATIONAL_ID_DETAILS),
                UkDocuments.Field.NATIONAL_ID, "national-id-text");
    }

    private void document(UkRow row, String number, String details, UkDocuments.Field field, String textKey) {
        boolean numberColumn = field == UkDocuments.Field.PASSPORT || row.header().has(UkColumn.NATIONAL_ID_DETAILS);
        if (numberColumn && !number.isEmpty() && !Enumerations.isEnumerated(number) && !number.contains(" ")) {
            builder.document(UkDocuments.withNumber(number, details, field)); // newer layout: number in its own column
            return;
        }
        String text = number.isEmpty() ? details : number;
        if (text.isEmpty()) {
            return;
        }
        List<IdentityDocument> docs = UkDocuments.parse(text, field);
        docs.forEach(builder::document);
        if (docs.isEmpty()) {
            builder.property(textKey, text);
        }
    }

    private void otherInformation(UkRow row) {
        String text = row.get(UkColumn.OTHER_INFORMATION);
        if (text.isEmpty()) {
            return;
        }
        builder.remark(text);
        UkOtherInformation.Read read = UkOtherInformation.read(text);
        read.unReference().ifPresent(r -> builder.property("un-reference", r));
        read.unReferenceText().ifPresent(r -> builder.property("un-reference-text", r));
        read.links().forEach(builder::link);
    }

    private void dates(UkRow row) {
        date(row, UkColumn.LISTED_ON).ifPresent(d -> {
            listedOn.add(d);
            builder.listedOn(listedOn.iterator().next());
        });
        date(row, UkColumn.LAST_UPDATED).ifPresent(builder::lastUpdated);
        date(row, UkColumn.UK_DESIGNATED).ifPresent(d -> builder.property("uk-designated", d.toString()));
    }

    private Optional<LocalDate> date(UkRow row, UkColumn column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = DayMonthYear.date(text);
        if (d.isEmpty()) {
            warnOnce(row, column.header() + " '" + text + "' is not a date (dd/mm/yyyy)");
        }
        return d;
    }

    private void warnOnce(UkRow row, String message) {
        if (warned.add(message)) {
            warnings.add(file, row.line(), "Group ID " + builder.id().sourceId() + ": " + message);
        }
    }
}
