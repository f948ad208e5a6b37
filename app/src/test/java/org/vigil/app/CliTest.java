package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.testing.TestData;

/** The CLI as a user drives it, on a fresh data directory: first run installs the bundled lists. */
class CliTest {
    @TempDir
    Path data;


    VigilCli.Run vigil(String... args) {
        return new VigilCli(data).run(args);
    }

    @BeforeEach
    void firstRun() {
        VigilCli.Run r = vigil("lists", "show");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("first run: loaded the bundled list snapshot");
    }

    @Test
    void showListsTheBundledSnapshot() throws Exception {
        VigilCli.Run r = vigil("lists", "show");
        assertThat(r.out()).contains("un-sc").contains("us-ofac-sdn").contains("2026-02-27");
        assertThat(r.err()).doesNotContain("first run");

        JsonNode j = vigil("lists", "show", "--json").json();
        assertThat(j).hasSize(2);
        assertThat(j.get(0).get("source").asText()).isEqualTo("un-sc");
        assertThat(j.get(0).at("/active/counts/persons").asInt()).isEqualTo(730);
        assertThat(j.get(0).at("/active/counts/organizations").asInt()).isEqualTo(273);
        assertThat(j.get(1).at("/active/counts/entities").asInt()).isEqualTo(8976);
    }

    @Test
    void anOlderPublicationIsRefusedUnlessForcedAndTheDiffShowsTheChange() throws Exception {
        Path older = TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml");
        VigilCli.Run refused = vigil("lists", "load", older.toString(), "--source", "un-sc");
        assertThat(refused.status()).isEqualTo(3);
        assertThat(refused.err()).contains("older than the active version").contains("stays active");

        JsonNode diff = vigil("lists", "diff", "un-sc@2025-08-02", "un-sc", "--json").json();
        assertThat(diff.at("/summary/added").asInt()).isEqualTo(127);
        assertThat(diff.at("/summary/removed").asInt()).isEqualTo(3);
        assertThat(diff.get("changed").size()).isPositive();

        JsonNode fileDiff = vigil("lists", "diff", older.toString(), TestData.unBundled().toString(), "--json").json();
        assertThat(fileDiff.at("/summary")).isEqualTo(diff.at("/summary"));

        VigilCli.Run text = vigil("lists", "diff", "un-sc@2025-08-02", "un-sc@active");
        assertThat(text.out()).contains("127 added, 3 removed");

        VigilCli.Run forced = vigil("lists", "load", older.toString(), "--source", "un-sc", "--force");
        assertThat(forced.status()).isZero();
        assertThat(forced.out()).contains("activated un-sc@2025-08-02");
        assertThat(vigil("lists", "activate", "un-sc@2026-02-27").status()).isZero();
        assertThat(vigil("lists", "history", "un-sc").out()).contains("REJECTED").contains("ROLLED_BACK");

        // every load and activation from the command line is in the audit log, refused ones too
        try (org.vigil.app.Services s = new org.vigil.app.Services(org.vigil.screening.db.Database.open(
                org.vigil.screening.db.Database.h2FileUrl(data)), java.time.Clock.systemUTC())) {
            var rows = s.audit().read(1, 100);
            assertThat(rows).extracting(e -> e.action()).containsSubsequence("lists.load", "lists.load",
                    "lists.activate");
            assertThat(rows.get(0).details()).contains("\"outcome\":\"REJECTED\"");
            assertThat(rows).anySatisfy(e -> assertThat(e.details()).contains("\"version\":\"un-sc@2025-08-02"));
            assertThat(s.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void aBrokenFileIsRejectedWithFileAndPosition() throws Exception {
        Path bad = data.resolve("consolidated.xml");
        byte[] full = Files.readAllBytes(TestData.unBundled());
        Files.write(bad, java.util.Arrays.copyOf(full, 100_000));
        VigilCli.Run r = vigil("lists", "load", bad.toString(), "--source", "un-sc");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":").contains("stays active");
        assertThat(vigil("lists", "show", "--json").json().get(0).get("lastProblem").asText()).contains("failed");
    }

    @Test
    void entityShowsAliasesLinksBothWaysAndOtherDesignations() throws Exception {
        JsonNode let = vigil("entity", "un-sc:QDe.118", "--json").json();
        assertThat(let.get("caption").asText()).isEqualTo("LASHKAR-E-TAYYIBA");
        assertThat(let.get("names").size()).isEqualTo(28);
        List<String> linkedFrom = new ArrayList<>();
        let.get("linkedFrom").forEach(n -> linkedFrom.add(n.get("from").asText()));
        assertThat(linkedFrom).contains("un-sc:QDi.263", "un-sc:QDi.264");
        List<String> others = new ArrayList<>();
        let.get("otherDesignations").forEach(n -> others.add(n.get("id").asText()));
        assertThat(others).contains("us-ofac-sdn:7140");

        JsonNode saeed = vigil("entity", "us-ofac-sdn:10689", "--json").json();
        List<String> saeedOthers = new ArrayList<>();
        saeed.get("otherDesignations").forEach(n -> saeedOthers.add(n.get("id").asText()));
        assertThat(saeedOthers).contains("un-sc:QDi.263");

        VigilCli.Run text = vigil("entity", "un-sc:QDe.118");
        assertThat(text.out()).contains("Names (28):").contains("Jamaat-ud-Dawa").contains("Linked from")
                .contains("Other designations of the same subject:");
    }

    @Test
    void unknownIdsAndBadArgumentsGiveClearErrors() {
        VigilCli.Run missing = vigil("entity", "un-sc:QDi.999");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("un-sc:QDi.999 is not in the active version");
        VigilCli.Run malformed = vigil("entity", "QDi.263");
        assertThat(malformed.status()).isEqualTo(1);
        assertThat(malformed.err()).contains("entity id must look like SOURCE:ID");
        VigilCli.Run noSuch = vigil("lists", "diff", "un-sc@1999-01-01", "un-sc");
        assertThat(noSuch.err()).contains("neither a file nor a stored version");
        VigilCli.Run format = vigil("lists", "load", data.toString(), "--format", "nope");
        assertThat(format.err()).contains("unknown list format 'nope'");
    }
}
