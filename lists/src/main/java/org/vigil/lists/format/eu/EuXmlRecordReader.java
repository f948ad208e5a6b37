package org.vigil.lists.format.eu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.XmlElements;
import org.vigil.lists.model.Text;

/**
 * Reads one {@code sanctionEntity} element into an {@link EuXmlRecord}. The {@code regulationSummary} copies the
 * EU attaches to every part are skipped (the entity's {@code regulation} elements carry the same facts); elements the
 * format does not have are skipped with one warning per element name.
 */
final class EuXmlRecordReader {
    private static final Set<String> PARTS = Set.of("regulation", "subjectType", "nameAlias", "citizenship",
            "birthdate", "identification", "address");

    private final String file;
    private final Warnings warnings;
    private final Set<String> reported = new HashSet<>();

    EuXmlRecordReader(String file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Reads the record the reader is on (a {@code sanctionEntity} start tag) up to its end tag. */
    EuXmlRecord read(XMLStreamReader r) throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> attributes = attributes(r);
        List<String> remarks = new ArrayList<>();
        Map<String, List<EuXmlRecord.Part>> parts = new LinkedHashMap<>();
        PARTS.forEach(p -> parts.put(p, new ArrayList<>()));
        XmlElements.children(r, name -> {
            if (name.equals("remark")) {
                remarks.add(XmlElements.text(r));
            } else if (PARTS.contains(name)) {
                parts.get(name).add(part(r, name));
            } else {
                unknown(r, "sanctionEntity", name);
            }
        });
        List<EuXmlRecord.Part> subjectTypes = parts.get("subjectType");
        if (subjectTypes.size() > 1) {
            warnings.add(file, subjectTypes.get(1).line(), "sanctionEntity has more than one <subjectType>; the "
                    + "first is used");
        }
        return new EuXmlRecord(line, attributes, remarks, parts.get("regulation"),
                subjectTypes.stream().findFirst(), parts.get("nameAlias"), parts.get("citizenship"),
                parts.get("birthdate"), parts.get("identification"), parts.get("address"));
    }

    private EuXmlRecord.Part part(XMLStreamReader r, String name) throws XMLStreamException, ListFormatException {
        long line = XmlElements.line(r);
        Map<String, String> attributes = attributes(r);
        List<String> remarks = new ArrayList<>();
        List<Map<String, String>> contacts = new ArrayList<>();
        StringBuilder url = new StringBuilder();
        XmlElements.children(r, child -> {
            switch (child) {
                case "remark" -> remarks.add(XmlElements.text(r));
                case "regulationSummary" -> XmlElements.skip(r);
                case "contactInfo" -> {
                    contacts.add(attributes(r));
                    XmlElements.skip(r);
                }
                case "publicationUrl" -> url.append(XmlElements.text(r));
                default -> unknown(r, name, child);
            }
        });
        return new EuXmlRecord.Part(line, attributes, remarks, contacts, url.toString());
    }

    /** All attributes of the current element by local name, whitespace cleaned. */
    static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            a.put(r.getAttributeLocalName(i), Text.clean(r.getAttributeValue(i)));
        }
        return a;
    }

    private void unknown(XMLStreamReader r, String parent, String child) throws XMLStreamException {
        if (reported.add(parent + "/" + child)) {
            warnings.add(file, XmlElements.line(r), "element <" + child + "> inside <" + parent
                    + "> is not part of the EU sanctions XML format; ignored (reported once)");
        }
        XmlElements.skip(r);
    }
}
