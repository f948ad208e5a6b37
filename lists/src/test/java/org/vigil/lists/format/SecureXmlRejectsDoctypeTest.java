package org.vigil.lists.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** {@link SecureXml}: a DOCTYPE is an error even when no entity is used; errors are explained plainly. */
class SecureXmlRejectsDoctypeTest {

    private static void readAll(String xml) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        while (r.hasNext()) {
            r.next();
        }
    }

    private static ListFormatException error(String xml) {
        XMLStreamException e = catchThrowableOfType(XMLStreamException.class, () -> readAll(xml));
        assertThat(e).isNotNull();
        return SecureXml.error("f.xml", e);
    }

    @Test
    void doctypeWithoutEntityUseIsRejected() {
        ListFormatException e = error("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "\n<a>harmless</a>");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed")
                .endsWith("a DOCTYPE (document type declaration) is not allowed");
    }

    @Test
    void externalDtdIsRejected() {
        ListFormatException e = error("<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\">\n<a/>");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).contains("DOCTYPE");
    }

    @Test
    void documentWithoutDoctypeReadsNormally() throws Exception {
        readAll("<?xml version=\"1.0\"?><!-- c --><a>x &amp; y</a>");
    }

    @Test
    void truncationIsExplainedAsTruncation() {
        ListFormatException e = error("<a>\n<b>x</b>\n<c>y");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("the file ends before the XML document is complete (truncated download?)");
    }

    @Test
    void badEntityReferenceIsNotTakenForTruncation() {
        ListFormatException e = error("<a>x &amp y</a>");
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
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
