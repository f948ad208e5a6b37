package org.vigil.lists.format.eu;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
 * The EU Financial Sanctions Files full list XML ({@code xmlFullSanctionsList_1_1}): root {@code export} (namespace
 * {@code http://eu.europa.ec/fpi/fsd/export}; matched by local name) whose {@code generationDate} is the publication
 * time; each {@code sanctionEntity} becomes one entity with id {@code source:logicalId}. Remarks that cite another
 * listing by UN reference number become links; {@code ListVersion} resolves them to the listing carrying that
 * {@code unitedNationId}. Streams the file with StAX.
 */
public final class EuXmlParser implements ListParser {
    private static final String ROOT = "export";

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        SourceIds.require(source);
        return SecureXml.read(input, "EU sanctions XML", (r, file) -> read(r, file, source));
    }

    private ParsedList read(XMLStreamReader r, String file, String source)
            throws XMLStreamException, ListFormatException {
        Warnings warnings = new Warnings();
        XmlElements.requireRoot(r, file, ROOT, "the EU sanctions XML");
        Optional<Instant> published = generationDate(file, XmlElements.line(r),
                XmlElements.attribute(r, "generationDate"), warnings);
        EuXmlRecordReader records = new EuXmlRecordReader(file, warnings);
        EuXmlRecordMapper mapper = new EuXmlRecordMapper(file, source, warnings);
        List<Entity> entities = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        XmlElements.children(r, name -> {
            if (name.equals("sanctionEntity")) {
                EuXmlRecord rec = records.read(r);
                checkId(file, rec, seen);
                entities.add(mapper.map(rec));
            } else {
                warnings.add(file, XmlElements.line(r), "element <" + name + "> inside <" + ROOT
                        + "> is not part of the EU sanctions XML format; ignored");
                XmlElements.skip(r);
            }
        });
        XmlElements.toEnd(r);
        return new ParsedList(source, ListFormat.EU_XML, published, entities, warnings.list());
    }

    private static void checkId(String file, EuXmlRecord rec, Map<String, Long> seen) throws ListFormatException {
        String id = rec.attr("logicalId");
        if (id.isEmpty()) {
            throw new ListFormatException(file, rec.line(), "sanctionEntity without a logicalId attribute: every "
                    + "listing needs its logicalId (the record id)");
        }
        if (!id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ListFormatException(file, rec.line(), "sanctionEntity logicalId '" + id + "' is not a number");
        }
        Long first = seen.putIfAbsent(id, rec.line());
        if (first != null) {
            throw new ListFormatException(file, rec.line(), "logicalId " + id + " appears twice (first at line "
                    + first + "); the file is inconsistent");
        }
    }

    private static Optional<Instant> generationDate(String file, long line, String text, Warnings warnings) {
        if (text.isEmpty()) {
            warnings.add(file, line, "<export> has no generationDate: the publication date is unknown");
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e2) {
                warnings.add(file, line, "generationDate '" + text + "' is not an ISO date-time: the publication "
                        + "date is unknown");
                return Optional.empty();
            }
        }
    }
}
