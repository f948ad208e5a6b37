package org.vigil.lists.format.eu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.IdentityDocument;

/**
 * The {@code identification} elements: type code ({@code passport}, {@code id}, {@code fiscalcode}, {@code regnumber},
 * {@code imo}, {@code swiftbic}...) and description, number (and its Latin transcription {@code latinNumber}), issuing
 * country, {@code issuedBy}, {@code issueDate}, {@code validTo}, and the flags {@code diplomatic},
 * {@code knownExpired}, {@code knownFalse}, {@code reportedLost}, {@code revokedByIssuer}, which go into the note.
 */
final class EuXmlDocuments {
    private final String file;
    private final Warnings warnings;

    EuXmlDocuments(String file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    void apply(Entity.Builder b, EuXmlRecord rec) {
        for (EuXmlRecord.Part p : rec.identifications()) {
            String number = p.attr("number");
            String latin = p.attr("latinNumber");
            if (number.isEmpty() && latin.isEmpty()) {
                warnings.add(file, p.line(), "logicalId " + rec.attr("logicalId") + ": <identification> without a "
                        + "number; ignored");
                continue;
            }
            String code = p.attr("identificationTypeCode");
            String description = p.attr("identificationTypeDescription");
            IdentityDocument.Type type = type(code, description);
            String typeText = description.isEmpty() ? code : description;
            if (EuXmlCountries.unresolved(p)) {
                warnings.add(file, p.line(), "logicalId " + rec.attr("logicalId") + ": document country '"
                        + EuXmlCountries.text(p) + "' not recognised; kept in the document note");
            }
            List<String> notes = notes(p);
            Optional<LocalDate> issued = date(p, "issueDate", rec, notes);
            Optional<LocalDate> expires = date(p, "validTo", rec, notes);
            String main = number.isEmpty() ? latin : number;
            b.document(new IdentityDocument(type, typeText, main, EuXmlCountries.of(p), issued, expires,
                    String.join("; ", notes)));
            if (!number.isEmpty() && !latin.isEmpty() && !latin.equals(number)) {
                List<String> latinNotes = new ArrayList<>(notes);
                latinNotes.add(0, "Latin transcription of " + number);
                b.document(new IdentityDocument(type, typeText, latin, EuXmlCountries.of(p), issued, expires,
                        String.join("; ", latinNotes)));
            }
        }
    }

    static IdentityDocument.Type type(String code, String description) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "passport" -> IdentityDocument.Type.PASSPORT;
            case "id", "ssn", "nrn" -> IdentityDocument.Type.NATIONAL_ID;
            case "fiscalcode" -> IdentityDocument.Type.TAX_ID;
            case "regnumber" -> IdentityDocument.Type.COMPANY_REGISTRATION;
            case "imo" -> IdentityDocument.Type.VESSEL_IMO;
            case "swiftbic" -> IdentityDocument.Type.SWIFT_BIC;
            case "drivinglicence" -> IdentityDocument.Type.DRIVING_LICENCE;
            case "residentperm" -> IdentityDocument.Type.RESIDENCE_PERMIT;
            case "other", "tradelic", "birthcert", "nationcert", "travelcardid", "electionid" ->
                    IdentityDocument.Type.OTHER;
            default -> IdentityDocument.classify(description.isEmpty() ? code : description);
        };
    }

    private static List<String> notes(EuXmlRecord.Part p) {
        List<String> notes = new ArrayList<>();
        if (EuXmlCountries.of(p).isEmpty() && !EuXmlCountries.description(p).isEmpty()) {
            notes.add("country: " + EuXmlCountries.description(p));
        }
        note(notes, "issued by ", p.attr("issuedBy"));
        note(notes, "region: ", p.attr("region"));
        note(notes, "valid from ", p.attr("validFrom"));
        note(notes, "name on document: ", p.attr("nameOnDocument"));
        flag(notes, p, "diplomatic", "diplomatic");
        flag(notes, p, "knownExpired", "known to be expired");
        flag(notes, p, "knownFalse", "known to be false");
        flag(notes, p, "reportedLost", "reported lost");
        flag(notes, p, "revokedByIssuer", "revoked by issuer");
        notes.addAll(p.remarks());
        return notes;
    }

    private Optional<LocalDate> date(EuXmlRecord.Part p, String attr, EuXmlRecord rec, List<String> notes) {
        String text = p.attr(attr);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            notes.add(attr + " " + text);
            warnings.add(file, p.line(), "logicalId " + rec.attr("logicalId") + ": " + attr + " '" + text
                    + "' is not YYYY-MM-DD; kept in the document note");
            return Optional.empty();
        }
    }

    private static void note(List<String> notes, String label, String value) {
        if (!value.isEmpty()) {
            notes.add(label + value);
        }
    }

    private static void flag(List<String> notes, EuXmlRecord.Part p, String attr, String text) {
        if (p.isTrue(attr)) {
            notes.add(text);
        }
    }
}
