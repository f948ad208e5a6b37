package org.vigil.lists.format.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Text;

/**
 * One element of a UN record, read from the stream with its children. Only one record ({@code <INDIVIDUAL>} or
 * {@code <ENTITY>}, a few kilobytes) is held at a time: the file as a whole is streamed.
 *
 * @param text the element's own character data (not its children's), as written
 */
record XmlElement(String name, long line, long column, String text, List<XmlElement> children) {

    /** Records are three levels deep (INDIVIDUAL/NATIONALITY/VALUE); anything far deeper is not a UN list. */
    static final int MAX_DEPTH = 8;

    XmlElement {
        children = List.copyOf(children);
    }

    /**
     * Reads the element the reader is positioned on (a START_ELEMENT) up to and including its END_ELEMENT.
     */
    static XmlElement read(XMLStreamReader r, String file) throws XMLStreamException, ListFormatException {
        return read(r, file, 1);
    }

    private static XmlElement read(XMLStreamReader r, String file, int depth)
            throws XMLStreamException, ListFormatException {
        String name = r.getLocalName();
        long line = r.getLocation().getLineNumber();
        long column = r.getLocation().getColumnNumber();
        if (depth > MAX_DEPTH) {
            throw new ListFormatException(file, line, column, "elements are nested more than " + MAX_DEPTH
                    + " levels deep inside a record (<" + name + ">): this is not a UN consolidated list record");
        }
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(r, file, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(name, line, column, text.toString(), children);
                }
                default -> {
                    // comments and processing instructions carry no list data
                }
            }
        }
    }

    /** The element's own text, whitespace cleaned ("" if none). */
    String value() {
        return Text.clean(text);
    }

    /** The cleaned text of the first child called {@code childName}, or "". */
    String value(String childName) {
        return first(childName).map(XmlElement::value).orElse("");
    }

    Optional<XmlElement> first(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    List<XmlElement> all(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The values of a list element such as {@code <NATIONALITY><VALUE>..</VALUE></NATIONALITY>}: the cleaned text
     * of its VALUE children, or its own text if the source wrote the value directly. Blank values are left out.
     */
    List<String> values() {
        List<String> out = new ArrayList<>();
        String own = value();
        if (!own.isEmpty()) {
            out.add(own);
        }
        for (XmlElement v : all(UnSchema.VALUE)) {
            if (!v.value().isEmpty()) {
                out.add(v.value());
            }
        }
        return out;
    }
}
