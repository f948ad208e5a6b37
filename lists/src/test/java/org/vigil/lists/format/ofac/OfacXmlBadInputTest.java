package org.vigil.lists.format.ofac;

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

/** Broken, hostile and wrong files given to the OFAC SDN XML parser: each fails with file, position and reason. */
class OfacXmlBadInputTest {
    static final String HEAD = "<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\""
            + OfacXmlParserTest.NEW_NS + "\">\n";

    @TempDir
    Path dir;

    ListFormatException fail(Path file) {
        ListFormatException e = catchThrowableOfType(ListFormatException.class,
                () -> new OfacXmlParser().parse(ListInput.of(file), "us-ofac-sdn"));
        assertThat(e).as("parsing %s must fail", file).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file.toString());
        return e;
    }

    Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void truncatedFileIsReportedAsTruncatedAtItsLastLine() throws Exception {
        byte[] all = Files.readAllBytes(OfacXmlParserTest.FIXTURE);
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.indexOf("<uid>10690</uid>") + "<uid>10690</uid>".length();
        Path p = dir.resolve("sdn.xml");
        Files.write(p, Arrays.copyOf(all, cut));
        ListFormatException e = fail(p);
        long lines = text.substring(0, cut).lines().count();
        assertThat(e.line()).isEqualTo(lines);
        assertThat(e.column()).isPositive();
        assertThat(e.reason()).startsWith("the file ends before the XML document is complete (truncated download?)");
    }

    @Test
    void fileCutInsideATagIsMalformedWithItsPosition() throws Exception {
        Path p = write("sdn.xml", HEAD + "  <sdnEntry>\n    <uid>1</uid>\n    <lastName>X</lastNa");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).contains("lastName");
    }

    @Test
    void mismatchedTagsAreMalformedXml() throws Exception {
        Path p = write("sdn.xml", HEAD + "  <sdnEntry>\n    <uid>1</lastName>\n  </sdnEntry>\n</sdnList>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).startsWith("malformed XML: ").contains("uid");
    }

    @Test
    void wrongRootElementNamesWhatWasFound() throws Exception {
        ListFormatException e = fail(TestData.unBundled());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("root element is <CONSOLIDATED_LIST>, but OFAC SDN XML starts with "
                + "<sdnList>; is this the right file or --format?");
    }

    @Test
    void euFileIsRejectedAsWrongRoot() {
        ListFormatException e = fail(TestData.fixture("eu-xml/xmlFullSanctionsList_1_1.xml"));
        assertThat(e.reason()).startsWith("root element is <export>");
    }

    @Test
    void externalEntityIsRejectedAndNothingIsRead() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-42");
        Path p = write("sdn.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [\n  <!ENTITY s SYSTEM \""
                + secret.toUri() + "\">\n]>\n<sdnList><sdnEntry><uid>1</uid><lastName>&s;</lastName>"
                + "<sdnType>Entity</sdnType></sdnEntry></sdnList>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).as("where the DOCTYPE ends").isEqualTo(4);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed")
                .contains("DOCTYPE");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-42");
    }

    @Test
    void externalEntityFixtureIsRejected() {
        ListFormatException e = fail(TestData.fixture("bad/ofac-xml/xxe.xml"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRejectedWithoutExpansion() {
        long before = System.nanoTime();
        ListFormatException e = fail(TestData.fixture("bad/ofac-xml/billion-laughs.xml"));
        assertThat(e.line()).isEqualTo(13);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
        assertThat(e.getMessage()).doesNotContain("lollollol");
        assertThat(System.nanoTime() - before).as("no expansion: fails at once").isLessThan(5_000_000_000L);
    }

    @Test
    void aDoctypeWithoutEntitiesIsRejectedToo() throws Exception {
        Path p = write("sdn.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList SYSTEM \"http://example.invalid/x.dtd\">"
                + "\n<sdnList/>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed")
                .contains("a DOCTYPE declaration (ending here) is not allowed");
    }

    @Test
    void latin1BytesInAFileDeclaredUtf8AreAnEncodingError() throws Exception {
        Path p = dir.resolve("sdn.xml");
        Files.write(p, (HEAD + "  <sdnEntry>\n    <uid>1</uid>\n    <lastName>CAF\u00c9 NOIR</lastName>\n"
                + "    <sdnType>Entity</sdnType>\n  </sdnEntry>\n</sdnList>\n").getBytes(StandardCharsets.ISO_8859_1));
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).startsWith("the file is not valid in its declared encoding");
    }

    @Test
    void unknownDeclaredEncodingIsAnError() throws Exception {
        Path p = write("sdn.xml", "<?xml version=\"1.0\" encoding=\"X-NO-SUCH-CHARSET\"?>\n<sdnList/>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isPositive();
        assertThat(e.reason()).contains("X-NO-SUCH-CHARSET");
    }

    @Test
    void utf16WithItsDeclarationReadsTheSame(@TempDir Path other) throws Exception {
        String xml = Files.readString(OfacXmlParserTest.FIXTURE, StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\" standalone=\"yes\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-16\" standalone=\"yes\"?>");
        Path p = other.resolve("sdn.xml");
        Files.write(p, xml.getBytes(StandardCharsets.UTF_16));
        assertThat(new OfacXmlParser().parse(ListInput.of(p), "us-ofac-sdn").entities())
                .isEqualTo(new OfacXmlParser().parse(ListInput.of(OfacXmlParserTest.FIXTURE), "us-ofac-sdn").entities());
    }

    @Test
    void emptyFile() throws Exception {
        Path p = write("sdn.xml", "");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(-1);
        assertThat(e.reason()).isEqualTo("file is empty");
    }

    @Test
    void declarationOnlyIsTruncated() throws Exception {
        Path p = write("sdn.xml", "<?xml version=\"1.0\" standalone=\"yes\"?>\n");
        ListFormatException e = fail(p);
        assertThat(e.reason()).contains("ends before the XML document is complete");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() {
        long size = OfacXmlParserTest.FIXTURE.toFile().length();
        assertThatThrownBy(() -> new OfacXmlParser().parse(ListInput.of(OfacXmlParserTest.FIXTURE)
                .withMaxBytes(1000), "us-ofac-sdn"))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(OfacXmlParserTest.FIXTURE + ": file is " + size + " bytes, over the limit of 1000 bytes "
                        + "(raise it with --max-file-bytes if the list really is this large)");
    }

    @Test
    void missingUidIsAnErrorAtTheEntry() throws Exception {
        Path p = write("sdn.xml", HEAD + "  <sdnEntry>\n    <lastName>NO UID</lastName>\n"
                + "    <sdnType>Entity</sdnType>\n  </sdnEntry>\n</sdnList>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("sdnEntry without <uid>: every SDN entry needs its uid (the record id)");
    }

    @Test
    void nonNumericUidIsAnError() throws Exception {
        Path p = write("sdn.xml", HEAD + "  <sdnEntry>\n    <uid>12a</uid>\n    <lastName>X</lastName>\n"
                + "  </sdnEntry>\n</sdnList>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("sdnEntry <uid> '12a' is not a number");
    }

    @Test
    void duplicateUidIsAnError() throws Exception {
        String entry = "  <sdnEntry>\n    <uid>7</uid>\n    <lastName>X</lastName>\n    <sdnType>Entity</sdnType>\n"
                + "  </sdnEntry>\n";
        Path p = write("sdn.xml", HEAD + entry + entry + "</sdnList>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.reason()).isEqualTo("uid 7 appears twice (first at line 3); the file is inconsistent");
    }

    @Test
    void entryWithoutAnyNameIsAnError() throws Exception {
        Path p = write("sdn.xml", HEAD + "  <sdnEntry>\n    <uid>5</uid>\n    <sdnType>Entity</sdnType>\n"
                + "  </sdnEntry>\n</sdnList>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("sdnEntry uid 5 has no <lastName>: every SDN entry must have a name");
    }

    @Test
    void anElementInsideATextElementIsMalformed() throws Exception {
        Path p = write("sdn.xml", HEAD + "  <sdnEntry>\n    <uid><b>1</b></uid>\n  </sdnEntry>\n</sdnList>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).startsWith("malformed XML: ");
    }

    @Test
    void garbageAfterTheRootElementIsReported() throws Exception {
        Path p = write("sdn.xml", HEAD + "</sdnList>\n<sdnList/>\n");
        ListFormatException e = fail(p);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).startsWith("malformed XML: ");
    }

    @Test
    void twoFilesAreRefused() throws Exception {
        Path a = write("a.xml", HEAD + "</sdnList>\n");
        Path b = write("b.xml", HEAD + "</sdnList>\n");
        assertThatThrownBy(() -> new OfacXmlParser().parse(ListInput.of(a, b), "us-ofac-sdn"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageEndingWith("OFAC SDN XML is one file, but 2 files were given");
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("absent.xml");
        ListFormatException e = fail(p);
        assertThat(e.reason()).isEqualTo("file not found");
    }
}
