package org.vigil.lists.format.vigil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;

/** Mistakes in a user's watchlist: each one stops the load with file, line and a plain reason. */
class VigilBadInputTest {
    private static final String HEADER = "id,name,type,dob,nationality,listed_on,linked_to,id_numbers\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private ListFormatException csvError(String text) throws Exception {
        return error(new VigilCsvParser(), file("watchlist.csv", text));
    }

    private ListFormatException jsonError(String text) throws Exception {
        return error(new VigilJsonParser(), file("watchlist.jsonl", text));
    }

    private static ListFormatException error(ListParser parser, Path f) {
        ListFormatException e = catchThrowableOfType(ListFormatException.class,
                () -> parser.parse(ListInput.of(f), "internal"));
        assertThat(e).as("expected a ListFormatException").isNotNull();
        assertThat(e.file()).isEqualTo(f.toString());
        return e;
    }

    @Test
    void duplicateId() throws Exception {
        ListFormatException csv = csvError(HEADER + "A1,Jane DOE,person,,,,,\nA2,John DOE,,,,,,\n A1 ,Other,,,,,,\n");
        assertThat(csv.line()).isEqualTo(4);
        assertThat(csv.reason()).isEqualTo("id 'A1' is already used on line 2; every record needs its own id");

        ListFormatException json = jsonError("{\"id\":7,\"name\":\"A\"}\n{\"id\":\"7\",\"name\":\"B\"}\n");
        assertThat(json.line()).isEqualTo(2);
        assertThat(json.reason()).isEqualTo("id '7' is already used on line 1; every record needs its own id");
    }

    @Test
    void missingNameOrId() throws Exception {
        ListFormatException csv = csvError(HEADER + "A1,Jane DOE,,,,,,\nA2,  ,person,,,,,\n");
        assertThat(csv.line()).isEqualTo(3);
        assertThat(csv.reason()).isEqualTo("the required field 'name' is empty");

        ListFormatException noId = csvError(HEADER + ",Jane DOE,,,,,,\n");
        assertThat(noId.reason()).isEqualTo("the required field 'id' is empty");

        ListFormatException json = jsonError("{\"id\":\"A1\",\"aliases\":[\"X\"]}\n");
        assertThat(json.line()).isEqualTo(1);
        assertThat(json.reason()).isEqualTo("the required field 'name' is empty");

        ListFormatException column = csvError("id,aliases\nA1,X\n");
        assertThat(column.line()).isEqualTo(1);
        assertThat(column.reason()).isEqualTo("the header has no 'name' column, which is required (columns found:"
                + " id, aliases)");
    }

    @Test
    void badDates() throws Exception {
        assertThat(csvError(HEADER + "A1,Jane DOE,person,31.12.1970,,,,\n").reason()).isEqualTo(
                "dob '31.12.1970' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY..YYYY (a leading ~ marks it"
                        + " approximate)");
        assertThat(csvError(HEADER + "A1,Jane DOE,person,1970;1970-02-30,,,,\n").reason())
                .startsWith("dob '1970-02-30' is not a date");
        assertThat(csvError(HEADER + "A1,Jane DOE,person,1970..1960,,,,\n").reason())
                .isEqualTo("dob '1970..1960': year range ends before it starts: 1970 to 1960");
        ListFormatException listed = csvError(HEADER + "A1,Jane DOE,person,,,2024-3-1,,\n");
        assertThat(listed.line()).isEqualTo(2);
        assertThat(listed.reason()).isEqualTo("listed_on '2024-3-1' is not a date: write YYYY-MM-DD");
        assertThat(jsonError("{\"id\":\"A1\",\"name\":\"Jane\",\"dob\":[\"1970\",\"circa 1971\"]}\n").reason())
                .startsWith("dob 'circa 1971' is not a date");
    }

    @Test
    void badTypeGenderCountryDocumentAndNameKind() throws Exception {
        assertThat(csvError(HEADER + "A1,Acme,company,,,,,\n").reason())
                .isEqualTo("type 'company' is not one of person, organization, vessel, aircraft (or empty)");
        assertThat(jsonError("{\"id\":\"A1\",\"name\":\"Jane\",\"gender\":\"unknown\"}\n").reason())
                .isEqualTo("gender 'unknown' is not male or female (leave it empty if unknown)");
        assertThat(csvError(HEADER + "A1,Jane DOE,person,,US;Narnia,,,\n").reason()).isEqualTo(
                "nationality 'Narnia' is not a country Vigil knows: write an ISO 3166 code (e.g. PK) or the country's"
                        + " name");
        assertThat(csvError(HEADER + "A1,Jane DOE,person,,,,,X1234567\n").reason()).isEqualTo(
                "id_numbers 'X1234567' is not TYPE:NUMBER or TYPE:NUMBER:COUNTRY (e.g. passport:A1234567:PK)");
        assertThat(csvError(HEADER + "A1,Jane DOE,person,,,,,passport:X1:Atlantis\n").reason())
                .isEqualTo("id_numbers 'passport:X1:Atlantis': 'Atlantis' is not a country Vigil knows");
        ListFormatException kind = jsonError("{\"id\":\"A1\",\"name\":\"Jane\",\"names\":[{\"value\":\"J\","
                + "\"kind\":\"nickname\"}]}\n");
        assertThat(kind.line()).isEqualTo(1);
        assertThat(kind.column()).isEqualTo(55);
        assertThat(kind.reason()).isEqualTo("name kind 'nickname' is not one of primary, strong-alias, weak-alias,"
                + " former-name, original-script");
        assertThat(jsonError("{\"id\":\"A1\",\"name\":\"Jane\",\"names\":[{\"value\":\"Joan\",\"kind\":\"primary\"}]}\n")
                .reason()).isEqualTo("two primary names: 'Jane' and 'Joan'");
    }

    @Test
    void unknownColumnsAndKeysAreRefusedWithTheAllowedOnes() throws Exception {
        ListFormatException csv = csvError("id,name,dbo\nA1,Jane DOE,1970\n");
        assertThat(csv.line()).isEqualTo(1);
        assertThat(csv.reason()).isEqualTo("unknown column 'dbo' (did you mean 'dob'?); allowed: id, name, type,"
                + " aliases, weak_aliases, former_names, gender, dob, birth_place, nationality, country, id_numbers,"
                + " programme, listed_on, remarks, linked_to. Unknown columns are refused so that no data is silently"
                + " dropped");

        ListFormatException json = jsonError("{\"id\":\"A1\",\"name\":\"Jane\"}\n{\"id\":\"A2\",\"name\":\"Joe\","
                + "\"Aliases\":[\"Jo\"]}\n");
        assertThat(json.line()).isEqualTo(2);
        assertThat(json.reason()).startsWith("unknown field 'Aliases' (did you mean 'aliases'?); allowed: id, name,"
                + " type,").contains("linked_to, names.");

        ListFormatException twice = csvError("id,name,Name\nA1,Jane,Joan\n");
        assertThat(twice.reason()).isEqualTo("column 'name' appears twice in the header");

        ListFormatException semicolons = csvError("id;name;dob\nA1;Jane DOE;1970\n");
        assertThat(semicolons.reason()).isEqualTo("the header is the single column 'id;name;dob': the file seems to"
                + " be separated by ';' (as spreadsheets write CSV in some languages); a Vigil CSV file is separated"
                + " by commas");
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAndUnclosedQuotes() throws Exception {
        ListFormatException extra = csvError(HEADER + "A1,Jane DOE,person,1970,US,,,\nA2,Doe, John,person,,,,,\n");
        assertThat(extra.line()).isEqualTo(3);
        assertThat(extra.reason()).isEqualTo("the row has 9 fields but the header has 8 columns (a missing or extra"
                + " comma, or a value with a comma that is not in double quotes?)");

        ListFormatException unclosed = csvError(HEADER + "A1,\"Jane DOE,person,1970,US,,,\nA2,John,,,,,,\n");
        assertThat(unclosed.line()).isEqualTo(2);
        assertThat(unclosed.reason()).startsWith("a quoted field opened on this line is never closed");
    }

    @Test
    void linksToMissingRecordsOrToItself() throws Exception {
        ListFormatException missing = csvError(HEADER + "A1,Jane DOE,,,,,A2;A3,\nA2,John DOE,,,,,A1,\n");
        assertThat(missing.line()).isEqualTo(2);
        assertThat(missing.reason()).isEqualTo("linked_to 'A3': no record of this file has this id (a record of"
                + " another list is written source:id, e.g. un-sc:QDi.263)");
        assertThat(csvError(HEADER + "A1,Jane DOE,,,,,internal:A1,\n").reason())
                .isEqualTo("linked_to 'internal:A1': a record cannot link to itself");
    }

    @Test
    void linksToThisFileOrToAnotherList() throws Exception {
        Path f = file("links.csv", HEADER + "A1,Jane DOE,,,,,internal:A2;acme-pep:P:17,\nA2,John DOE,,,,,,\n");
        ParsedList list = new VigilCsvParser().parse(ListInput.of(f), "internal");
        assertThat(list.entities().get(0).links()).containsExactly(
                new Link(Link.Type.LINKED_TO, "internal:A2", Optional.of(EntityId.of("internal", "A2")),
                        "linked_to: internal:A2"),
                new Link(Link.Type.LINKED_TO, "acme-pep:P:17", Optional.of(EntityId.of("acme-pep", "P:17")),
                        "linked_to: acme-pep:P:17"));
    }

    @Test
    void invalidUtf8() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((HEADER + "A1,Jane DOE,,,,,,\nA2,J").getBytes(StandardCharsets.UTF_8));
        b.write(0xFC); // "ü" in Windows-1252
        b.writeBytes("rgen M\n".getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("cp1252.csv");
        Files.write(f, b.toByteArray());
        ListFormatException csv = error(new VigilCsvParser(), f);
        assertThat(csv.line()).isEqualTo(3);
        assertThat(csv.reason()).startsWith("bytes that are not valid UTF-8 text");

        ByteArrayOutputStream j = new ByteArrayOutputStream();
        j.writeBytes("{\"id\":\"A1\",\"name\":\"J".getBytes(StandardCharsets.UTF_8));
        j.write(0xFC);
        j.writeBytes("rgen\"}\n".getBytes(StandardCharsets.UTF_8));
        Path g = dir.resolve("cp1252.jsonl");
        Files.write(g, j.toByteArray());
        ListFormatException json = error(new VigilJsonParser(), g);
        assertThat(json.line()).isEqualTo(1);
        assertThat(json.column()).isEqualTo(21);
        assertThat(json.reason()).startsWith("bytes that are not valid UTF-8 text");
    }

    @Test
    void emptyFilesAndAHeaderWithoutRecords() throws Exception {
        Path emptyCsv = file("empty.csv", "");
        assertThat(error(new VigilCsvParser(), emptyCsv).getMessage()).isEqualTo(emptyCsv + ": file is empty");
        Path emptyJson = file("empty.jsonl", "");
        assertThat(error(new VigilJsonParser(), emptyJson).getMessage()).isEqualTo(emptyJson + ": file is empty");
        Path blankJson = file("blank.jsonl", "\n\n");
        assertThat(error(new VigilJsonParser(), blankJson).reason())
                .isEqualTo("the file holds no JSON lines (only blank lines)");

        Path headerOnly = file("header.csv", HEADER);
        ParsedList list = new VigilCsvParser().parse(ListInput.of(headerOnly), "internal");
        assertThat(list.entities()).isEmpty();
        assertThat(list.warnings()).containsExactly(headerOnly + ": the file has a header but no records");
    }

    @Test
    void truncatedOrTrailingJson() throws Exception {
        ListFormatException truncated = jsonError("{\"id\":\"A1\",\"name\":\"Jane\"}\n{\"id\":\"A2\",\"name\":\"Jo");
        assertThat(truncated.line()).isEqualTo(2);
        assertThat(truncated.reason()).startsWith("the line ends before its JSON object is complete (truncated line"
                + " or file?)");
        assertThat(truncated.getMessage()).startsWith(truncated.file() + ":2:");

        ListFormatException trailing = jsonError("{\"id\":\"A1\",\"name\":\"Jane\"} garbage\n");
        assertThat(trailing.line()).isEqualTo(1);
        assertThat(trailing.column()).isEqualTo(27);
        assertThat(trailing.reason()).startsWith("malformed JSON: Unrecognized token 'garbage'");

        ListFormatException second = jsonError("{\"id\":\"A1\",\"name\":\"Jane\"},{\"id\":\"A2\",\"name\":\"Jo\"}\n");
        assertThat(second.reason()).startsWith("malformed JSON: Unexpected character (','");

        ListFormatException array = jsonError("[{\"id\":\"A1\",\"name\":\"Jane\"}]\n");
        assertThat(array.reason()).startsWith("the line is a JSON array, not an object");

        ListFormatException singleAsArray = jsonError("{\"id\":\"A1\",\"name\":[\"Jane\",\"Joan\"]}\n");
        assertThat(singleAsArray.reason()).isEqualTo("field 'name' holds one value, not an array");
    }

    @Test
    void jsonNamesCanMarkOriginalScriptAndReplaceName() throws Exception {
        Path f = file("names.jsonl", "{\"id\":\"C-006\",\"name\":\"Ivan PETROV\",\"type\":\"person\",\"names\":"
                + "[{\"value\":\"Иван ПЕТРОВ\",\"kind\":\"original-script\"},{\"value\":\"Vanya\"}]}\n"
                + "{\"id\":\"C-007\",\"names\":[{\"value\":\"Petrov Ltd\",\"kind\":\"primary\"}],"
                + "\"id_numbers\":[\"Passport No.:12 34:RU\"]}\n");
        List<Entity> entities = new VigilJsonParser().parse(ListInput.of(f), "internal").entities();
        assertThat(entities.get(0).names()).containsExactly(new Name("Ivan PETROV", NameKind.PRIMARY),
                new Name("Иван ПЕТРОВ", NameKind.ORIGINAL_SCRIPT), new Name("Vanya", NameKind.STRONG_ALIAS));
        assertThat(entities.get(1).names()).containsExactly(new Name("Petrov Ltd", NameKind.PRIMARY));
        assertThat(entities.get(1).documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.PASSPORT,
                "Passport No.", "12 34", Optional.of("RU")));
    }
}
