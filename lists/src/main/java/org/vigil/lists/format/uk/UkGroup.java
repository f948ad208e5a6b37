package org.vigil.lists.format.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Enumerations;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
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
    private final Map<String, Name> names = new LinkedHashMap<>();
    private final Set<LocalDate> listedOn = new TreeSet<>();
    private final Set<String> warned = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private String groupType;
    private Name primary;

    UkGroup(EntityId id, String file, Warnings warnings) {
        this.builder = Entity.builder(id, Schema.UNKNOWN);
        this.file = file;
        this.warnings = warnings;
    }

    void add(UkRow row) {
        schema(row);
        name(row);
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
        List<Name> ordered = new ArrayList<>();
        if (primary == null) {
            Name first = names.values().iterator().next();
            primary = new Name(first.value(), NameKind.PRIMARY, first.parts(), first.script());
            names.values().remove(first);
            warnings.add(file, -1, "Group ID " + builder.id().sourceId() + " has no 'Prime Alias' row; '"
                    + primary.value() + "' is taken as its primary name");
        }
        ordered.add(primary);
        for (Name n : names.values()) {
            if (!n.value().equalsIgnoreCase(primary.value()) || n.kind() == NameKind.ORIGINAL_SCRIPT) {
                ordered.add(n);
            }
        }
        ordered.forEach(builder::name);
        if (listedOn.size() > 1) {
            listedOn.forEach(d -> builder.property("listed-on", d.toString()));
        }
        return builder.build();
    }

    boolean hasNames() {
        return primary != null || !names.isEmpty();
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

    private void name(UkRow row) {
        List<String> given = UkColumn.GIVEN_NAMES.stream().map(row::get).filter(s -> !s.isEmpty()).toList();
        String family = row.get(UkColumn.NAME_6);
        String value = Stream.concat(given.stream(), Stream.of(family)).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        if (!value.isEmpty()) {
            NameKind kind = kind(row);
            Name name = new Name(value, kind, parts(row, given, family));
            if (kind == NameKind.PRIMARY) {
                if (primary == null) {
                    primary = name;
                } else if (!primary.value().equals(value)) {
                    warnOnce(row, "a second prime alias '" + value + "' (the first is '" + primary.value()
                            + "'); kept as an alias");
                    keep(new Name(value, NameKind.STRONG_ALIAS, name.parts()));
                }
            } else {
                keep(name);
            }
        } else if (!row.get(UkColumn.NON_LATIN_NAME).isEmpty() || !row.get(UkColumn.TITLE).isEmpty()) {
            warnOnce(row, "row without a Latin name (Name 1..6 empty)");
        }
        String original = row.get(UkColumn.NON_LATIN_NAME);
        if (!original.isEmpty()) {
            keep(new Name(original, NameKind.ORIGINAL_SCRIPT));
        }
    }

    private void keep(Name n) {
        names.putIfAbsent(n.kind() + "\u0000" + n.value(), n);
    }

    private List<NamePart> parts(UkRow row, List<String> given, String family) {
        if (builder.schema() != Schema.PERSON) {
            return List.of();
        }
        List<NamePart> parts = new ArrayList<>();
        String title = row.get(UkColumn.TITLE);
        if (!title.isEmpty()) {
            parts.add(new NamePart(NamePart.Type.TITLE, title));
        }
        given.forEach(g -> parts.add(new NamePart(NamePart.Type.GIVEN, g)));
        if (!family.isEmpty()) {
            parts.add(new NamePart(NamePart.Type.FAMILY, family));
        }
        return parts;
    }

    private NameKind kind(UkRow row) {
        String type = row.get(UkColumn.ALIAS_TYPE).toLowerCase(Locale.ROOT);
        NameKind kind = switch (type) {
            case "prime alias", "primary name", "primary" -> NameKind.PRIMARY;
            case "aka", "a.k.a.", "alias", "primary name variation", "" -> NameKind.STRONG_ALIAS;
            case "fka", "f.k.a.", "formerly known as" -> NameKind.FORMER_NAME;
            default -> {
                warnOnce(row, "unknown Alias Type '" + row.get(UkColumn.ALIAS_TYPE) + "'; read as an alias");
                yield NameKind.STRONG_ALIAS;
            }
        };
        boolean low = row.get(UkColumn.ALIAS_QUALITY).toLowerCase(Locale.ROOT).startsWith("low");
        return low && kind == NameKind.STRONG_ALIAS ? NameKind.WEAK_ALIAS : kind;
    }

    private void birthDate(UkRow row, String dob) {
        if (dob.isEmpty()) {
            return;
        }
        Optional<FuzzyDate> d = UkDates.birthDate(dob);
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
        Optional<LocalDate> d = UkDates.date(text);
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
