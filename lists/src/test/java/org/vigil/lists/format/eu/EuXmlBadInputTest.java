package org.vigil.lists.format.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.testing.TestData;

/** Broken, hostile and wrong files given to the EU XML parser: each fails with file, position and reason. */
class EuXmlBadInputTest {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<export xmlns=\""
            + EuXmlParserTest.NS + "\" generationDate=\"2026-01-05T10:00:00.000+01:00\">\n";

    @TempDir
    Path dir;

    ListFormatException fail(Path file) {
        ListFormatException e = catchThrowableOfType(ListFormatException.class,
                () -> new EuXmlParser().parse(ListInput.of(file), "eu-fsf"));
        assertThat(e).as("parsing %s must fail", file).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file.toString());
        return e;
    }

    Path write(String content) throws Exception {
        Path p = dir.resolve("eu.xml");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] all = Files.readAllBytes(EuXmlParserTest.FIXTURE);
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.indexOf("logicalId=\"4913\"");
        Path p = dir.resolve("eu.xml");
        Files.write(p, Arrays.copyOf(all, text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length));
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(text.substring(0, cut).lines().count());
        assertThat(e.reason()).startsWith("the file ends before the XML document is complete (truncated download?)");
    }

    @Test
    void fileCutAfterACompleteEntityIsStillTruncated() throws Exception {
        String text = Files.readString(EuXmlParserTest.FIXTURE, StandardCharsets.UTF_8);
        int cut = text.lastIndexOf("</sanctionEntity>") + "</sanctionEntity>\n".length();
        ListFormatException e = fail(write(text.substring(0, cut)));
        assertThat(e.reason()).startsWith("the file ends before the XML document is complete");
    }

    @Test
    void malformedXml() throws Exception {
        ListFormatException e = fail(write(HEAD + "<sanctionEntity logicalId=\"1\">\n<nameAlias wholeName=\"A\" "
                + "strong=\"true\">\n</sanctionEntity>\n</export>\n"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).startsWith("malformed XML: ").contains("nameAlias");
    }

    @Test
    void unquotedAttributeIsMalformed() throws Exception {
        ListFormatException e = fail(write(HEAD + "<sanctionEntity logicalId=1>\n</sanctionEntity>\n</export>\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("malformed XML: ");
    }

    @Test
    void wrongRootElement() {
        ListFormatException e = fail(OfacFixture.PATH);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("root element is <sdnList>, but the EU sanctions XML starts with <export>; "
                + "is this the right file or --format?");
    }

    @Test
    void unListIsRejectedAsWrongRoot() {
        assertThat(fail(TestData.unBundled()).reason()).startsWith("root element is <CONSOLIDATED_LIST>");
    }

    @Test
    void externalEntityIsRejectedAndNothingIsRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-43");
        ListFormatException e = fail(write("<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]>\n<export><sanctionEntity logicalId=\"1\"><remark>&s;</remark>"
                + "</sanctionEntity></export>\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-43");
    }

    @Test
    void externalEntityFixture() {
        ListFormatException e = fail(TestData.fixture("bad/eu-xml/xxe.xml"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
    }

    @Test
    void billionLaughsFixture() {
        ListFormatException e = fail(TestData.fixture("bad/eu-xml/billion-laughs.xml"));
        assertThat(e.line()).isEqualTo(13);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
        assertThat(e.getMessage()).doesNotContain("lollollol");
    }

    @Test
    void undeclaredEntityWithoutDoctypeIsRejected() throws Exception {
        ListFormatException e = fail(write(HEAD + "<sanctionEntity logicalId=\"1\"><remark>&xxe;</remark>"
                + "</sanctionEntity>\n</export>\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
    }

    @Test
    void wrongEncoding() throws Exception {
        Path p = dir.resolve("eu.xml");
        Files.write(p, (HEAD + "<sanctionEntity logicalId=\"1\">\n<nameAlias wholeName=\"J\u00fcrgen M\u00fcller\" "
                + "strong=\"true\"/>\n</sanctionEntity>\n</export>\n").getBytes(StandardCharsets.ISO_8859_1));
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).startsWith("the file is not valid in its declared encoding");
    }

    @Test
    void emptyFile() throws Exception {
        ListFormatException e = fail(write(""));
        assertThat(e.reason()).isEqualTo("file is empty");
    }

    @Test
    void whitespaceOnlyFileHasNoDocument() throws Exception {
        ListFormatException e = fail(write("\n\n   \n"));
        assertThat(e.reason()).contains("ends before the XML document is complete");
    }

    @Test
    void oversizedFile() {
        assertThatThrownBy(() -> new EuXmlParser().parse(ListInput.of(EuXmlParserTest.FIXTURE).withMaxBytes(4096),
                "eu-fsf"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(EuXmlParserTest.FIXTURE + ": file is ")
                .hasMessageContaining("over the limit of 4096 bytes");
    }

    @Test
    void missingLogicalId() throws Exception {
        ListFormatException e = fail(write(HEAD + "<sanctionEntity euReferenceNumber=\"EU.1.1\">\n"
                + "<nameAlias wholeName=\"A\" strong=\"true\"/>\n</sanctionEntity>\n</export>\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("sanctionEntity without a logicalId attribute: every listing needs its "
                + "logicalId (the record id)");
    }

    @Test
    void nonNumericLogicalId() throws Exception {
        ListFormatException e = fail(write(HEAD + "<sanctionEntity logicalId=\"x1\">\n"
                + "<nameAlias wholeName=\"A\" strong=\"true\"/>\n</sanctionEntity>\n</export>\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("sanctionEntity logicalId 'x1' is not a number");
    }

    @Test
    void duplicateLogicalId() throws Exception {
        String entity = "<sanctionEntity logicalId=\"7\"><nameAlias wholeName=\"A\" strong=\"true\"/>"
                + "</sanctionEntity>\n";
        ListFormatException e = fail(write(HEAD + entity + entity + "</export>\n"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).isEqualTo("logicalId 7 appears twice (first at line 3); the file is inconsistent");
    }

    @Test
    void listingWithoutAName() throws Exception {
        ListFormatException e = fail(write(HEAD + "<sanctionEntity logicalId=\"8\">\n"
                + "<nameAlias wholeName=\"\" strong=\"true\"/>\n</sanctionEntity>\n</export>\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("sanctionEntity logicalId 8 has no nameAlias with a name: every listing "
                + "needs one");
    }

    @Test
    void textInsideRemarkWithAnElementIsMalformed() throws Exception {
        ListFormatException e = fail(write(HEAD + "<sanctionEntity logicalId=\"1\">\n<remark>a <b>b</b></remark>\n"
                + "</sanctionEntity>\n</export>\n"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).startsWith("malformed XML: ");
    }

    /** The OFAC XML fixture, used here as a file of the wrong format. */
    static final class OfacFixture {
        static final Path PATH = TestData.fixture("ofac-xml/sdn.xml");
    }
}
