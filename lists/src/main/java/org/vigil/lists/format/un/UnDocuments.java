package org.vigil.lists.format.un;

import static org.vigil.lists.format.un.UnSchema.CITY_OF_ISSUE;
import static org.vigil.lists.format.un.UnSchema.COUNTRY_OF_ISSUE;
import static org.vigil.lists.format.un.UnSchema.DATE_OF_ISSUE;
import static org.vigil.lists.format.un.UnSchema.ISSUING_COUNTRY;
import static org.vigil.lists.format.un.UnSchema.NOTE;
import static org.vigil.lists.format.un.UnSchema.NUMBER;
import static org.vigil.lists.format.un.UnSchema.TYPE_OF_DOCUMENT;
import static org.vigil.lists.format.un.UnSchema.TYPE_OF_DOCUMENT2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.model.IdentityDocument;

/**
 * Reads {@code <INDIVIDUAL_DOCUMENT>}: TYPE_OF_DOCUMENT ("Passport", "National Identification Number"), the more
 * specific TYPE_OF_DOCUMENT2 ("Ration card number", "Birth certificate"), NUMBER, ISSUING_COUNTRY and
 * COUNTRY_OF_ISSUE, DATE_OF_ISSUE, CITY_OF_ISSUE and NOTE. The type is classified from TYPE_OF_DOCUMENT2 when that
 * says more, else from TYPE_OF_DOCUMENT. Issue place, a second issuing country and unresolved country names go into
 * the document's note. A document without a NUMBER (the UN then writes the number inside the note) is kept as the
 * property {@code document-text}.
 */
final class UnDocuments {
    private UnDocuments() {
    }

    static void read(XmlElement d, UnRecord rec) {
        String type1 = d.value(TYPE_OF_DOCUMENT);
        String type2 = stripColon(d.value(TYPE_OF_DOCUMENT2));
        if (type2.equalsIgnoreCase(type1)) {
            type2 = "";
        }
        String number = d.value(NUMBER);
        String issuingText = d.value(ISSUING_COUNTRY);
        String countryOfIssueText = d.value(COUNTRY_OF_ISSUE);
        String dateText = d.value(DATE_OF_ISSUE);
        String city = d.value(CITY_OF_ISSUE);
        String note = d.value(NOTE);
        String typeText = type2.isEmpty() ? type1 : type1.isEmpty() ? type2 : type1 + " (" + type2 + ")";
        if (typeText.isEmpty() && number.isEmpty() && issuingText.isEmpty() && countryOfIssueText.isEmpty()
                && dateText.isEmpty() && city.isEmpty() && note.isEmpty()) {
            return; // the UN writes an empty <INDIVIDUAL_DOCUMENT/> for records without documents
        }
        List<String> notes = new ArrayList<>();
        if (!note.isEmpty()) {
            notes.add(note);
        }
        Optional<String> issuing = d.first(ISSUING_COUNTRY)
                .flatMap(c -> rec.country(c, issuingText, "document issuing country"));
        if (issuing.isEmpty() && !UnRecord.isNotAvailable(issuingText)) {
            notes.add("issuing country: " + issuingText);
        }
        Optional<String> ofIssue = d.first(COUNTRY_OF_ISSUE)
                .flatMap(c -> rec.country(c, countryOfIssueText, "document country of issue"));
        Optional<String> country = issuing.isPresent() ? issuing : ofIssue;
        if (!UnRecord.isNotAvailable(countryOfIssueText) && (ofIssue.isEmpty() || !ofIssue.equals(country))) {
            notes.add("country of issue: " + countryOfIssueText);
        }
        if (!city.isEmpty()) {
            notes.add("issued in " + city);
        }
        Optional<LocalDate> issued = UnDates.day(dateText);
        if (!dateText.isEmpty() && issued.isEmpty()) {
            d.first(DATE_OF_ISSUE).ifPresent(e -> rec.warn(e, "document DATE_OF_ISSUE '" + dateText
                    + "' is not a date; kept in the document note"));
            notes.add("issued: " + dateText);
        }
        if (number.isEmpty()) {
            List<String> all = new ArrayList<>();
            all.add(typeText);
            all.addAll(notes);
            issued.ifPresent(i -> all.add("issued " + i));
            country.ifPresent(c -> all.add("country: " + c));
            rec.entity().property("document-text", UnPlaces.join(all.toArray(String[]::new)));
            return;
        }
        IdentityDocument.Type type = IdentityDocument.classify(type2);
        if (type2.isEmpty() || type == IdentityDocument.Type.OTHER) {
            type = IdentityDocument.classify(type1);
        }
        rec.entity().document(new IdentityDocument(type, typeText, number, country, issued, Optional.empty(),
                String.join("; ", notes)));
    }

    private static String stripColon(String s) {
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
