package org.vigil.lists.format.ofac;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.SecureXml;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.XmlElements;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.SourceIds;

/**
 * OFAC's SDN XML ({@code sdn.xml}, and the non-SDN {@code consolidated.xml} in the same schema): root
 * {@code sdnList} in the namespace {@code https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML}
 * (Sanctions List Service) or the older {@code http://tempuri.org/sdnList.xsd}; elements are matched by local name,
 * so both are read. {@code publshInformation/Publish_Date} (MM/DD/YYYY) is the publication date; each
 * {@code sdnEntry} becomes one entity with id {@code source:uid}. Streams the file with StAX.
 */
public final class OfacXmlParser implements ListParser {
    private static final String ROOT = "sdnList";

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        SourceIds.require(source);
        return SecureXml.read(input, "OFAC SDN XML", (r, file) -> read(r, file, source));
    }

    private ParsedList read(XMLStreamReader r, String file, String source)
            throws XMLStreamException, ListFormatException {
        Warnings warnings = new Warnings();
        XmlElements.requireRoot(r, file, ROOT, "OFAC SDN XML");
        OfacXmlEntryReader entries = new OfacXmlEntryReader(file, warnings);
        OfacXmlEntryMapper mapper = new OfacXmlEntryMapper(file, source, warnings);
        List<Entity> entities = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, String> publish = new HashMap<>();
        long[] publishLine = {-1};
        XmlElements.children(r, name -> {
            switch (name) {
                case "publshInformation" -> {
                    publishLine[0] = XmlElements.line(r);
                    XmlElements.children(r, child -> publish.put(child, XmlElements.text(r)));
                }
                case "sdnEntry" -> {
                    OfacXmlEntry e = entries.read(r);
                    checkUid(file, e, seen);
                    entities.add(mapper.map(e));
                }
                default -> {
                    warnings.add(file, XmlElements.line(r), "element <" + name + "> inside <" + ROOT
                            + "> is not part of OFAC's SDN XML schema; ignored");
                    XmlElements.skip(r);
                }
            }
        });
        XmlElements.toEnd(r);
        Optional<Instant> published = published(file, publish, publishLine[0], entities.size(), warnings);
        return new ParsedList(source, ListFormat.OFAC_XML, published, entities, warnings.list());
    }

    private static void checkUid(String file, OfacXmlEntry e, Map<String, Long> seen) throws ListFormatException {
        if (e.uid().isEmpty()) {
            throw new ListFormatException(file, e.line(), "sdnEntry without <uid>: every SDN entry needs its uid "
                    + "(the record id)");
        }
        if (!e.uid().chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ListFormatException(file, e.line(), "sdnEntry <uid> '" + e.uid() + "' is not a number");
        }
        Long first = seen.putIfAbsent(e.uid(), e.line());
        if (first != null) {
            throw new ListFormatException(file, e.line(), "uid " + e.uid() + " appears twice (first at line "
                    + first + "); the file is inconsistent");
        }
    }

    private static Optional<Instant> published(String file, Map<String, String> publish, long line, int count,
                                               Warnings warnings) {
        if (line < 0) {
            warnings.add(file, -1, "no <publshInformation>: the publication date is unknown");
            return Optional.empty();
        }
        String recordCount = publish.getOrDefault("Record_Count", "");
        if (!recordCount.isEmpty() && !recordCount.equals(Integer.toString(count))) {
            warnings.add(file, line, "<Record_Count> says " + recordCount + " entries, but the file has " + count);
        }
        String date = publish.getOrDefault("Publish_Date", "");
        Optional<LocalDate> d = OfacXmlDates.publishDate(date);
        if (d.isEmpty()) {
            warnings.add(file, line, date.isEmpty() ? "no <Publish_Date>: the publication date is unknown"
                    : "<Publish_Date> '" + date + "' is not MM/DD/YYYY; the publication date is unknown");
        }
        return d.map(x -> x.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
