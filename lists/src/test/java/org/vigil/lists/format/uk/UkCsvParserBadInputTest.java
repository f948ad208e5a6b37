package org.vigil.lists.format.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Entity;
import org.vigil.lists.testing.TestData;

/** Broken and foreign files: each fails with the file, the line and a plain reason, or loads with a warning. */
class UkCsvParserBadInputTest {
    private static final Path UK_2018 = TestData.fixture("uk/sanctionsconlist_2018-04-13.csv");
    private static final String HEADER = "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,"
            + "Country of Birth,Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,"
            + "Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,"
            + "Listed On,Last Updated,Group ID";

    @TempDir
    Path dir;

    @Test
    void aFileCutInsideAQuotedFieldIsTruncated() throws Exception {
        byte[] all = Files.readAllBytes(UK_2018);
        String text = new String(all, UkEncoding.WINDOWS_1252);
        int quote = text.indexOf(",\"UN REF:QE.A.146.14."); // row of Group ID 13188 on line 5
        Path cut = write("cut.csv", Arrays.copyOf(all, quote + 12));
        assertThatThrownBy(() -> parse(cut))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(cut.toString());
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).isEqualTo(cut + ":5: a quoted field opened on this line is never"
                            + " closed: the file ends inside it (truncated?)");
                });
    }

    @Test
    void aFileCutInsideARowIsTruncated() throws Exception {
        byte[] all = Files.readAllBytes(UK_2018);
        String text = new String(all, UkEncoding.WINDOWS_1252);
        int line9 = nthLineStart(text, 9);
        // "2ND ACADEMY OF NATURAL SCIENCES," and nothing after: two fields
        Path cut = write("cut.csv", Arrays.copyOf(all, line9 + text.substring(line9).indexOf(",,") + 1));
        assertThatThrownBy(() -> parse(cut)).isInstanceOfSatisfying(ListFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.reason()).startsWith("the row has 2 fields but the header has 29: the row is cut short");
        });
    }

    @Test
    void aMissingGroupIdColumnIsNamed() throws Exception {
        Path f = write("no-group-id.csv", "Last Updated,13/04/2018\n" + HEADER.replace(",Group ID", "") + "\n"
                + "SAEED,Hafiz,Muhammad,,,,,05/06/1950,,,,,,,,,,,,,,,,Individual,Prime Alias,Al-Qaida,12/12/2008,"
                + "20/07/2009\n");
        assertThatThrownBy(() -> parse(f)).isInstanceOfSatisfying(ListFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).startsWith("required column 'Group ID' is missing from the header (found: Name 6,"
                    + " Name 1,");
        });
        Path g = write("no-names.csv", "Last Updated,13/04/2018\nGroup ID,Regime\n1,x\n");
        assertThatThrownBy(() -> parse(g)).hasMessageStartingWith(g + ":2: required columns 'Name 6', 'Group Type'"
                + " are missing from the header");
    }

    @Test
    void otherListsAreNotUkFiles() {
        Path uae = TestData.fixture("uae/LS1309232025.csv");
        assertThatThrownBy(() -> parse(uae)).isInstanceOfSatisfying(ListFormatException.class, e -> {
            assertThat(e.file()).isEqualTo(uae.toString());
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("not a UK HM Treasury consolidated list CSV: expected 'Last Updated,"
                    + "dd/mm/yyyy' or the header row (Name 6, ..., Group ID), found '");
        });
        Path sdn = TestData.ofacBundledDir().resolve("sdn.csv");
        assertThatThrownBy(() -> parse(sdn)).hasMessageStartingWith(sdn + ":1: not a UK HM Treasury consolidated list");
    }

    @Test
    void emptyOversizedAndHeaderOnlyFiles() throws Exception {
        Path empty = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> parse(empty)).hasMessage(empty + ": file is empty");
        assertThatThrownBy(() -> new UkCsvParser().parse(ListInput.of(UK_2018).withMaxBytes(100_000), "gb-hmt"))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(UK_2018 + ": file is 3649692 bytes, over the limit of 100000 bytes (raise it with"
                        + " --max-file-bytes if the list really is this large)");
        Path headerOnly = write("header-only.csv", "Last Updated,13/04/2018\n" + HEADER + "\n");
        assertThatThrownBy(() -> parse(headerOnly))
                .hasMessage(headerOnly + ": no named rows after the header: the file lists nobody");
        Path dateOnly = write("date-only.csv", "Last Updated,13/04/2018\n");
        assertThatThrownBy(() -> parse(dateOnly)).hasMessage(dateOnly + ":2: the header row is missing: the file"
                + " ends after the 'Last Updated' row");
    }

    @Test
    void bytesInvalidInWindows1252AreAnError() throws Exception {
        byte[] row = ("X" + (char) 0 + ",Hafiz,,,,,,,,,,,,,,,,,,,,,,Individual,Prime Alias,Al-Qaida,12/12/2008,"
                + "20/07/2009,9215\n").getBytes(StandardCharsets.ISO_8859_1);
        row[1] = (byte) 0x81; // undefined in Windows-1252, and no valid UTF-8 either
        byte[] head = ("Last Updated,13/04/2018\n" + HEADER + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + row.length);
        System.arraycopy(row, 0, all, head.length, row.length);
        Path f = write("bad-bytes.csv", all);
        assertThatThrownBy(() -> parse(f)).isInstanceOfSatisfying(ListFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("not valid windows-1252 text");
        });
    }

    @Test
    void aMisalignedRowIsAnError() throws Exception {
        Path f = write("extra.csv", "Last Updated,13/04/2018\n" + HEADER + "\n"
                + "SAEED,Hafiz,,,,,,,,,,,,,,,,,,,,,,Individual,Prime Alias,Al-Qaida,12/12/2008,20/07/2009,9215,oops\n");
        assertThatThrownBy(() -> parse(f)).hasMessage(f + ":3:30: the row has more fields than the header (30 > 29):"
                + " misaligned row");
    }

    @Test
    void aBadDateIsAWarningAndTheRecordIsKept() throws Exception {
        Path f = write("bad-date.csv", "Last Updated,13/04/2018\n" + HEADER + "\n"
                + "SAEED,Hafiz,Muhammad,,,,,32/13/2000,,,Pakistani,,,,,,,,,,,,,Individual,Prime Alias,Al-Qaida,"
                + "12/12/2008,20/07/2009,9215\n"
                + "SAEED,Hafiz,,,,,,05/06/1950,,,Pakistani,,,,,,,,,,,,,Individual,AKA,Al-Qaida,31/02/2008,20/07/2009,"
                + "9215\n"
                + ",,,,,,,,,,,,,,,,,,,,,,,Individual,AKA,Al-Qaida,12/12/2008,20/07/2009,\n");
        ParsedList list = parse(f);
        assertThat(list.entities()).hasSize(1);
        Entity e = list.entities().get(0);
        assertThat(e.caption()).isEqualTo("Hafiz Muhammad SAEED");
        assertThat(e.property("birth-date-text")).containsExactly("32/13/2000");
        assertThat(e.birthDates()).extracting(d -> d.canonical()).containsExactly("1950-06-05");
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.listedOn()).hasValueSatisfying(d -> assertThat(d).hasToString("2008-12-12"));
        assertThat(list.warnings()).containsExactly(
                f + ":3: Group ID 9215: DOB '32/13/2000' is not a date (dd/mm/yyyy, 00 for an unknown day or month);"
                        + " kept as property birth-date-text",
                f + ":4: Group ID 9215: Listed On '31/02/2008' is not a date (dd/mm/yyyy)",
                f + ":5: row without a Group ID; skipped");
    }

    @Test
    void unknownValuesAndAGroupWithoutPrimeAliasAreWarnings() throws Exception {
        Path f = write("odd.csv", "Last Updated,1/4/2018\n" + HEADER + "\n"
                + "ALPHA,,,,,,,,,,,,,,,,,,,,,,,Company,Nickname,X,,,1\n"
                + "BETA,,,,,,,,,,,,,,,,,,,,,,,Company,AKA,X,,,1\n");
        ParsedList list = parse(f);
        assertThat(list.published()).hasValueSatisfying(i -> assertThat(i).hasToString("2018-04-01T00:00:00Z"));
        Entity e = list.entities().get(0);
        assertThat(e.caption()).isEqualTo("ALPHA");
        assertThat(e.names()).extracting(n -> n.value()).containsExactly("ALPHA", "BETA");
        assertThat(e.schema()).hasToString("UNKNOWN");
        assertThat(e.property("group-type")).containsExactly("Company");
        assertThat(list.warnings()).containsExactly(
                f + ":3: Group ID 1: unknown Group Type 'Company'",
                f + ":3: Group ID 1: unknown Alias Type 'Nickname'; read as an alias",
                f + ": Group ID 1 has no 'Prime Alias' row; 'ALPHA' is taken as its primary name");
    }

    private ParsedList parse(Path f) throws Exception {
        return new UkCsvParser().parse(ListInput.of(f), "gb-hmt");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static int nthLineStart(String text, int line) {
        int pos = 0;
        for (int i = 1; i < line; i++) {
            pos = text.indexOf('\n', pos) + 1;
        }
        return pos;
    }
}
