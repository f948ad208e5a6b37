package org.vigil.lists.format.ofac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.lists.format.LinkPhrases;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Text;

/**
 * Turns an {@link OfacXmlEntry} into an {@link Entity}. Names are written as OFAC's CSV writes them ("SAEED,
 * Muhammad": last name, comma, first names) with FAMILY and GIVEN parts, so that the XML and the CSV give the same
 * names for the same record.
 */
final class OfacXmlEntryMapper {
    private static final String LINKED_TO = "Linked To:";

    private final String file;
    private final String source;
    private final Warnings warnings;

    OfacXmlEntryMapper(String file, String source, Warnings warnings) {
        this.file = file;
        this.source = source;
        this.warnings = warnings;
    }

    Entity map(OfacXmlEntry e) throws ListFormatException {
        Entity.Builder b = Entity.builder(new EntityId(source, e.uid()), schema(e));
        if (e.lastName().isEmpty() && e.firstName().isEmpty()) {
            throw new ListFormatException(file, e.line(), "sdnEntry uid " + e.uid() + " has no <lastName>: every "
                    + "SDN entry must have a name");
        }
        b.name(name(e.lastName(), e.firstName(), NameKind.PRIMARY));
        for (OfacXmlEntry.Aka aka : e.akas()) {
            alias(b, e, aka);
        }
        b.property("title", e.title());
        e.programs().forEach(b::programme);
        remarks(b, e.remarks());
        for (OfacXmlEntry.Id id : e.ids()) {
            id(b, e, id);
        }
        for (OfacXmlEntry.Address a : e.addresses()) {
            address(b, a);
        }
        for (OfacXmlEntry.Country c : e.nationalities()) {
            nationality(b, c, "nationality-text", "nationality");
        }
        for (OfacXmlEntry.Country c : e.citizenships()) {
            nationality(b, c, "citizenship-text", "citizenship");
        }
        for (OfacXmlEntry.Item d : e.datesOfBirth()) {
            Optional<FuzzyDate> date = OfacXmlDates.parse(d.text());
            if (date.isPresent()) {
                b.birthDate(date.get());
            } else if (!d.text().isEmpty()) {
                b.property("birth-date-text", d.text());
                warnings.add(file, d.line(), "uid " + e.uid() + ": date of birth '" + d.text()
                        + "' is not in a form OFAC uses; kept as text (property birth-date-text)");
            }
        }
        for (OfacXmlEntry.Item p : e.placesOfBirth()) {
            if (!p.text().isEmpty()) {
                b.birthPlace(place(p.text()));
            }
        }
        vessel(b, e);
        return b.build();
    }

    private Schema schema(OfacXmlEntry e) {
        return switch (e.sdnType().toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "entity" -> Schema.ORGANIZATION;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> {
                warnings.add(file, e.line(), "uid " + e.uid() + ": " + (e.sdnType().isEmpty() ? "no <sdnType>"
                        : "unknown <sdnType> '" + e.sdnType() + "'") + "; the record is kept with type unknown");
                yield Schema.UNKNOWN;
            }
        };
    }

    /** "LAST, First" with FAMILY/GIVEN parts when a first name is given; otherwise the last name alone. */
    static Name name(String last, String first, NameKind kind) {
        if (first.isEmpty()) {
            return new Name(last, kind);
        }
        if (last.isEmpty()) {
            return new Name(first, kind, List.of(new NamePart(NamePart.Type.GIVEN, first)));
        }
        return new Name(last + ", " + first, kind,
                List.of(new NamePart(NamePart.Type.FAMILY, last), new NamePart(NamePart.Type.GIVEN, first)));
    }

    private void alias(Entity.Builder b, OfacXmlEntry e, OfacXmlEntry.Aka aka) {
        if (aka.lastName().isEmpty() && aka.firstName().isEmpty()) {
            warnings.add(file, aka.line(), "uid " + e.uid() + ": an <aka> without a name; ignored");
            return;
        }
        String category = aka.category().toLowerCase(Locale.ROOT);
        if (!category.isEmpty() && !category.equals("strong") && !category.equals("weak")) {
            warnings.add(file, aka.line(), "uid " + e.uid() + ": unknown aka <category> '" + aka.category()
                    + "'; treated as strong");
        }
        NameKind kind;
        if (category.equals("weak")) {
            kind = NameKind.WEAK_ALIAS;
        } else if (aka.type().toLowerCase(Locale.ROOT).startsWith("f.k.a")) {
            kind = NameKind.FORMER_NAME;
        } else {
            kind = NameKind.STRONG_ALIAS;
        }
        Name n = name(aka.lastName(), aka.firstName(), kind);
        if (!n.isLatin() && !"Common".equals(n.script())) {
            n = new Name(n.value(), NameKind.ORIGINAL_SCRIPT, n.parts(), n.script());
        }
        b.name(n);
    }

    /** The free-text remarks, and a name link for each "Linked To: NAME" in them. */
    private static void remarks(Entity.Builder b, String remarks) {
        if (remarks.isEmpty()) {
            return;
        }
        b.remark(remarks);
        String body = remarks;
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        for (String part : body.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, LINKED_TO, 0, LINKED_TO.length())) {
                String target = p.substring(LINKED_TO.length()).strip();
                if (target.endsWith(".")) {
                    target = target.substring(0, target.length() - 1).strip();
                }
                if (!target.isEmpty()) {
                    b.link(new Link(LinkPhrases.classify(LINKED_TO), target, Optional.empty(),
                            LINKED_TO + " " + target));
                }
            }
        }
    }

    private void id(Entity.Builder b, OfacXmlEntry e, OfacXmlEntry.Id id) {
        if (id.number().isEmpty()) {
            warnings.add(file, id.line(), "uid " + e.uid() + ": <id> of type '" + id.type()
                    + "' without an <idNumber>; ignored");
            return;
        }
        switch (OfacXmlIdTypes.of(id.type(), id.number())) {
            case OfacXmlIdTypes.GenderMapping g -> {
                Gender gender = Gender.parse(id.number());
                if (gender == Gender.UNKNOWN) {
                    b.property("gender-text", id.number());
                    warnings.add(file, id.line(), "uid " + e.uid() + ": gender '" + id.number()
                            + "' not recognised; kept as text (property gender-text)");
                } else {
                    b.gender(gender);
                }
            }
            case OfacXmlIdTypes.PropertyMapping p -> {
                b.property(p.key(), p.value());
                if (p.key().equals("registration-country")) {
                    Countries.resolve(p.value()).ifPresent(b::country);
                }
            }
            case OfacXmlIdTypes.DocumentMapping d -> b.document(document(e, id, d.type()));
        }
    }

    private IdentityDocument document(OfacXmlEntry e, OfacXmlEntry.Id id, IdentityDocument.Type type) {
        List<String> notes = new ArrayList<>();
        Optional<String> country = Countries.resolve(id.country());
        if (country.isEmpty() && !id.country().isEmpty()) {
            notes.add("country: " + id.country());
            warnings.add(file, id.line(), "uid " + e.uid() + ": document country '" + id.country()
                    + "' not recognised; kept in the document note");
        }
        Optional<LocalDate> issued = docDate(e, id, id.issueDate(), "issued", notes);
        Optional<LocalDate> expires = docDate(e, id, id.expirationDate(), "expires", notes);
        return new IdentityDocument(type, id.type(), id.number(), country, issued, expires, String.join("; ", notes));
    }

    private Optional<LocalDate> docDate(OfacXmlEntry e, OfacXmlEntry.Id id, String text, String label,
                                        List<String> notes) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = OfacXmlDates.day(text);
        if (d.isEmpty()) {
            notes.add(label + " " + text);
            if (OfacXmlDates.parse(text).isEmpty()) {
                warnings.add(file, id.line(), "uid " + e.uid() + ": document date '" + text
                        + "' not understood; kept in the document note");
            }
        }
        return d;
    }

    private void address(Entity.Builder b, OfacXmlEntry.Address a) {
        Optional<String> country = Countries.resolve(a.country());
        if (country.isEmpty() && !a.country().isEmpty()) {
            warnings.add(file, a.line(), "address country '" + a.country() + "' not recognised; kept as text");
        }
        country.ifPresent(b::country);
        String street = Stream.of(a.address1(), a.address2(), a.address3()).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        b.address(new Address(street, a.city(), a.stateOrProvince(), a.postalCode(), country, a.country(),
                a.region()));
    }

    private void nationality(Entity.Builder b, OfacXmlEntry.Country c, String textKey, String what) {
        if (c.country().isEmpty()) {
            return;
        }
        Optional<String> code = Countries.resolve(c.country());
        if (code.isPresent()) {
            b.nationality(code.get());
        } else {
            b.property(textKey, c.country());
            warnings.add(file, c.line(), what + " '" + c.country() + "' not recognised; kept as text (property "
                    + textKey + ")");
        }
    }

    /** "Sargodha, Punjab, Pakistan": the last part is the country when it is one, the first the city. */
    static Place place(String text) {
        List<String> parts = Arrays.stream(text.split(",")).map(Text::clean).filter(s -> !s.isEmpty()).toList();
        Optional<String> country = parts.isEmpty() ? Optional.empty() : Countries.resolve(parts.get(parts.size() - 1));
        if (country.isEmpty() || parts.size() < 2) {
            return Place.ofText(text, country);
        }
        String city = parts.get(0);
        String region = String.join(", ", parts.subList(1, parts.size() - 1));
        return new Place(city, region, country, text);
    }

    private void vessel(Entity.Builder b, OfacXmlEntry e) {
        var v = e.vesselInfo();
        b.property("call-sign", v.getOrDefault("callSign", ""));
        b.property("vessel-type", v.getOrDefault("vesselType", ""));
        String flag = v.getOrDefault("vesselFlag", "");
        b.property("vessel-flag", flag);
        if (!flag.isEmpty()) {
            Optional<String> code = Countries.resolve(flag);
            if (code.isPresent()) {
                b.country(code.get());
            } else {
                warnings.add(file, e.line(), "uid " + e.uid() + ": vessel flag '" + flag
                        + "' not recognised; kept as text (property vessel-flag)");
            }
        }
        b.property("vessel-owner", v.getOrDefault("vesselOwner", ""));
        b.property("tonnage", v.getOrDefault("tonnage", ""));
        b.property("gross-registered-tonnage", v.getOrDefault("grossRegisteredTonnage", ""));
    }
}
