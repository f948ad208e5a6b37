package org.vigil.app.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input CSV reader, the RFC 4180 line writer and the all-or-nothing output file, without any list. */
class CsvFilesTest {
    @TempDir
    Path dir;

    @Test
    void headersMatchIgnoringCaseBlankLinesAreSkippedAndExtraCellsAreARowError() throws Exception {
        Path f = dir.resolve("in.csv");
        Files.writeString(f, "\uFEFF ID , Name ,DOB\r\n1,\"Saeed, Hafiz\",1950\r\n\r\n2,Lakhvi\r\n3,a,b,c\r\n");
        try (InputCsv in = InputCsv.open(f, List.of("name"))) {
            assertThat(in.header()).containsExactly("ID", "Name", "DOB");
            assertThat(in.column("name")).isEqualTo(1);
            assertThat(in.column("country")).isEqualTo(-1);
            InputCsv.Row r1 = in.next().orElseThrow();
            assertThat(r1.fields()).containsExactly("1", "Saeed, Hafiz", "1950");
            InputCsv.Row r2 = in.next().orElseThrow();
            assertThat(r2.number()).isEqualTo(2);
            assertThat(r2.line()).isEqualTo(4);
            assertThat(r2.fields()).containsExactly("2", "Lakhvi", "");
            assertThat(r2.error()).isNull();
            assertThat(in.next().orElseThrow().error()).contains("4 cells but the header 3 columns");
            assertThat(in.next()).isEmpty();
        }
    }

    @Test
    void aRepeatedOrMissingColumnIsRefused() throws Exception {
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "name,Name\nx,y\n");
        assertThatThrownBy(() -> InputCsv.open(twice, List.of("name"))).hasMessageContaining("'Name' twice");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "\n\n");
        assertThatThrownBy(() -> InputCsv.open(empty, List.of("name"))).hasMessageContaining("the file is empty");
    }

    @Test
    void csvLinesQuoteOnlyWhatNeedsIt() {
        assertThat(CsvLine.of(List.of("a", "b c", "x,y", "say \"hi\"", "two\nlines", "")))
                .isEqualTo("a,b c,\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void anOutputFileAppearsOnlyWhenCommitted() throws Exception {
        Path target = dir.resolve("out.jsonl");
        Files.writeString(target, "old");
        try (OutputFile f = OutputFile.open(target.toString(), new StringWriter())) {
            f.writer().write("half");
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        try (OutputFile f = OutputFile.open(target.toString(), new StringWriter())) {
            f.writer().write("new");
            f.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        StringWriter out = new StringWriter();
        try (OutputFile f = OutputFile.open("-", out)) {
            f.writer().write("to stdout");
            f.commit();
        }
        assertThat(out).hasToString("to stdout");
    }
}
