package org.vigil.lists.format;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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

    /** A reader over {@code in}; the encoding comes from the XML declaration (UTF-8 by default). */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
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
        if (lower.contains("doctype") || lower.contains("dtd") || lower.contains("entity")) {
            reason = "XML document type declarations and entities are not allowed in list files (protects against "
                    + "external-entity and entity-expansion attacks): " + msg;
        } else if (lower.contains("byte") && lower.contains("utf-8") || lower.contains("invalid byte")
                || lower.contains("malformed")) {
            reason = "the file is not valid in its declared encoding (" + msg + "); is it re-saved in another encoding?";
        } else if (lower.contains("end of file") || lower.contains("unexpected eof")
                || lower.contains("must end") || lower.contains("premature")) {
            reason = "the file ends before the XML document is complete (truncated download?): " + msg;
        } else {
            reason = "malformed XML: " + msg;
        }
        return new ListFormatException(file, line, col, reason, e);
    }
}
