package org.vigil.app.match;

import org.vigil.app.VigilCli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.json.Json;
import org.vigil.lists.testing.TestData;

/**
 * {@code vigil screen} against the bundled lists on a fresh data directory (one per class: the match index of the
 * active lists is built once and reused by every run).
 */
class ScreenCommandTest {
    @TempDir
    static Path data;

    @TempDir
    Path dir;

    static VigilCli vigil;

    @BeforeAll
    static void firstRun() {
        vigil = new VigilCli(data);
        assertThat(vigil.run("lists", "show").status()).isZero();
    }

    @Test
    void findsHafizSaeedUnderAPressSpellingAndSaysWhy() {
        VigilCli.Run r = vigil.run("screen", "Hafiz Mohammad Sayeed");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("un-sc:QDi.263  HAFIZ MUHAMMAD SAEED").contains("(exact 1.00)");
        String first = r.out().lines().findFirst().orElseThrow();
        assertThat(first).matches("\\d\\.\\d{3}  \\S+:\\S+  .*");
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("       ").contains("=");
    }

    @Test
    void jsonHasTheOrganisationWithAnExplanationArray() throws Exception {
        JsonNode j = vigil.run("screen", "Lashkar-e-Toiba", "--json", "--type", "organization").json();
        assertThat(j.get("row").asInt()).isEqualTo(1);
        assertThat(j.get("id").isNull()).isTrue();
        assertThat(j.at("/query/name").asText()).isEqualTo("Lashkar-e-Toiba");
        assertThat(j.at("/query/type").asText()).isEqualTo("organization");
        assertThat(VigilCli.ids(j)).contains("un-sc:QDe.118");
        JsonNode let = match(j, "un-sc:QDe.118");
        assertThat(let.get("name").asText()).isEqualTo("LASHKAR-E-TAYYIBA");
        assertThat(let.get("matchedKind").asText()).isNotEmpty();
        assertThat(let.get("score").asDouble()).isBetween(0.8, 1.0);
        JsonNode ex = let.get("explanation");
        assertThat(ex.isArray()).isTrue();
        assertThat(ex.get(0).has("query")).isTrue();
        assertThat(ex.get(0).has("listed")).isTrue();
        assertThat(ex.get(0).has("rule")).isTrue();
        assertThat(ex.get(0).get("weight").isNumber()).isTrue();
    }

    @Test
    void findsAnArabicScriptQueryAndAttributesMoveTheScore() throws Exception {
        JsonNode j = vigil.run("screen", "حافظ محمد سعید", "--dob", "1950", "--country", "Pakistan", "--json").json();
        assertThat(VigilCli.ids(j)).contains("un-sc:QDi.263");
        assertThat(j.at("/query/country").asText()).isEqualTo("PK");
        List<String> attributes = match(j, "un-sc:QDi.263").get("explanation").findValuesAsText("attribute");
        assertThat(attributes).contains("birthDate");
    }

    @Test
    void sourcesRestrictTheListsAndUnknownOnesAreNamed() throws Exception {
        JsonNode all = vigil.run("screen", "Hafiz Mohammad Sayeed", "--json").json();
        assertThat(VigilCli.ids(all)).anyMatch(id -> id.startsWith("us-ofac-sdn:"));
        JsonNode un = vigil.run("screen", "Hafiz Mohammad Sayeed", "--sources", "un-sc", "--json").json();
        assertThat(VigilCli.ids(un)).contains("un-sc:QDi.263").allMatch(id -> id.startsWith("un-sc:"));

        VigilCli.Run bad = vigil.run("screen", "x", "--sources", "un-sc,eu-fsf");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("vigil: error: unknown source 'eu-fsf'; available: un-sc, us-ofac-sdn");
    }

    @Test
    void noMatchesAndBadOptionsAreSaidPlainly() {
        assertThat(vigil.run("screen", "Quentin Zyxwvut Blorptastic").out())
                .isEqualTo("no matches at threshold 0.80" + System.lineSeparator());
        VigilCli.Run dob = vigil.run("screen", "John Smith", "--dob", "1950-13");
        assertThat(dob.status()).isNotZero();
        assertThat(dob.err()).contains("vigil: error: invalid dob '1950-13'");
        assertThat(vigil.run("screen").err()).contains("give a NAME to screen, or --input FILE");
    }

    @Test
    void screensAgainstAListFileInstead() throws Exception {
        Path un = TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml");
        JsonNode j = vigil.run("screen", "Hafiz Mohammad Sayeed", "--list", un.toString(), "--json").json();
        assertThat(VigilCli.ids(j)).contains("un-sc:QDi.263").allMatch(id -> id.startsWith("un-sc:"));

        Path own = dir.resolve("watchlist.csv");
        Files.writeString(own, "id,name,type,dob\nC-1,Johnathan Quincy Examplar,person,1970\n"
                + "C-2,Acme Shell Trading Ltd,organization,\n");
        JsonNode mine = vigil.run("screen", "Jonathan Quincy Exemplar", "--list", own.toString(), "--json").json();
        assertThat(VigilCli.ids(mine)).containsExactly("internal:C-1");

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "id,name,dob\nC-1,Someone,19xx\n");
        VigilCli.Run r = vigil.run("screen", "Someone", "--list", broken.toString(), "--format", "vigil-csv");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).startsWith("vigil: error: " + broken + ":2:");
    }

    @Test
    void batchWritesOneJsonLinePerRowWithRowErrorsInline() throws Exception {
        Path in = names();
        Path out = dir.resolve("results.jsonl");
        VigilCli.Run r = vigil.run("screen", "--input", in.toString(), "--output", out.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("row 4: invalid dob '1960-13-45'").contains("row 5: empty name")
                .contains("screened 5 rows").contains("2 errors");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        JsonNode[] rows = new JsonNode[5];
        for (int i = 0; i < 5; i++) {
            rows[i] = Json.MAPPER.readTree(lines.get(i));
            assertThat(rows[i].get("row").asInt()).isEqualTo(i + 1);
        }
        assertThat(rows[0].get("id").asText()).isEqualTo("C-1");
        assertThat(VigilCli.ids(rows[0])).contains("un-sc:QDi.263");
        assertThat(rows[0].at("/query/dob").asText()).isEqualTo("1950");
        assertThat(VigilCli.ids(rows[1])).contains("un-sc:QDe.118");
        assertThat(rows[2].get("matches")).isEmpty();
        assertThat(rows[2].has("error")).isFalse();
        assertThat(rows[3].get("error").asText()).contains("invalid dob");
        assertThat(rows[3].get("matches")).isEmpty();
        assertThat(rows[3].at("/query/name").asText()).isEqualTo("Zakiur Rehman Lakhvi");
        assertThat(rows[4].get("error").asText()).isEqualTo("empty name");
        JsonNode scores = rows[0].get("matches");
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i).get("score").asDouble()).isLessThanOrEqualTo(scores.get(i - 1).get("score")
                    .asDouble()).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void batchWritesCsvWithOneLinePerMatch() throws Exception {
        Path out = dir.resolve("results.csv");
        VigilCli.Run r = vigil.run("screen", "--input", names().toString(), "--output", out.toString(), "--limit", "2");
        assertThat(r.status()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("row,id,query,rank,match_id,match_name,matched_name,score,explanation,"
                + "error");
        assertThat(lines).anyMatch(l -> l.startsWith("1,C-1,Hafiz Mohammad Sayeed,1,un-sc:QDi.263,"));
        assertThat(lines).anyMatch(l -> l.startsWith("2,C-2,Lashkar-e-Toiba,") && l.contains("un-sc:QDe.118"));
        assertThat(lines).contains("3,C-3,Greenfield Bakery Supplies,,,,,,,");
        assertThat(lines).anyMatch(l -> l.startsWith("4,C-4,Zakiur Rehman Lakhvi,,,,,,,\"invalid dob '1960-13-45'"));
        assertThat(lines.stream().filter(l -> l.startsWith("1,")).count()).isBetween(1L, 2L);
        assertThat(lines).anyMatch(l -> l.contains(",\"") && l.contains("(exact 1.00), "));
    }

    @Test
    void aMissingNameColumnOrBadBytesStopTheRunAndLeaveNoOutput() throws Exception {
        Path noName = dir.resolve("people.csv");
        Files.writeString(noName, "id,full_name\n1,John Smith\n");
        Path out = dir.resolve("results.jsonl");
        VigilCli.Run r = vigil.run("screen", "--input", noName.toString(), "--output", out.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("vigil: error: " + noName + ": no 'name' column")
                .contains("the header has: id, full_name");

        Path bad = dir.resolve("latin1.csv");
        byte[] head = "id,name\n1,John Smith\n2,Jos".getBytes(StandardCharsets.UTF_8);
        byte[] tail = {(byte) 0xe9, '\n'};
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(bad, all);
        VigilCli.Run enc = vigil.run("screen", "--input", bad.toString(), "--output", out.toString());
        assertThat(enc.status()).isNotZero();
        assertThat(enc.err()).contains("vigil: error: " + bad + ":3").contains("not valid UTF-8");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("people.csv",
                    "latin1.csv");
        }
    }

    private Path names() throws Exception {
        Path in = dir.resolve("names.csv");
        Files.writeString(in, """
                id,name,type,dob,country
                C-1,Hafiz Mohammad Sayeed,person,1950,PK
                C-2,Lashkar-e-Toiba,organization,,
                C-3,Greenfield Bakery Supplies,organization,,GB
                C-4,Zakiur Rehman Lakhvi,person,1960-13-45,PK
                C-5,,person,,
                """);
        return in;
    }

    private static JsonNode match(JsonNode row, String id) {
        for (JsonNode m : row.get("matches")) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError(id + " not among the matches: " + row);
    }
}
