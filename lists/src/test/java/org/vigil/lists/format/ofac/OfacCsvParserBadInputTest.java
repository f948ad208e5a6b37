package org.vigil.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.testing.TestData;

/** Damaged, foreign and incomplete input: a clear {@link ListFormatException} naming file and line, or a warning. */
class OfacCsvParserBadInputTest {
    /** The first three lines of the bundled sdn.csv (ent_num 36, 173, 306), CRLF, as OFAC writes them. */
    private static final String HEAD = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n";

    @TempDir
    Path dir;

    private static ParsedList parse(ListInput input) throws IOException, ListFormatException {
        return new OfacCsvParser().parse(input, "us-ofac-sdn");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    private ListFormatException failure(ListInput input) {
        try {
            parse(input);
        } catch (ListFormatException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("expected a ListFormatException, got " + e, e);
        }
        throw new AssertionError("expected a ListFormatException");
    }

    @Test
    void theHeadOfTheRealFileParses() throws Exception {
        Path sdn = write("sdn.csv", HEAD + "\u001A\r\n");
        ParsedList p = parse(ListInput.of(sdn));
        assertThat(p.entities()).extracting(e -> e.id().toString())
                .containsExactly("us-ofac-sdn:36", "us-ofac-sdn:173", "us-ofac-sdn:306");
        assertThat(p.entities().get(2).names()).extracting(n -> n.value() + "/" + n.kind())
                .containsExactly("BANCO NACIONAL DE CUBA/PRIMARY", "BNC/WEAK_ALIAS");
    }

    @Test
    void truncatedInsideAQuotedField() throws Exception {
        byte[] all = Files.readAllBytes(TestData.ofacBundledDir().resolve("sdn.csv"));
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int saeed = text.indexOf("\n10689,\"SAEED, Muhammad\"") + 1;
        int cut = text.indexOf("\"DOB 05 Jun 1950", saeed) + 10; // inside the quoted Remarks of ent_num 10689
        long line = text.substring(0, saeed).chars().filter(c -> c == '\n').count() + 1;
        assertThat(line).isEqualTo(1839);
        Path sdn = dir.resolve("sdn.csv");
        Files.write(sdn, Arrays.copyOf(all, cut));
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.file()).isEqualTo(sdn.toString());
        assertThat(e.line()).isEqualTo(1839);
        assertThat(e.getMessage()).isEqualTo(sdn + ":1839: a quoted field opened on this line is never closed: the "
                + "file ends inside it (truncated?)");
    }

    @Test
    void truncatedBetweenFieldsIsAWrongColumnCount() throws Exception {
        Path sdn = write("sdn.csv", HEAD + "7140,\"LASHKAR E-TAYYIBA\",-0- ,\"FTO] [SDGT\"");
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).isEqualTo("expected 12 fields (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, "
                + "Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), found 4 (a damaged or truncated line?)");
    }

    @Test
    void theUkListIsNotAnOfacFile() throws Exception {
        Path sdn = dir.resolve("sdn.csv");
        Files.copy(TestData.fixture("uk/sanctionsconlist_2018-04-13.csv"), sdn);
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.getMessage()).isEqualTo(sdn + ":1: expected 12 fields (ent_num, SDN_Name, SDN_Type, Program, "
                + "Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), found 29: this is not an "
                + "OFAC sdn.csv file of the legacy CSV format");
    }

    @Test
    void aTwelveColumnFileThatIsNotOfacIsRejectedByItsFirstColumn() throws Exception {
        Path sdn = write("sdn.csv", "Name,a,b,c,d,e,f,g,h,i,j,k\r\n" + HEAD);
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).startsWith("the first column is 'Name', not an OFAC ent_num: this is not an OFAC "
                + "sdn.csv file");
    }

    @Test
    void anAliasFileWithTheWrongColumns() throws Exception {
        Path sdn = write("sdn.csv", HEAD);
        Path alt = write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n36,13,\"aka\"\r\n");
        ListFormatException e = failure(ListInput.of(sdn, alt));
        assertThat(e.getMessage()).isEqualTo(alt + ":2: expected 5 fields (ent_num, alt_num, alt_type, alt_name, "
                + "alt_remarks), found 3 (a damaged or truncated line?)");
    }

    @Test
    void emptyFile() throws Exception {
        Path sdn = write("sdn.csv", "");
        assertThat(failure(ListInput.of(sdn)).getMessage()).isEqualTo(sdn + ": file is empty");
        Files.writeString(sdn, HEAD);
        Path add = write("add.csv", "");
        assertThat(failure(ListInput.of(sdn, add)).getMessage()).isEqualTo(add + ": file is empty");
    }

    @Test
    void onlyTheEndMark() throws Exception {
        Path sdn = write("sdn.csv", "\u001A");
        assertThat(failure(ListInput.of(sdn)).getMessage()).isEqualTo(sdn + ": the file holds no records");
    }

    @Test
    void oversized() throws Exception {
        Path bundled = TestData.ofacBundledDir();
        ListFormatException e = failure(ListInput.of(bundled).withMaxBytes(1_000_000));
        assertThat(e.file()).isEqualTo(bundled.resolve("sdn.csv").toString());
        assertThat(e.reason()).startsWith("file is 2013896 bytes, over the limit of 1000000 bytes");
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        Path sdn = dir.resolve("sdn.csv");
        Files.writeString(sdn, HEAD, StandardCharsets.UTF_16); // big-endian with a byte-order mark
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).startsWith("the file is UTF-16 encoded");
        Files.writeString(sdn, "\uFEFF" + HEAD, StandardCharsets.UTF_16LE);
        assertThat(failure(ListInput.of(sdn)).reason()).startsWith("the file is UTF-16 encoded");
    }

    @Test
    void utf16WithoutByteOrderMark() throws Exception {
        Path sdn = dir.resolve("sdn.csv");
        Files.writeString(sdn, HEAD, StandardCharsets.UTF_16LE);
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).isEqualTo("the line contains NUL characters: the file is UTF-16 or binary, but OFAC "
                + "legacy CSV files are ASCII / Windows-1252");
    }

    @Test
    void utf8WithByteOrderMarkIsReadAsUtf8() throws Exception {
        Path sdn = dir.resolve("sdn.csv");
        Files.writeString(sdn, "\uFEFF" + HEAD.replace("AEROCARIBBEAN", "AÉROCARIBBEAN"), StandardCharsets.UTF_8);
        assertThat(parse(ListInput.of(sdn)).entities().get(0).caption()).isEqualTo("AÉROCARIBBEAN AIRLINES");
    }

    @Test
    void windows1252Letters() throws Exception {
        Path sdn = dir.resolve("sdn.csv");
        Files.write(sdn, HEAD.replace("AEROCARIBBEAN", "A\u00C9ROCARIBBEAN").getBytes("windows-1252"));
        assertThat(parse(ListInput.of(sdn)).entities().get(0).caption()).isEqualTo("AÉROCARIBBEAN AIRLINES");
    }

    @Test
    void missingSdnCsv() throws Exception {
        Path alt = write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n");
        Path add = write("add.csv", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n");
        ListFormatException e = failure(ListInput.of(alt, add));
        assertThat(e.getMessage()).isEqualTo(alt + ": no sdn.csv (or cons_prim.csv for the non-SDN list) among the "
                + "given files (alt.csv, add.csv): an OFAC legacy CSV set needs its primary file");
        assertThat(failure(ListInput.of(dir)).reason()).contains("(add.csv, alt.csv)");
    }

    @Test
    void sdnAndNonSdnTogether() throws Exception {
        Path sdn = write("sdn.csv", HEAD);
        Path cons = write("cons_prim.csv", HEAD);
        assertThat(failure(ListInput.of(sdn, cons)).reason()).startsWith("both an SDN set (sdn.csv) and a "
                + "consolidated non-SDN set (cons_prim.csv) were given");
    }

    @Test
    void nonNumericEntNum() throws Exception {
        Path sdn = write("sdn.csv", HEAD + "X7140,\"LASHKAR E-TAYYIBA\",-0- ,\"FTO] [SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "-0- ,-0- \r\n");
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.getMessage()).isEqualTo(sdn + ":4: ent_num 'X7140' is not a number");
    }

    @Test
    void nonNumericEntNumInAliases() throws Exception {
        Path sdn = write("sdn.csv", HEAD);
        Path alt = write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\nabc,13,\"aka\",\"X\",-0- \r\n");
        assertThat(failure(ListInput.of(sdn, alt)).getMessage()).isEqualTo(alt + ":2: ent_num 'abc' is not a number");
    }

    @Test
    void duplicateEntNum() throws Exception {
        Path sdn = write("sdn.csv", HEAD + "173,\"ANOTHER NAME\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        ListFormatException e = failure(ListInput.of(sdn));
        assertThat(e.getMessage()).isEqualTo(sdn + ":4: ent_num 173 appears twice (first on line 2): record numbers "
                + "must be unique");
    }

    @Test
    void unreadableDateIsAWarningAndTheRecordIsKept() throws Exception {
        Path sdn = write("sdn.csv", HEAD + "10689,\"SAEED, Muhammad\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "-0- ,-0- ,\"DOB 31 Foo 1950; nationality Pakistan.\"\r\n\u001A");
        ParsedList p = parse(ListInput.of(sdn));
        Entity e = p.entities().get(3);
        assertThat(e.id().sourceId()).isEqualTo("10689");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.remarks()).containsExactly("DOB 31 Foo 1950; nationality Pakistan.");
        assertThat(p.warnings()).contains(sdn + ":4: ent_num 10689: Remarks: unreadable date of birth '31 Foo 1950' "
                + "(kept in the remarks)");
    }

    @Test
    void rowsForUnknownRecordsAndOddValuesAreWarnings() throws Exception {
        Path sdn = write("sdn.csv", HEAD + "99,\"ODD\",\"spaceship\",\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,\"Atlantis\",-0- ,-0- \r\n");
        Path alt = write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n36,13,\"xyz\",\"AERO C\",\"note\"\r\n"
                + "999,14,\"aka\",\"NOBODY\",-0- \r\n36,15,\"nka\",\"AEROCARIBE\",-0- \r\n");
        Path add = write("add.csv", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n999,26,-0- ,-0- ,\"Cuba\",-0- \r\n"
                + "173,27,-0- ,-0- ,\"Atlantis\",-0- \r\n");
        Path comments = write("sdn_comments.csv", "998,\"more\"\r\n");
        ParsedList p = parse(ListInput.of(sdn, alt, add, comments));
        assertThat(p.warnings()).containsExactly(
                sdn + ":4: ent_num 99: unknown SDN_Type 'spaceship' (expected individual, vessel, aircraft or -0- for "
                        + "an entity); type left unknown",
                sdn + ":4: ent_num 99: vessel flag 'Atlantis' is not a country Vigil knows (kept as text)",
                comments + ":1: remarks continuation for ent_num 998, which is not in the primary file; ignored",
                alt + ":2: alias 'AERO C' of ent_num 36 has an unknown alt_type 'xyz' (expected aka, fka or nka); "
                        + "kept as alias",
                alt + ":3: alias for ent_num 999, which is not in the primary file; ignored",
                add + ":2: address for ent_num 999, which is not in the primary file; ignored",
                add + ":3: ent_num 173: address country 'Atlantis' is not a country Vigil knows (kept as text)");
        Entity aero = p.entities().get(0);
        assertThat(aero.names()).extracting(n -> n.value() + "/" + n.kind()).containsExactly(
                "AEROCARIBBEAN AIRLINES/PRIMARY", "AERO-CARIBBEAN/STRONG_ALIAS", "AERO C/STRONG_ALIAS",
                "AEROCARIBE/STRONG_ALIAS");
        assertThat(aero.property("now-known-as")).containsExactly("AEROCARIBE");
        assertThat(aero.property("alias-remark")).containsExactly("AERO C: note");
        assertThat(aero.countries()).containsExactly("CU");
        assertThat(p.entities().get(3).schema()).isEqualTo(org.vigil.lists.model.Schema.UNKNOWN);
        assertThat(p.entities().get(1).addresses()).extracting(a -> a.countryText()).containsExactly("Atlantis");
    }

    @Test
    void otherFilesInTheDirectoryAreReportedAndIgnored() throws Exception {
        write("sdn.csv", HEAD);
        write("notes.txt", "hello");
        write("cons_alt.csv", "1,2,\"aka\",\"X\",-0- \r\n");
        ParsedList p = parse(ListInput.of(dir));
        assertThat(p.entities()).hasSize(3);
        assertThat(p.warnings()).contains(dir.resolve("notes.txt") + ": ignored: not a file of an OFAC SDN legacy CSV set",
                dir.resolve("cons_alt.csv") + ": ignored: not a file of an OFAC SDN legacy CSV set");
        assertThat(p.entities().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.kind() != NameKind.PRIMARY).map(n -> n.value()).toList()).isEqualTo(List.of("BNC"));
    }

    @Test
    void invalidSourceId() {
        assertThatThrownBy(() -> new OfacCsvParser().parse(ListInput.of(TestData.ofacBundledDir()), "US OFAC"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid source id");
    }
}
