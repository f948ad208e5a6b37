package org.vigil.lists.format.ftm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Text;

/**
 * Identity documents from FtM: identifier properties of a target entity ({@code passportNumber}, {@code taxNumber},
 * {@code innCode}, {@code imoNumber}, ...; the document's type text is the FtM property name), and Identification or
 * Passport entities, which name their {@code holder}.
 */
final class FtmDocuments {
    private static final Map<String, IdentityDocument.Type> IDENTIFIERS = Map.ofEntries(
            Map.entry("passportNumber", IdentityDocument.Type.PASSPORT),
            Map.entry("taxNumber", IdentityDocument.Type.TAX_ID),
            Map.entry("innCode", IdentityDocument.Type.TAX_ID),
            Map.entry("vatCode", IdentityDocument.Type.TAX_ID),
            Map.entry("ogrnCode", IdentityDocument.Type.COMPANY_REGISTRATION),
            Map.entry("swiftBic", IdentityDocument.Type.SWIFT_BIC),
            Map.entry("imoNumber", IdentityDocument.Type.VESSEL_IMO),
            Map.entry("socialSecurityNumber", IdentityDocument.Type.NATIONAL_ID),
            Map.entry("leiCode", IdentityDocument.Type.OTHER),
            Map.entry("dunsCode", IdentityDocument.Type.OTHER),
            Map.entry("okpoCode", IdentityDocument.Type.OTHER),
            Map.entry("kppCode", IdentityDocument.Type.OTHER),
            Map.entry("bikCode", IdentityDocument.Type.OTHER),
            Map.entry("uniqueEntityId", IdentityDocument.Type.OTHER),
            Map.entry("npiCode", IdentityDocument.Type.OTHER),
            Map.entry("mmsi", IdentityDocument.Type.OTHER));

    private FtmDocuments() {
    }

    /**
     * The document type of an identifier property, if it is one. {@code idNumber} is a national id for a person and
     * unspecified otherwise; {@code registrationNumber} is an aircraft registration for an Airplane, a company
     * registration for an organisation, unspecified for a vessel.
     */
    static Optional<IdentityDocument.Type> identifier(String property, Schema schema) {
        return switch (property) {
            case "idNumber" -> Optional.of(schema == Schema.PERSON
                    ? IdentityDocument.Type.NATIONAL_ID : IdentityDocument.Type.OTHER);
            case "registrationNumber" -> Optional.of(switch (schema) {
                case AIRCRAFT -> IdentityDocument.Type.AIRCRAFT_REGISTRATION;
                case ORGANIZATION -> IdentityDocument.Type.COMPANY_REGISTRATION;
                default -> IdentityDocument.Type.OTHER;
            });
            default -> Optional.ofNullable(IDENTIFIERS.get(property));
        };
    }

    /**
     * The document an Identification or Passport entity describes: {@code number}, {@code type} (its wording decides
     * the document type; a Passport entity is always a passport), {@code country}, {@code startDate} (issued),
     * {@code endDate} (expires), and {@code authority}/{@code summary} plus dates that are not whole days as the note.
     */
    static Optional<IdentityDocument> fromEntity(FtmEntity e, FtmContext ctx) {
        Optional<String> number = e.first("number");
        if (number.isEmpty()) {
            ctx.warn(e.line(), e.schema() + " " + e.id() + " has no number; ignored");
            return Optional.empty();
        }
        String typeText = e.first("type").map(Text::clean).orElse(e.schema());
        IdentityDocument.Type type = e.schema().equals("Passport") ? IdentityDocument.Type.PASSPORT
                : IdentityDocument.classify(typeText);
        Optional<String> country = Optional.empty();
        List<String> note = new ArrayList<>();
        for (String c : e.values("country")) {
            Optional<String> code = FtmValues.country(c);
            if (code.isPresent() && country.isEmpty()) {
                country = code;
            } else if (code.isEmpty() && !c.isBlank()) {
                note.add("country " + c.strip());
            }
        }
        Optional<LocalDate> issued = dated(e, "startDate", "issued", note);
        Optional<LocalDate> expires = dated(e, "endDate", "expires", note);
        e.values("authority").forEach(a -> note.add("authority: " + Text.clean(a)));
        e.values("summary").forEach(s -> note.add(Text.clean(s)));
        return Optional.of(new IdentityDocument(type, typeText, number.get(), country, issued, expires,
                String.join("; ", note)));
    }

    private static Optional<LocalDate> dated(FtmEntity e, String property, String label, List<String> note) {
        Optional<LocalDate> day = Optional.empty();
        for (String v : e.values(property)) {
            Optional<LocalDate> d = FtmValues.day(v);
            if (d.isPresent() && day.isEmpty()) {
                day = d;
            } else if (!v.isBlank()) {
                note.add(label + " " + v.strip());
            }
        }
        return day;
    }
}
