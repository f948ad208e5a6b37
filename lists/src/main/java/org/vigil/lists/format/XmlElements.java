package org.vigil.lists.format;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.lists.model.Text;

/**
 * Small StAX steps shared by the XML list parsers. Every method starts on a {@code START_ELEMENT} and leaves the
 * reader on the matching {@code END_ELEMENT}, so a parser can walk a record element by element without building a
 * tree. Names are matched by local name: publishers have changed namespaces without changing the structure.
 */
public final class XmlElements {
    private XmlElements() {
    }

    /** Handles one child element; must leave the reader on that child's {@code END_ELEMENT}. */
    @FunctionalInterface
    public interface ChildHandler {
        void child(String localName) throws XMLStreamException, ListFormatException;
    }

    /** Calls {@code handler} for each child element of the current element, in document order. */
    public static void children(XMLStreamReader r, ChildHandler handler)
            throws XMLStreamException, ListFormatException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                handler.child(r.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /** The text content of a text-only element, whitespace cleaned ("" when empty). */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        return Text.clean(r.getElementText());
    }

    /** Skips the current element and everything inside it. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The value of the attribute with this local name (any namespace), whitespace cleaned; "" when absent. */
    public static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                return Text.clean(r.getAttributeValue(i));
            }
        }
        return "";
    }

    /** The current 1-based line, or -1 when the reader does not know it. */
    public static long line(XMLStreamReader r) {
        return r.getLocation() == null ? -1 : r.getLocation().getLineNumber();
    }

    /** The current 1-based column, or -1 when the reader does not know it. */
    public static long column(XMLStreamReader r) {
        return r.getLocation() == null ? -1 : r.getLocation().getColumnNumber();
    }

    /**
     * Moves to the document's root element; fails if the document has none. A DOCTYPE before it is rejected by
     * {@link SecureXml#reader}.
     */
    public static void toRoot(XMLStreamReader r, String file) throws XMLStreamException, ListFormatException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new ListFormatException(file, line(r), column(r), "the file contains no XML element");
    }

    /** Reads to the end of the document, so that anything malformed after the root element is still reported. */
    public static void toEnd(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            r.next();
        }
    }

    /**
     * Moves to the root element and checks its local name, failing with a message that names the format otherwise
     * (an EU file given as OFAC XML, an HTML error page saved as a list).
     */
    public static void requireRoot(XMLStreamReader r, String file, String root, String formatName)
            throws XMLStreamException, ListFormatException {
        toRoot(r, file);
        if (!root.equals(r.getLocalName())) {
            throw new ListFormatException(file, line(r), column(r), "root element is <" + r.getLocalName()
                    + ">, but " + formatName + " starts with <" + root + ">; is this the right file or --format?");
        }
    }
}
