package org.vigil.lists.format.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.testing.TestData;

/**
 * Broken, hostile and wrong input: each must fail with a {@link ListFormatException} that names the file, the
 * position where known and a plain reason, never with a raw exception or a partial list.
 */
class UnXmlParserBadInputTest {
    private static final Path REAL = TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml");

    @TempDir
    Path dir;

    private static ListFormatException parseFails(Path file) {
        return parseFails(ListInput.of(file));
    }

    private static ListFormatException parseFails(ListInput input) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new UnXmlParser().parse(input, "un-sc"));
        assertThat(t).isInstanceOf(ListFormatException.class);
        return (ListFormatException) t;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static long linesIn(byte[] bytes, int length) {
        long n = 1;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    @Test
    void truncatedRealFile() throws Exception {
        byte[] all = Files.readAllBytes(REAL);
        int cut = all.length / 2;
        while ((all[cut] & 0xC0) == 0x80) {
            cut--; // cut between characters, so the failure is the truncation, not a broken UTF-8 sequence
        }
        Path file = write("truncated.xml", Arrays.copyOf(all, cut));
        ListFormatException e = parseFails(file);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(linesIn(all, cut)); // the last line of what is left
        assertThat(e.column()).isPositive();
        assertThat(e.reason()).startsWith("the file ends before the XML document is complete (truncated download?)");
        assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ":" + e.column() + ": the file ends before");
    }

    @Test
    void realFileCutAfterARecordIsStillTruncated() throws Exception {
        byte[] all = Files.readAllBytes(REAL);
        String text = new String(all, StandardCharsets.UTF_8);
        int end = text.indexOf("</INDIVIDUAL>", text.length() / 2) + "</INDIVIDUAL>".length();
        Path file = write("cut-after-record.xml", text.substring(0, end));
        ListFormatException e = parseFails(file);
        assertThat(e.reason()).contains("truncated");
        assertThat(e.line()).isEqualTo(text.substring(0, end).lines().count());
    }

    @Test
    void malformedXml() throws Exception {
        Path file = write("malformed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
                  <INDIVIDUALS>
                    <INDIVIDUAL>
                      <FIRST_NAME>HAFIZ</SECOND_NAME>
                      <REFERENCE_NUMBER>QDi.263</REFERENCE_NUMBER>
                    </INDIVIDUAL>
                  </INDIVIDUALS>
                </CONSOLIDATED_LIST>
                """);
        ListFormatException e = parseFails(file);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isPositive();
        assertThat(e.reason()).startsWith("malformed XML: ").contains("FIRST_NAME");
    }

    @Test
    void latin1ByteInTheUtf8RealFile() throws Exception {
        byte[] all = Files.readAllBytes(REAL);
        int at = -1;
        for (int i = 0; i + 1 < all.length; i++) {
            if ((all[i] & 0xFF) == 0xC3 && (all[i + 1] & 0xFF) == 0xA9) { // "é" in UTF-8
                at = i;
                break;
            }
        }
        assertThat(at).as("the real file has an é").isPositive();
        byte[] bad = new byte[all.length - 1];
        System.arraycopy(all, 0, bad, 0, at);
        bad[at] = (byte) 0xE9; // "é" in ISO-8859-1, as if one line had been re-saved in Latin-1
        System.arraycopy(all, at + 2, bad, at + 1, all.length - at - 2);
        Path file = write("latin1.xml", bad);
        ListFormatException e = parseFails(file);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(linesIn(all, at));
        assertThat(e.reason()).startsWith("the file is not valid in its declared encoding").contains("UTF-8");
    }

    @Test
    void emptyFile() throws Exception {
        Path file = write("empty.xml", new byte[0]);
        ListFormatException e = parseFails(file);
        assertThat(e.getMessage()).isEqualTo(file + ": file is empty");
    }

    @Test
    void oversizedFile() throws Exception {
        ListFormatException e = parseFails(ListInput.of(REAL).withMaxBytes(1_000_000));
        assertThat(e.file()).isEqualTo(REAL.toString());
        assertThat(e.reason()).startsWith("file is " + Files.size(REAL) + " bytes, over the limit of 1000000 bytes");
    }

    @Test
    void externalEntityIsRejectedWithoutReadingIt() {
        Path file = TestData.fixture("bad/un-xml/xxe.xml");
        ListFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseFails(file));
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed")
                .contains("DOCTYPE");
        assertThat(e.getMessage()).doesNotContain("root:").doesNotContain("/bin/");
    }

    @Test
    void billionLaughsIsRejectedWithoutExpansion() {
        Path file = TestData.fixture("bad/un-xml/billion-laughs.xml");
        ListFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseFails(file));
        assertThat(e.line()).isEqualTo(13); // the end of the DOCTYPE, before any entity is used
        assertThat(e.reason()).startsWith("XML document type declarations and entities are not allowed");
        assertThat(e.getMessage()).doesNotContain("lollol");
    }

    @Test
    void recordWithoutReferenceNumber() {
        Path file = TestData.fixture("bad/un-xml/no-reference-number.xml");
        ListFormatException e = parseFails(file);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(12); // the second <INDIVIDUAL>
        assertThat(e.column()).isPositive();
        assertThat(e.reason()).isEqualTo("<INDIVIDUAL> record with DATAID 2832887 has no REFERENCE_NUMBER (the UN"
                + " permanent reference number, e.g. QDi.263), which every record needs");
    }

    @Test
    void euFileIsNotAUnList() {
        Path file = TestData.fixture("bad/un-xml/eu-root.xml");
        ListFormatException e = parseFails(file);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("the root element is <export>, expected <CONSOLIDATED_LIST>: this is not a"
                + " UN Security Council consolidated list XML file");
    }

    @Test
    void randomXmlIsNotAUnList() throws Exception {
        Path file = write("pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- a Maven file -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>
                """);
        ListFormatException e = parseFails(file);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("the root element is <project>, expected <CONSOLIDATED_LIST>");
    }

    @Test
    void csvOrJsonIsNotXml() throws Exception {
        Path csv = write("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\n");
        ListFormatException e = parseFails(csv);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.reason()).startsWith("malformed XML: Content is not allowed in prolog");
    }

    @Test
    void rootWithoutSections() throws Exception {
        Path file = write("no-sections.xml", "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\"/>");
        ListFormatException e = parseFails(file);
        assertThat(e.getMessage()).isEqualTo(file + ": <CONSOLIDATED_LIST> has neither <INDIVIDUALS> nor"
                + " <ENTITIES>: no records to read");
    }

    @Test
    void recordWithoutAnyName() throws Exception {
        Path file = write("no-name.xml", """
                <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
                  <INDIVIDUALS>
                    <INDIVIDUAL><FIRST_NAME> </FIRST_NAME><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER></INDIVIDUAL>
                  </INDIVIDUALS>
                </CONSOLIDATED_LIST>
                """);
        ListFormatException e = parseFails(file);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("record QDi.999 has no name: FIRST_NAME, SECOND_NAME, THIRD_NAME and"
                + " FOURTH_NAME are all missing or empty");
    }

    @Test
    void absurdNestingInsideARecord() throws Exception {
        String deep = "<X>".repeat(50) + "</X>".repeat(50);
        Path file = write("deep.xml", "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>" + deep
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        ListFormatException e = parseFails(file);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).startsWith("elements are nested more than 8 levels deep inside a record");
    }

    @Test
    void twoFilesAreNotOneUnList() {
        Path other = TestData.unBundled();
        assertThatThrownBy(() -> new UnXmlParser().parse(ListInput.of(REAL, other), "un-sc"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("the UN consolidated list XML is one file, but 2 files were given");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.xml");
        ListFormatException e = parseFails(missing);
        assertThat(e.getMessage()).isEqualTo(missing + ": file not found");
    }
}
