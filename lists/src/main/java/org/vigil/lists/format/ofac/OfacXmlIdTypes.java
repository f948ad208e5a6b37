package org.vigil.lists.format.ofac;

import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Text;

/**
 * What an {@code idList/id} of OFAC's SDN XML is. OFAC files identity documents there (Passport, National ID No.,
 * Vessel Registration Identification) but also features that are not documents: Gender, Website, Email Address,
 * statements such as "Secondary sanctions risk:" or "Additional Sanctions Information -", former vessel flags,
 * aircraft models. Documents become {@link IdentityDocument}s, the gender becomes the entity's gender, everything
 * else a property. Labels the CSV Remarks also use are looked up in {@link OfacRemarkLabels}, so both OFAC formats
 * give the same document types and property keys for the same facts.
 */
final class OfacXmlIdTypes {
    private static final String CRYPTO = "digital currency address - ";

    private OfacXmlIdTypes() {
    }

    /** How one id element is mapped. */
    sealed interface Mapping permits GenderMapping, PropertyMapping, DocumentMapping {
    }

    /** The record's gender ("Gender" / "Male"). */
    record GenderMapping() implements Mapping {
    }

    /** A property with this key and value. */
    record PropertyMapping(String key, String value) implements Mapping {
    }

    /** An identity document of this type. */
    record DocumentMapping(IdentityDocument.Type type) implements Mapping {
    }

    static Mapping of(String idType, String idNumber) {
        String t = Text.clean(idType).toLowerCase(Locale.ROOT);
        if (t.equals("gender")) {
            return new GenderMapping();
        }
        Optional<OfacRemarkLabels.Label> known = OfacRemarkLabels.exact(idType);
        if (known.isPresent()) {
            OfacRemarkLabels.Label l = known.get();
            return switch (l.kind()) {
                case DOCUMENT -> new DocumentMapping(l.type());
                case DATE_PROPERTY -> new PropertyMapping(l.key(),
                        OfacDates.parse(idNumber).map(d -> d.canonical()).orElse(idNumber));
                case PROPERTY, COUNTRY_PROPERTY -> new PropertyMapping(l.key(), idNumber);
            };
        }
        if (t.startsWith(CRYPTO)) {
            return new PropertyMapping("crypto-wallet",
                    Text.clean(idType).substring(CRYPTO.length()).strip() + " " + Text.clean(idNumber));
        }
        if (t.endsWith(":") || t.endsWith(" -")) {
            // a statement OFAC writes as "Label: text" / "Label - text" (e.g. "IFCA Determination -")
            return new PropertyMapping(slug(t), idNumber);
        }
        if (t.equals("vessel registration identification")) {
            return new DocumentMapping(IdentityDocument.Type.VESSEL_IMO);
        }
        if (t.equals("aircraft tail number")) {
            return new DocumentMapping(IdentityDocument.Type.AIRCRAFT_REGISTRATION);
        }
        if (t.startsWith("aircraft") || t.equals("mmsi")) {
            // construction number, manufacturer's serial number, Mode S code: identifiers, but not registrations
            return new DocumentMapping(IdentityDocument.Type.OTHER);
        }
        return new DocumentMapping(IdentityDocument.classify(t));
    }

    /** "IFCA Determination -" -> "ifca-determination". */
    static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
    }
}
