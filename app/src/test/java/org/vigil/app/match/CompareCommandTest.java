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

/** {@code vigil compare}, with token weights from the bundled lists. */
class CompareCommandTest {
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
    void twoSpellingsOfTheOrganisationMatchAndTwoDifferentPeopleDoNot() throws Exception {
        VigilCli.Run let = vigil.run("compare", "Lashkar-e-Taiba", "Lashkar e Tayyiba");
        assertThat(let.status()).isZero();
        assertThat(let.out()).contains("match true (threshold 0.80)").contains("taiba=tayyiba");

        JsonNode bush = vigil.run("compare", "George Bush", "George Habbash", "--type", "person", "--json").json();
        assertThat(bush.get("match").asBoolean()).isFalse();
        assertThat(bush.get("score").asDouble()).isLessThan(0.8);
        assertThat(bush.get("type").asText()).isEqualTo("person");
        assertThat(bush.get("explanation").findValuesAsText("rule")).isNotEmpty();

        JsonNode lowered = vigil.run("compare", "George Bush", "George Habbash", "--threshold", "0.01", "--json")
                .json();
        assertThat(lowered.get("match").asBoolean()).isTrue();
    }

    @Test
    void batchAddsScoreAndMatchToEveryInputColumn() throws Exception {
        Path in = dir.resolve("pairs.csv");
        Files.writeString(in, """
                name1,name2,schema,label
                Lashkar-e-Taiba,Lashkar e Tayyiba,organization,1
                George Bush,George Habbash,person,0
                "Saeed, Hafiz Muhammad",Hafiz Mohammad Sayeed,,1
                ,Nobody,,0
                """);
        Path out = dir.resolve("scores.csv");
        VigilCli.Run r = vigil.run("compare", "--input", in.toString(), "--output", out.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("row 4: empty name1").contains("compared 4 pairs").contains("1 error");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("name1,name2,schema,label,score,match");
        assertThat(lines.get(1)).startsWith("Lashkar-e-Taiba,Lashkar e Tayyiba,organization,1,").endsWith(",true");
        assertThat(lines.get(2)).startsWith("George Bush,George Habbash,person,0,").endsWith(",false");
        assertThat(lines.get(3)).startsWith("\"Saeed, Hafiz Muhammad\",Hafiz Mohammad Sayeed,,1,").endsWith(",true");
        assertThat(lines.get(4)).isEqualTo(",Nobody,,0,,");

        Path noColumns = dir.resolve("bad.csv");
        Files.writeString(noColumns, "a,b\nx,y\n");
        VigilCli.Run bad = vigil.run("compare", "--input", noColumns.toString());
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("no 'name1' column").contains("the header has: a, b");
    }
}
