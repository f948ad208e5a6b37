package org.vigil.lists.format.uae;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.format.DayMonthYear;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Text;

/** Maps one data row of the UAE list to an {@link Entity}. */
final class UaeRecord {
    private final CsvRecord row;
    private final UaeHeader header;
    private final String file;
    private final Warnings warnings;
    private final Entity.Builder builder;

    private UaeRecord(CsvRecord row, UaeHeader header, String file, Warnings warnings, EntityId id) {
        this.row = row;
        this.header = header;
        this.file = file;
        this.warnings = warnings;
        this.builder = Entity.builder(id, Schema.PERSON);
    }

    /** The entity of a row with id {@code id}; empty (with a warning) if the row has no Latin name. */
    static Optional<Entity> map(CsvRecord row, UaeHeader header, EntityId id, String file, Warnings warnings) {
        return new UaeRecord(row, header, file, warnings, id).build();
    }

    private Optional<Entity> build() {
        schema();
        if (!names()) {
            warn("row # " + builder.id().sourceId() + " has no Latin full name; skipped");
            return Optional.empty();
        }
        nationality();
        birth();
        address();
        documents();
        otherInformation();
        return Optional.of(builder.build());
    }

    private String get(UaeColumn c) {
        return header.get(row, c);
    }

    private void schema() {
        String c = get(UaeColumn.CLASSIFICATION);
        builder.property("classification", c);
        if (c.isEmpty() || c.contains("شخص") || c.contains("فرد")) { // "شخص إرهابي": terrorist person
            builder.schema(Schema.PERSON);
        } else if (c.contains("كيان") || c.contains("منظمة") || c.contains("جماعة") || c.contains("مؤسسة")
                || c.contains("شركة")) { // entity, organisation, group, institution, company
            builder.schema(Schema.ORGANIZATION);
        } else {
            builder.schema(Schema.UNKNOWN);
            warn("unknown classification '" + c + "'");
        }
    }

    private boolean names() {
        String latin = get(UaeColumn.FULL_NAME_LATIN);
        List<String> latinNames = UaeFields.latinNames(latin);
        if (latinNames.isEmpty()) {
            return false;
        }
        if (latinNames.size() > 1 || !latinNames.get(0).equals(latin)) {
            builder.property("latin-name-text", latin);
        }
        String familyLatin = get(UaeColumn.FAMILY_NAME_LATIN);
        builder.name(new Name(latinNames.get(0), NameKind.PRIMARY, family(familyLatin)));
        latinNames.subList(1, latinNames.size()).forEach(n -> builder.name(n, NameKind.STRONG_ALIAS));

        List<String> seen = new ArrayList<>(latinNames.stream().map(UaeRecord::fold).toList());
        List<String> arabic = UaeFields.arabicNames(get(UaeColumn.FULL_NAME_ARABIC));
        for (int i = 0; i < arabic.size(); i++) {
            List<NamePart> parts = i == 0 ? family(get(UaeColumn.FAMILY_NAME_ARABIC)) : List.of();
            builder.name(new Name(arabic.get(i), NameKind.ORIGINAL_SCRIPT, parts));
            seen.add(fold(arabic.get(i)));
        }
        for (String alias : UaeFields.aliases(get(UaeColumn.ALIAS))) {
            if (!seen.contains(fold(alias))) {
                builder.name(alias, NameKind.STRONG_ALIAS);
                seen.add(fold(alias));
            }
        }
        return true;
    }

    private static List<NamePart> family(String family) {
        return family.isEmpty() ? List.of() : List.of(new NamePart(NamePart.Type.FAMILY, family));
    }

    private static String fold(String name) {
        return Text.clean(name).toLowerCase(Locale.ROOT);
    }

    private void nationality() {
        String text = get(UaeColumn.NATIONALITY);
        if (text.isEmpty()) {
            return;
        }
        List<String> codes = Countries.resolveAll(text);
        codes.forEach(builder::nationality);
        if (codes.isEmpty()) {
            builder.property("nationality-text", text);
            warn("nationality '" + text + "' is no known country; kept as property nationality-text");
        }
    }

    private void birth() {
        String dob = get(UaeColumn.BIRTH_DATE);
        if (!dob.isEmpty()) {
            Optional<FuzzyDate> d = UaeFields.birthDate(dob);
            if (d.isPresent()) {
                builder.birthDate(d.get());
            } else {
                builder.property("birth-date-text", dob);
                warn("date of birth '" + dob + "' is not a date (dd-mm-yyyy or yyyy); kept as property"
                        + " birth-date-text");
            }
        }
        String pob = get(UaeColumn.BIRTH_PLACE);
        if (!pob.isEmpty()) {
            builder.birthPlace(UaeFields.place(pob));
        }
    }

    private void address() {
        String countryText = get(UaeColumn.COUNTRY);
        List<String> codes = Countries.resolveAll(countryText);
        if (!countryText.isEmpty() && codes.isEmpty()) {
            warn("address country '" + countryText + "' is no known country");
        }
        Optional<String> country = codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
        Address a = new Address(get(UaeColumn.STREET), get(UaeColumn.CITY), "", "", country, countryText, "");
        builder.address(a);
        country.ifPresent(builder::country);
    }

    private void documents() {
        String type = get(UaeColumn.DOCUMENT_TYPE);
        String number = header.raw(row, UaeColumn.DOCUMENT_NUMBER); // one passport per line
        if (Text.clean(number).equals("-")) {
            number = "";
        }
        String issuer = get(UaeColumn.DOCUMENT_ISSUER);
        Optional<LocalDate> issued = documentDate(UaeColumn.DOCUMENT_ISSUED);
        Optional<LocalDate> expires = documentDate(UaeColumn.DOCUMENT_EXPIRES);
        List<IdentityDocument> docs = UaeDocuments.read(type, number, issuer, issued, expires);
        docs.forEach(builder::document);
        if (docs.isEmpty() && !(type + issuer).isEmpty()) { // e.g. a passport whose number the list does not give
            builder.property("document-text", String.join(" / ", List.of(type, Text.clean(number), issuer).stream()
                    .filter(s -> !s.isEmpty()).toList()));
        }
    }

    private Optional<LocalDate> documentDate(UaeColumn column) {
        String text = get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = DayMonthYear.date(text);
        if (d.isEmpty()) {
            warn(column.header() + " '" + text + "' is not a date (dd-mm-yyyy); ignored");
        }
        return d;
    }

    private void otherInformation() {
        String text = get(UaeColumn.OTHER_INFORMATION);
        builder.remark(text);
        UaeFields.resolution(text).ifPresent(r -> {
            builder.programme(r.title());
            builder.property("cabinet-resolution", r.number());
        });
    }

    private void warn(String message) {
        warnings.add(file, row.line(), message);
    }
}
