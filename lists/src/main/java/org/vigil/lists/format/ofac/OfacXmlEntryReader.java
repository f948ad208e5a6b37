package org.vigil.lists.format.ofac;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.XmlElements;

/**
 * Reads one {@code sdnEntry} element into an {@link OfacXmlEntry}, following OFAC's sdn.xsd. Elements the schema
 * does not have are skipped with one warning per element name.
 */
final class OfacXmlEntryReader {
    private static final Set<String> ENTRY_TEXT = Set.of("uid", "firstName", "lastName", "title", "sdnType",
            "remarks");
    private static final Set<String> ID = Set.of("uid", "idType", "idNumber", "idCountry", "issueDate",
            "expirationDate");
    private static final Set<String> AKA = Set.of("uid", "type", "category", "lastName", "firstName");
    private static final Set<String> ADDRESS = Set.of("uid", "address1", "address2", "address3", "city",
            "stateOrProvince", "postalCode", "country", "region");
    private static final Set<String> COUNTRY = Set.of("uid", "country", "mainEntry");
    private static final Set<String> DATE_OF_BIRTH = Set.of("uid", "dateOfBirth", "mainEntry");
    private static final Set<String> PLACE_OF_BIRTH = Set.of("uid", "placeOfBirth", "mainEntry");
    private static final Set<String> VESSEL = Set.of("callSign", "vesselType", "vesselFlag", "vesselOwner",
            "tonnage", "grossRegisteredTonnage");

    private final String file;
    private final Warnings warnings;
    private final Set<String> reported = new HashSet<>();

    OfacXmlEntryReader(String file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Reads the entry the reader is on (a {@code sdnEntry} start tag) up to its end tag. */
    OfacXmlEntry read(XMLStreamReader r) throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> text = new LinkedHashMap<>();
        List<String> programs = new ArrayList<>();
        List<OfacXmlEntry.Id> ids = new ArrayList<>();
        List<OfacXmlEntry.Aka> akas = new ArrayList<>();
        List<OfacXmlEntry.Address> addresses = new ArrayList<>();
        List<OfacXmlEntry.Country> nationalities = new ArrayList<>();
        List<OfacXmlEntry.Country> citizenships = new ArrayList<>();
        List<OfacXmlEntry.Item> dates = new ArrayList<>();
        List<OfacXmlEntry.Item> places = new ArrayList<>();
        Map<String, String> vessel = new LinkedHashMap<>();
        XmlElements.children(r, name -> {
            if (ENTRY_TEXT.contains(name)) {
                put(text, name, XmlElements.text(r), r);
                return;
            }
            switch (name) {
                case "programList" -> list(r, name, "program", () -> programs.add(XmlElements.text(r)));
                case "idList" -> list(r, name, "id", () -> ids.add(id(r)));
                case "akaList" -> list(r, name, "aka", () -> akas.add(aka(r)));
                case "addressList" -> list(r, name, "address", () -> addresses.add(address(r)));
                case "nationalityList" -> list(r, name, "nationality", () -> nationalities.add(country(r)));
                case "citizenshipList" -> list(r, name, "citizenship", () -> citizenships.add(country(r)));
                case "dateOfBirthList" -> list(r, name, "dateOfBirthItem",
                        () -> dates.add(item(r, DATE_OF_BIRTH, "dateOfBirth")));
                case "placeOfBirthList" -> list(r, name, "placeOfBirthItem",
                        () -> places.add(item(r, PLACE_OF_BIRTH, "placeOfBirth")));
                case "vesselInfo" -> vessel.putAll(fields(r, name, VESSEL));
                default -> unknown(r, "sdnEntry", name);
            }
        });
        return new OfacXmlEntry(line, get(text, "uid"), get(text, "firstName"), get(text, "lastName"),
                get(text, "title"), get(text, "sdnType"), get(text, "remarks"), programs, ids, akas, addresses,
                nationalities, citizenships, dates, places, vessel);
    }

    private OfacXmlEntry.Id id(XMLStreamReader r) throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> f = fields(r, "id", ID);
        return new OfacXmlEntry.Id(line, get(f, "idType"), get(f, "idNumber"), get(f, "idCountry"),
                get(f, "issueDate"), get(f, "expirationDate"));
    }

    private OfacXmlEntry.Aka aka(XMLStreamReader r) throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> f = fields(r, "aka", AKA);
        return new OfacXmlEntry.Aka(line, get(f, "type"), get(f, "category"), get(f, "lastName"),
                get(f, "firstName"));
    }

    private OfacXmlEntry.Address address(XMLStreamReader r) throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> f = fields(r, "address", ADDRESS);
        return new OfacXmlEntry.Address(line, get(f, "address1"), get(f, "address2"), get(f, "address3"),
                get(f, "city"), get(f, "stateOrProvince"), get(f, "postalCode"), get(f, "country"),
                get(f, "region"));
    }

    private OfacXmlEntry.Country country(XMLStreamReader r) throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> f = fields(r, r.getLocalName(), COUNTRY);
        return new OfacXmlEntry.Country(line, get(f, "country"), isTrue(get(f, "mainEntry")));
    }

    private OfacXmlEntry.Item item(XMLStreamReader r, Set<String> known, String valueElement)
            throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> f = fields(r, r.getLocalName(), known);
        return new OfacXmlEntry.Item(line, get(f, valueElement), isTrue(get(f, "mainEntry")));
    }

    /** Reads a list element whose children are all {@code itemName}. */
    private void list(XMLStreamReader r, String listName, String itemName, Step step)
            throws XMLStreamException, ListFormatException {
        XmlElements.children(r, child -> {
            if (child.equals(itemName)) {
                step.run();
            } else {
                unknown(r, listName, child);
            }
        });
    }

    /** The texts of an element's text-only children, by name; children not in {@code known} are skipped. */
    private Map<String, String> fields(XMLStreamReader r, String parent, Set<String> known)
            throws XMLStreamException, ListFormatException {
        Map<String, String> f = new LinkedHashMap<>();
        XmlElements.children(r, child -> {
            if (known.contains(child)) {
                put(f, child, XmlElements.text(r), r);
            } else {
                unknown(r, parent, child);
            }
        });
        return f;
    }

    private void put(Map<String, String> f, String name, String value, XMLStreamReader r) {
        if (f.putIfAbsent(name, value) != null) {
            warnings.add(file, XmlElements.line(r), "<" + name + "> appears twice in one element; the first ('"
                    + f.get(name) + "') is used, '" + value + "' is ignored");
        }
    }

    private void unknown(XMLStreamReader r, String parent, String child) throws XMLStreamException {
        if (reported.add(parent + "/" + child)) {
            warnings.add(file, XmlElements.line(r), "element <" + child + "> inside <" + parent
                    + "> is not part of OFAC's SDN XML schema; ignored (reported once)");
        }
        XmlElements.skip(r);
    }

    private static String get(Map<String, String> f, String name) {
        return f.getOrDefault(name, "");
    }

    private static boolean isTrue(String s) {
        return s.toLowerCase(Locale.ROOT).equals("true");
    }

    /** A step that reads one child element. */
    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException, ListFormatException;
    }
}
