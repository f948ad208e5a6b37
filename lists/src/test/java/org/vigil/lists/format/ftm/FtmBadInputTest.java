package org.vigil.lists.format.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.testing.TestData;

/** Broken FtM files, made from the real fixture in a temporary folder: each fails with file, line and reason. */
class FtmBadInputTest {
    private static final Path FIXTURE = TestData.fixture("ftm/entities.ftm.json");

    @TempDir
    Path dir;

    private static List<String> fixtureLines() throws Exception {
        return Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("entities.ftm.json");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static ListFormatException fail(Path f) {
        return fail(new FtmJsonParser(), ListInput.of(f));
    }

    private static ListFormatException fail(FtmJsonParser parser, ListInput input) {
        ListFormatException e = catchThrowableOfType(ListFormatException.class,
                () -> parser.parse(input, "opensanctions"));
        assertThat(e).as("expected a ListFormatException").isNotNull();
        return e;
    }

    @Test
    void aLineCutInTheMiddleIsReportedAsTruncatedOnItsLine() throws Exception {
        List<String> lines = fixtureLines();
        String cut = lines.get(1).substring(0, 300);
        Path f = write(lines.get(0) + "\n" + cut + "\n" + lines.get(2) + "\n");
        ListFormatException e = fail(f);
        assertThat(e.file()).isEqualTo(f.toString());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).startsWith("the line ends before its JSON object is complete (truncated line or"
                + " file?)");
        assertThat(e.getMessage()).startsWith(f + ":2:");
    }

    @Test
    void aTruncatedLastLineWithoutLineBreak() throws Exception {
        List<String> lines = fixtureLines();
        Path f = write(lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 120));
        ListFormatException e = fail(f);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("truncated");
    }

    @Test
    void linesThatAreNotObjects() throws Exception {
        String first = fixtureLines().get(0);
        ListFormatException array = fail(write(first + "\n[" + first + "]\n"));
        assertThat(array.line()).isEqualTo(2);
        assertThat(array.reason()).isEqualTo("the line is a JSON array, not an object: a JSON lines file has one"
                + " object per line (is this a JSON array file?)");

        ListFormatException text = fail(write(first + "\n\n\"just a string\"\n"));
        assertThat(text.line()).isEqualTo(3);
        assertThat(text.reason()).isEqualTo("the line is not a JSON object (it starts with '\"just a string\"');"
                + " a JSON lines file has one object per line");

        ListFormatException garbage = fail(write("id,name,schema\n"));
        assertThat(garbage.line()).isEqualTo(1);
        assertThat(garbage.reason()).startsWith("malformed JSON: Unrecognized token 'id'");
    }

    @Test
    void textAfterTheObjectOnTheSameLine() throws Exception {
        String first = fixtureLines().get(0);
        ListFormatException e = fail(write(first + " " + first + "\n"));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(first.length() + 2);
        assertThat(e.reason()).isEqualTo("unexpected text after the end of the JSON object (an object); a JSON"
                + " lines file has exactly one object per line");
    }

    @Test
    void missingIdOrSchema() throws Exception {
        String first = fixtureLines().get(0);
        ListFormatException noId = fail(write(first + "\n{\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n"));
        assertThat(noId.line()).isEqualTo(2);
        assertThat(noId.reason()).isEqualTo("the entity has no \"id\"");

        ListFormatException noSchema = fail(write("{\"id\":\"NK-x\",\"properties\":{\"name\":[\"A\"]}}\n"));
        assertThat(noSchema.line()).isEqualTo(1);
        assertThat(noSchema.reason()).isEqualTo("entity NK-x has no \"schema\"");
    }

    @Test
    void anUnknownSchemaIsAWarningNotAnError() throws Exception {
        List<String> lines = fixtureLines();
        Path f = write(lines.get(0) + "\n{\"id\":\"NK-q\",\"schema\":\"Starship\",\"properties\":{}}\n"
                + lines.get(1) + "\n");
        ParsedList list = new FtmJsonParser().parse(ListInput.of(f), "opensanctions");
        assertThat(list.entities()).hasSize(2);
        assertThat(list.warnings()).contains(
                f + ":2: entity NK-q has the unknown FtM schema 'Starship'; entities of this schema are skipped");
    }

    @Test
    void wrongValueTypesAndRepeatedFields() throws Exception {
        ListFormatException target = fail(write("{\"id\":\"NK-x\",\"schema\":\"Person\",\"target\":\"yes\"}\n"));
        assertThat(target.reason()).isEqualTo("field 'target' must be true or false, found a string");

        ListFormatException props = fail(write("{\"id\":\"NK-x\",\"schema\":\"Person\",\"properties\":[\"A\"]}\n"));
        assertThat(props.reason()).isEqualTo("\"properties\" must be an object of arrays of strings");

        ListFormatException twice = fail(write("{\"id\":\"NK-x\",\"id\":\"NK-y\",\"schema\":\"Person\"}\n"));
        assertThat(twice.line()).isEqualTo(1);
        assertThat(twice.reason()).startsWith("a field appears twice in the same object: Duplicate field 'id'");

        ListFormatException nested = fail(write("{\"id\":\"NK-x\",\"schema\":\"Person\",\"properties\":"
                + "{\"addressEntity\":[{\"id\":\"addr-1\",\"schema\":\"Address\"}]}}\n"));
        assertThat(nested.reason()).startsWith("property 'addressEntity' holds a nested entity object");
    }

    @Test
    void invalidUtf8IsReportedWithLineAndColumn() throws Exception {
        List<String> lines = fixtureLines();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\":\"NK-x\",\"schema\":\"Person\",\"caption\":\"K".getBytes(StandardCharsets.UTF_8));
        b.write(0xFC); // "ü" in Latin-1
        b.writeBytes("HN\"}\n".getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("latin1.ftm.json");
        Files.write(f, b.toByteArray());
        ListFormatException e = fail(f);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(44);
        assertThat(e.reason()).isEqualTo("bytes that are not valid UTF-8 text (at byte 44 of the line): the file"
                + " must be UTF-8; is it saved in another encoding, or damaged?");
    }

    @Test
    void emptyAndBlankFiles() throws Exception {
        Path empty = write("");
        ListFormatException e = fail(empty);
        assertThat(e.getMessage()).isEqualTo(empty + ": file is empty");

        Path blank = write("\n   \n\r\n");
        assertThat(fail(blank).getMessage()).isEqualTo(blank + ": the file holds no JSON lines (only blank lines)");
    }

    @Test
    void anOversizedFileOrLine() throws Exception {
        ListFormatException file = fail(new FtmJsonParser(), ListInput.of(FIXTURE).withMaxBytes(4096));
        assertThat(file.line()).isEqualTo(-1);
        assertThat(file.getMessage()).isEqualTo(FIXTURE + ": file is " + Files.size(FIXTURE)
                + " bytes, over the limit of 4096 bytes (raise it with --max-file-bytes if the list really is this"
                + " large)");

        // fixture lines 4, 7 and 2 are 643, 800 and 925 bytes long
        List<String> lines = fixtureLines();
        Path f = write(lines.get(3) + "\n" + lines.get(6) + "\n" + lines.get(1) + "\n");
        ListFormatException line = fail(new FtmJsonParser(900, 10), ListInput.of(f));
        assertThat(line.line()).isEqualTo(3);
        assertThat(line.reason()).isEqualTo("the line is longer than 900 bytes: this is not a JSON lines file (one"
                + " JSON object per line), or the line is damaged");
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkAreAccepted() throws Exception {
        List<String> lines = fixtureLines();
        Path f = write("\uFEFF" + String.join("\r\n", lines) + "\r\n");
        ParsedList list = new FtmJsonParser().parse(ListInput.of(f), "opensanctions");
        assertThat(list.entities()).hasSize(6);
        assertThat(list.entities().get(0).primaryName().value()).isEqualTo("RAB „Inter Tobacco“");
    }
}
