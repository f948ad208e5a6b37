package org.vigil.lists.format.un;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.SecureXml;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.SourceIds;

/**
 * Reads the UN Security Council consolidated list XML (format {@code un-xml}, default source {@code un-sc}):
 * {@code <CONSOLIDATED_LIST dateGenerated=..>} with {@code <INDIVIDUALS>} of {@code <INDIVIDUAL>} (persons) and
 * {@code <ENTITIES>} of {@code <ENTITY>} (organizations). Record ids are the permanent reference numbers
 * ({@code un-sc:QDi.263}); {@code dateGenerated} is the publication time.
 *
 * <p>The file is streamed with {@link SecureXml} (no DTDs, so no external entities or entity expansion); only one
 * record is held at a time. Every element of the schema is mapped (see {@code UnRecordMapper}); an element the
 * parser does not know gives a warning, never silent loss. A file that is not a UN list, is truncated, malformed or
 * not valid in its encoding, or has a record without REFERENCE_NUMBER, fails with a {@link ListFormatException}
 * naming the file, line and column.
 */
public final class UnXmlParser implements ListParser {

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        SourceIds.require(source);
        return SecureXml.read(input, "the UN consolidated list XML", (r, file) -> read(r, file, source));
    }

    private static ParsedList read(XMLStreamReader r, String file, String source)
            throws XMLStreamException, ListFormatException {
        Warnings warnings = new Warnings();
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: XML declaration, comments
        }
        if (!r.isStartElement()) {
            throw new ListFormatException(file, "the file contains no XML element");
        }
        if (!UnSchema.ROOT.equals(r.getLocalName())) {
            throw new ListFormatException(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(),
                    "the root element is <" + r.getLocalName() + ">, expected <" + UnSchema.ROOT + ">: this is not a UN"
                            + " Security Council consolidated list XML file");
        }
        Optional<Instant> published = published(r.getAttributeValue(null, "dateGenerated"), file,
                r.getLocation().getLineNumber(), warnings);
        UnRecordMapper mapper = new UnRecordMapper(file, source, warnings);
        List<Entity> entities = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int sections = 0;
        String section = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                section = null; // the end of INDIVIDUALS / ENTITIES (or of the root)
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if (section == null && (n.equals(UnSchema.INDIVIDUALS) || n.equals(UnSchema.ENTITIES))) {
                    section = n;
                    sections++;
                    continue;
                }
                XmlElement e = XmlElement.read(r, file);
                String parent = section == null ? UnSchema.ROOT : section;
                if (!UnSchema.isKnown(parent, n)) {
                    warnings.add(file, e.line(), "unknown element <" + n + "> in <" + parent + "> ignored");
                    continue;
                }
                Entity entity = map(mapper, e, file);
                Long first = seen.putIfAbsent(entity.id().sourceId(), e.line());
                if (first != null) {
                    warnings.add(file, e.line(), "REFERENCE_NUMBER " + entity.id().sourceId()
                            + " was already used by the record on line " + first + "; this second record is skipped");
                } else {
                    entities.add(entity);
                }
            }
        }
        if (sections == 0) {
            throw new ListFormatException(file, "<" + UnSchema.ROOT + "> has neither <" + UnSchema.INDIVIDUALS
                    + "> nor <" + UnSchema.ENTITIES + ">: no records to read");
        }
        return new ParsedList(source, ListFormat.UN_XML, published, entities, warnings.list());
    }

    private static Entity map(UnRecordMapper mapper, XmlElement record, String file) throws ListFormatException {
        try {
            return mapper.map(record);
        } catch (IllegalArgumentException e) {
            // the model rejected a value the mapper let through: report the record, never a bare exception
            throw new ListFormatException(file, record.line(), record.column(), "<" + record.name() + "> record "
                    + record.value(UnSchema.REFERENCE_NUMBER) + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The root's dateGenerated, e.g. {@code 2026-02-27T00:00:09.554Z} or {@code 2018-10-29T19:09:49.856-04:00}. */
    private static Optional<Instant> published(String value, String file, long line, Warnings warnings) {
        if (value == null || value.isBlank()) {
            warnings.add(file, line, "<" + UnSchema.ROOT + "> has no dateGenerated attribute; the publication date"
                    + " is unknown");
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeException e) {
            // try the shorter forms below
        }
        try {
            return Optional.of(Instant.parse(v));
        } catch (DateTimeException e) {
            // try a plain date
        }
        Optional<LocalDate> day = UnDates.day(v);
        if (day.isPresent()) {
            return Optional.of(day.get().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        warnings.add(file, line, "dateGenerated '" + v + "' is not a date-time; publication date unknown");
        return Optional.empty();
    }
}
