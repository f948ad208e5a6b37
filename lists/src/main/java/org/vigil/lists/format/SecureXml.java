package org.vigil.lists.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers for untrusted list files: no DTDs, so no external entities (XXE) and no entity expansion
 * ("billion laughs"); a document type declaration is rejected outright.
 */
public final class SecureXml {
    private static final XMLInputFactory FACTORY = create();
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern ENTITY = Pattern.compile("\\bentit(?:y|ies)\\b");

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

    /** Reads a whole XML list from a reader positioned before the root element. */
    @FunctionalInterface
    public interface Body {
        ParsedList read(XMLStreamReader r, String file) throws XMLStreamException, ListFormatException;
    }

    /**
     * Reads a one-file XML list: opens it through {@code input} (empty and size checks), with a secure reader, and
     * turns every StAX failure into a {@link ListFormatException} naming the file and position.
     *
     * @param formatName how the format is called in the error when several files are given
     */
    public static ParsedList read(ListInput input, String formatName, Body body)
            throws IOException, ListFormatException {
        Path path = input.single(formatName);
        String file = path.toString();
        try (InputStream in = input.open(path)) {
            XMLStreamReader r = reader(in);
            try {
                return body.read(r, file);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    /**
     * A reader over {@code in}; the encoding comes from the XML declaration (UTF-8 by default). A document type
     * declaration fails the read with an {@link XMLStreamException} at its position, even one that declares no
     * entity (the JDK parser would otherwise skip it silently).
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return new NoDoctype(FACTORY.createXMLStreamReader(in));
    }

    /** Fails on a DOCTYPE event instead of passing it on. */
    private static final class NoDoctype extends StreamReaderDelegate {
        NoDoctype(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a DOCTYPE declaration (ending here) is not allowed", getLocation());
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected an element, found event " + event, getLocation());
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
        // element and attribute names are quoted in the parser's messages; an element called "ENTITY" or
        // "sanctionEntity" must not make a syntax error look like an entity attack
        String unquoted = QUOTED.matcher(lower).replaceAll("\"\"");
        String reason;
        if (lower.contains("must start and end within the same entity") || lower.contains("end of file")
                || lower.contains("unexpected eof") || lower.contains("premature")) {
            reason = "the file ends before the XML document is complete (truncated download?): " + msg;
        } else if (unquoted.contains("doctype") || unquoted.contains("dtd") || ENTITY.matcher(unquoted).find()) {
            reason = "XML document type declarations and entities are not allowed in list files (protects against "
                    + "external-entity and entity-expansion attacks): " + msg;
        } else if (lower.contains("byte") && lower.contains("utf-8") || lower.contains("invalid byte")
                || lower.contains("malformed")) {
            reason = "the file is not valid in its declared encoding (" + msg + "); is it re-saved in another encoding?";
        } else {
            reason = "malformed XML: " + msg;
        }
        return new ListFormatException(file, line, col, reason, e);
    }
}
