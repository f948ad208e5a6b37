package org.vigil.lists.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** How {@link SecureXml} rejects DOCTYPEs and words the common parse failures. */
class SecureXmlTest {

    static ListFormatException error(String xml) {
        try {
            XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            while (r.hasNext()) {
                r.next();
            }
        } catch (XMLStreamException e) {
            return SecureXml.error("f.xml", e);
        }
        throw new AssertionError("no error for: " + xml);
    }

    @Test
    void doctypeWithoutEntitiesIsRejectedWhereItEnds() {
        ListFormatException e = error("<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n]>\n<a/>");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("f.xml:3:").contains("a DOCTYPE declaration (ending here) is not "
                + "allowed").contains("XML document type declarations and entities are not allowed");
    }

    @Test
    void undeclaredEntityIsAnEntityError() {
        assertThat(error("<a>&x;</a>").reason()).startsWith("XML document type declarations and entities are not "
                + "allowed");
    }

    @Test
    void truncationIsNotMistakenForAnEntityAttack() {
        assertThat(error("<a><b>x</b>").reason()).startsWith("the file ends before the XML document is complete");
    }

    @Test
    void elementsNamedEntityInASyntaxErrorAreMalformedXml() {
        assertThat(error("<ENTITY>\n</y>").reason()).startsWith("malformed XML: ");
        assertThat(error("<sanctionEntity logicalId=1/>").reason()).startsWith("malformed XML: ");
    }

    @Test
    void invalidUtf8IsAnEncodingError() throws Exception {
        byte[] bytes = "<a>caf\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1);
        ListFormatException e;
        try {
            XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(bytes));
            while (r.hasNext()) {
                r.next();
            }
            throw new AssertionError("no error");
        } catch (XMLStreamException x) {
            e = SecureXml.error("f.xml", x);
        }
        assertThat(e.reason()).startsWith("the file is not valid in its declared encoding");
    }

    @Test
    void doctypeDeclaringAnExternalEntityIsRejectedBeforeTheEntityIsUsed() {
        ListFormatException e = error("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "\n<a>harmless</a>");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed")
                .endsWith("a DOCTYPE declaration (ending here) is not allowed");
    }

    @Test
    void externalDtdIsRejected() {
        ListFormatException e = error("<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\">\n<a/>");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).contains("DOCTYPE");
    }

    @Test
    void documentWithoutDoctypeReadsNormally() throws Exception {
        XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(
                "<?xml version=\"1.0\"?><!-- c --><a>x &amp; y</a>".getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.CHARACTERS) {
                text.append(r.getText());
            }
        }
        assertThat(text).hasToString("x & y");
    }

    @Test
    void truncationNamesTheLastLine() {
        ListFormatException e = error("<a>\n<b>x</b>\n<c>y");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("the file ends before the XML document is complete (truncated download?)");
    }

    @Test
    void badEntityReferenceIsNotTakenForTruncation() {
        assertThat(error("<a>x &amp y</a>").reason())
                .startsWith("XML document type declarations and entities are not allowed");
    }

    @Test
    void nextTagSkipsWhitespaceAndComments() throws Exception {
        XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(
                "<a>\n  <!-- c -->\n  <b/></a>".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.nextTag()).isEqualTo(XMLStreamReader.START_ELEMENT);
        assertThat(r.getLocalName()).isEqualTo("a");
        assertThat(r.nextTag()).isEqualTo(XMLStreamReader.START_ELEMENT);
        assertThat(r.getLocalName()).isEqualTo("b");
    }
}
