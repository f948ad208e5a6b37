package org.vigil.lists.format;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers for untrusted list files: no DTDs, so no external entities (XXE) and no entity expansion
 * ("billion laughs"); a document type declaration is rejected outright.
 */
public final class SecureXml {
    private static final XMLInputFactory FACTORY = create();

    private SecureXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external reference not allowed: " + systemId);
        });
        return f;
    }

    /**
     * A reader over {@code in}; the encoding comes from the XML declaration (UTF-8 by default). A document type
     * declaration fails with an {@link XMLStreamException} at its position: the JDK reader does not expand entities
     * with DTD support off, but it would still report the DOCTYPE as an event and go on.
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return new NoDtdReader(FACTORY.createXMLStreamReader(in));
    }

    /** Turns a DTD event into an error, so no caller can forget to check for one. */
    private static final class NoDtdReader extends StreamReaderDelegate {
        NoDtdReader(XMLStreamReader r) {
            super(r);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == DTD) {
                throw new XMLStreamException("a DOCTYPE (document type declaration) is not allowed", getLocation());
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == SPACE || event == COMMENT || event == PROCESSING_INSTRUCTION
                    || (event == CHARACTERS || event == CDATA) && isWhiteSpace()) {
                event = next();
            }
            if (event != START_ELEMENT && event != END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }
    }

    /**
     * Converts a StAX failure into a {@link ListFormatException} naming the file and the line/column, with a plain
     * explanation for the common cases (a DOCTYPE, truncation, a byte that is not valid in the declared encoding).
     */
    public static ListFormatException error(String file, XMLStreamException e) {
        Location loc = e.getLocation();
        long line = loc == null ? -1 : loc.getLineNumber();
        long col = loc == null ? -1 : loc.getColumnNumber();
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int idx = msg.indexOf("Message: ");
        if (idx >= 0) {
            msg = msg.substring(idx + "Message: ".length());
        }
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        String reason;
        String truncated = "the file ends before the XML document is complete (truncated download?): " + msg;
        if (lower.contains("must start and end within the same entity") || lower.contains("end of file")
                || lower.contains("unexpected eof") || lower.contains("premature")) {
            // checked first: the JDK's truncation message ("... within the same entity") mentions an entity
            reason = truncated;
        } else if (lower.contains("doctype") || lower.contains("dtd") || lower.contains("entity")) {
            reason = "XML document type declarations and entities are not allowed in list files (protects against "
                    + "external-entity and entity-expansion attacks): " + msg;
        } else if (lower.contains("byte") && lower.contains("utf-8") || lower.contains("invalid byte")
                || lower.contains("malformed")) {
            reason = "the file is not valid in its declared encoding (" + msg + "); is it re-saved in another encoding?";
        } else if (lower.contains("must end")) {
            reason = truncated;
        } else {
            reason = "malformed XML: " + msg;
        }
        return new ListFormatException(file, line, col, reason, e);
    }
}
