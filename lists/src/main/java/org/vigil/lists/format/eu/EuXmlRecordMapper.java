package org.vigil.lists.format.eu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.UnReferences;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;

/**
 * Turns an {@link EuXmlRecord} into an {@link Entity}: {@code logicalId} is the record id, {@code euReferenceNumber},
 * {@code unitedNationId} (normalised, property {@code un-reference}) and {@code designationDetails} become
 * properties, {@code designationDate} the listing date (failing that, the earliest publication date of the record's
 * regulations), each regulation's {@code programme} a programme.
 */
final class EuXmlRecordMapper {
    private final String file;
    private final String source;
    private final Warnings warnings;
    private final EuXmlNames names;
    private final EuXmlDocuments documents;

    EuXmlRecordMapper(String file, String source, Warnings warnings) {
        this.file = file;
        this.source = source;
        this.warnings = warnings;
        this.names = new EuXmlNames(file, warnings);
        this.documents = new EuXmlDocuments(file, warnings);
    }

    Entity map(EuXmlRecord rec) throws ListFormatException {
        String id = rec.attr("logicalId");
        Entity.Builder b = Entity.builder(new EntityId(source, id), schema(rec));
        if (names.apply(b, rec, b.schema()) == 0) {
            throw new ListFormatException(file, rec.line(), "sanctionEntity logicalId " + id + " has no nameAlias "
                    + "with a name: every listing needs one");
        }
        b.property("eu-reference", rec.attr("euReferenceNumber"));
        b.property("designation-details", rec.attr("designationDetails"));
        String unRef = unReference(b, rec);
        regulations(b, rec);
        for (String remark : rec.remarks()) {
            b.remark(remark);
            EuRemarkLinks.find(remark, unRef).forEach(b::link);
        }
        citizenships(b, rec);
        births(b, rec);
        documents.apply(b, rec);
        addresses(b, rec);
        return b.build();
    }

    private Schema schema(EuXmlRecord rec) {
        String code = rec.subjectType().map(p -> p.attr("code")).orElse("");
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "person" -> Schema.PERSON;
            case "enterprise" -> Schema.ORGANIZATION;
            default -> {
                warnings.add(file, rec.line(), "logicalId " + rec.attr("logicalId") + ": " + (code.isEmpty()
                        ? "no <subjectType>" : "unknown subjectType code '" + code + "'")
                        + "; the record is kept with type unknown");
                yield Schema.UNKNOWN;
            }
        };
    }

    /** The UN reference (property un-reference), normalised; "" if none. */
    private String unReference(Entity.Builder b, EuXmlRecord rec) {
        String raw = rec.attr("unitedNationId");
        if (raw.isEmpty()) {
            return "";
        }
        Optional<String> ref = UnReferences.normalize(raw);
        if (ref.isPresent()) {
            b.property("un-reference", ref.get());
            return ref.get();
        }
        b.property("un-reference-text", raw);
        warnings.add(file, rec.line(), "logicalId " + rec.attr("logicalId") + ": unitedNationId '" + raw
                + "' is not a UN reference number; kept as text (property un-reference-text)");
        return "";
    }

    private void regulations(Entity.Builder b, EuXmlRecord rec) {
        List<LocalDate> published = new ArrayList<>();
        for (EuXmlRecord.Part r : rec.regulations()) {
            b.programme(r.attr("programme"));
            b.property("regulation", r.attr("numberTitle"));
            b.property("regulation-url", r.publicationUrl());
            date(rec, r, "publicationDate").ifPresent(published::add);
        }
        Optional<LocalDate> designated = date(rec, null, "designationDate");
        Optional<LocalDate> listed = designated.or(() -> published.stream().min(LocalDate::compareTo));
        listed.ifPresent(b::listedOn);
        published.stream().max(LocalDate::compareTo)
                .filter(last -> listed.isEmpty() || last.isAfter(listed.get()))
                .ifPresent(b::lastUpdated);
    }

    /** A YYYY-MM-DD attribute of the part (or of the record when {@code part} is null). */
    private Optional<LocalDate> date(EuXmlRecord rec, EuXmlRecord.Part part, String attr) {
        String text = part == null ? rec.attr(attr) : part.attr(attr);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            warnings.add(file, part == null ? rec.line() : part.line(), "logicalId " + rec.attr("logicalId") + ": "
                    + attr + " '" + text + "' is not YYYY-MM-DD; ignored");
            return Optional.empty();
        }
    }

    private void citizenships(Entity.Builder b, EuXmlRecord rec) {
        for (EuXmlRecord.Part c : rec.citizenships()) {
            Optional<String> code = EuXmlCountries.of(c);
            if (code.isPresent()) {
                b.nationality(code.get());
            } else if (EuXmlCountries.unresolved(c)) {
                b.property("nationality-text", EuXmlCountries.text(c));
                warnings.add(file, c.line(), "logicalId " + rec.attr("logicalId") + ": citizenship '"
                        + EuXmlCountries.text(c) + "' not recognised; kept as text (property nationality-text)");
            }
        }
    }

    private void births(Entity.Builder b, EuXmlRecord rec) {
        for (EuXmlRecord.Part p : rec.birthdates()) {
            birthDate(rec, p).ifPresent(b::birthDate);
            Optional<String> country = EuXmlCountries.of(p);
            String text = join(", ", p.attr("place"), p.attr("city"), p.attr("zipCode"), p.attr("region"),
                    EuXmlCountries.description(p));
            if (!text.isEmpty() || country.isPresent()) {
                b.birthPlace(new Place(p.attr("city"), p.attr("region"), country, text));
            }
            if (EuXmlCountries.unresolved(p)) {
                warnings.add(file, p.line(), "logicalId " + rec.attr("logicalId") + ": birth country '"
                        + EuXmlCountries.text(p) + "' not recognised; kept in the place text");
            }
        }
    }

    private Optional<FuzzyDate> birthDate(EuXmlRecord rec, EuXmlRecord.Part p) {
        String full = p.attr("birthdate");
        String year = p.attr("year");
        String month = first(p.attr("monthOfYear"), p.attr("month"));
        String day = first(p.attr("dayOfMonth"), p.attr("day"));
        String from = p.attr("yearRangeFrom");
        String to = p.attr("yearRangeTo");
        try {
            FuzzyDate d;
            if (!full.isEmpty()) {
                d = FuzzyDate.day(LocalDate.parse(full)).withText(full);
            } else if (!year.isEmpty() && !month.isEmpty() && !day.isEmpty()) {
                d = FuzzyDate.day(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            } else if (!year.isEmpty() && !month.isEmpty()) {
                d = FuzzyDate.month(Integer.parseInt(year), Integer.parseInt(month));
            } else if (!year.isEmpty()) {
                d = FuzzyDate.year(Integer.parseInt(year));
            } else if (!from.isEmpty() || !to.isEmpty()) {
                d = FuzzyDate.years(Integer.parseInt(first(from, to)), Integer.parseInt(first(to, from)));
            } else {
                return Optional.empty();
            }
            return Optional.of(p.isTrue("circa") ? d.approx() : d);
        } catch (DateTimeException | IllegalArgumentException e) {
            warnings.add(file, p.line(), "logicalId " + rec.attr("logicalId") + ": birth date not understood ("
                    + Stream.of("birthdate=" + full, "year=" + year, "month=" + month, "day=" + day,
                    "yearRangeFrom=" + from, "yearRangeTo=" + to).filter(s -> !s.endsWith("="))
                    .collect(Collectors.joining(", ")) + "); ignored");
            return Optional.empty();
        }
    }

    private void addresses(Entity.Builder b, EuXmlRecord rec) {
        for (EuXmlRecord.Part a : rec.addresses()) {
            Optional<String> country = EuXmlCountries.of(a);
            country.ifPresent(b::country);
            if (EuXmlCountries.unresolved(a)) {
                warnings.add(file, a.line(), "logicalId " + rec.attr("logicalId") + ": address country '"
                        + EuXmlCountries.text(a) + "' not recognised; kept as text");
            }
            String poBox = a.attr("poBox").isEmpty() ? "" : "P.O. Box " + a.attr("poBox");
            List<String> notes = new ArrayList<>();
            notes.add(a.attr("place"));
            if (a.isTrue("asAtListingTime")) {
                notes.add("as at listing time");
            }
            notes.addAll(a.remarks());
            b.address(new Address(join(", ", a.attr("street"), poBox), a.attr("city"), a.attr("region"),
                    a.attr("zipCode"), country, EuXmlCountries.description(a),
                    join("; ", notes.toArray(String[]::new))));
            for (var contact : a.contactInfo()) {
                contact(b, contact.getOrDefault("key", ""), contact.getOrDefault("value", ""));
            }
        }
    }

    /** An address's contactInfo: PHONE, FAX, EMAIL, WEB; any other key is kept with its value as "contact". */
    private static void contact(Entity.Builder b, String key, String value) {
        switch (key.toUpperCase(Locale.ROOT)) {
            case "PHONE" -> b.property("phone", value);
            case "FAX" -> b.property("fax", value);
            case "EMAIL" -> b.property("email", value);
            case "WEB" -> b.property("website", value);
            default -> b.property("contact", join(" ", key, value));
        }
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static String join(String sep, String... parts) {
        return Stream.of(parts).filter(s -> !s.isEmpty()).collect(Collectors.joining(sep));
    }
}
