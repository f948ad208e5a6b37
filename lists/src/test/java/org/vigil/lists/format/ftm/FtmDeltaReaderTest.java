package org.vigil.lists.format.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.testing.TestData;

/**
 * The yente delta-feed fixtures (fixtures/ftm/deltas, copied from shared data opensanctions_ftm/yente_t2_deltas).
 * They are TEST fixtures with partly fake data (NK-500Poltergeist, "Foobar Foobargroup"): only the format and the op
 * handling are checked here, not the content.
 */
class FtmDeltaReaderTest {
    private static final Path DELTAS = TestData.fixture("ftm/deltas/delta.json").getParent();

    @TempDir
    Path dir;

    private static FtmDelta read(String version) throws Exception {
        return new FtmDeltaReader().read(ListInput.of(DELTAS.resolve(version).resolve("entities.delta.json")),
                "opensanctions");
    }

    private static EntityId id(String ftmId) {
        return new EntityId("opensanctions", ftmId);
    }

    @Test
    void theIndexListsFiveVersionsOldestFirst() throws Exception {
        FtmDeltaIndex index = FtmDeltaIndex.read(ListInput.of(DELTAS.resolve("delta.json")));
        assertThat(index.versions()).extracting(FtmDeltaIndex.Version::id).containsExactly(
                "20240527134702-zbn", "20240527194702-wnk", "20240528014702-pfh", "20240528074703-npf",
                "20240528134729-3iv");
        assertThat(index.versions().get(0).url()).isEqualTo(
                "https://data.opensanctions.org/artifacts/sanctions/20240527134702-zbn/entities.delta.json");
        assertThat(index.updatedAt()).contains(Instant.parse("2024-05-28T14:47:29Z"));
    }

    @Test
    void opCountsPerVersionAsSourceMdStates() throws Exception {
        FtmDeltaIndex index = FtmDeltaIndex.read(ListInput.of(DELTAS.resolve("delta.json")));
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        for (FtmDeltaIndex.Version v : index.versions()) {
            FtmDelta d = read(v.id());
            counts.put(v.id(), List.of(d.count(FtmOp.ADD), d.count(FtmOp.MOD), d.count(FtmOp.DEL)));
        }
        assertThat(counts).containsExactly(
                Map.entry("20240527134702-zbn", List.of(0L, 0L, 0L)),
                Map.entry("20240527194702-wnk", List.of(2L, 0L, 0L)),
                Map.entry("20240528014702-pfh", List.of(1L, 1L, 0L)),
                Map.entry("20240528074703-npf", List.of(0L, 0L, 1L)),
                Map.entry("20240528134729-3iv", List.of(1L, 0L, 0L)));
    }

    @Test
    void wnkAddsTwoEntities() throws Exception {
        FtmDelta d = read("20240527194702-wnk");
        assertThat(d.changes()).extracting(FtmChange::op, FtmChange::id, FtmChange::ftmSchema, FtmChange::line)
                .containsExactly(
                        tuple(FtmOp.ADD, id("NK-2T3S8Hu29ktYnKSTgQp2wL"), "Organization",
                                1L),
                        tuple(FtmOp.ADD, id("NK-2sJaJRaPJcWUfMbHjTtWcL"), "Person", 2L));
        assertThat(d.removals()).isEmpty();
        Entity aqi = d.entities().get(0);
        assertThat(aqi.primaryName()).isEqualTo(new Name("AL-QAIDA IN IRAQ", NameKind.PRIMARY));
        assertThat(aqi.names()).hasSize(173);
        assertThat(aqi.names().stream().filter(n -> n.kind() == NameKind.WEAK_ALIAS).count()).isEqualTo(21);
        assertThat(aqi.countries()).containsExactly("IQ", "SY");
        assertThat(aqi.property("datasets")).hasSize(22).contains("un_sc_sanctions", "us_ofac_sdn");
        assertThat(aqi.property("referents")).contains("unsc-113966", "ofac-8759", "gb-hmt-8441");
        Entity agha = d.entities().get(1);
        assertThat(agha.caption()).isEqualTo("Janan Agha");
        assertThat(agha.names()).hasSize(14);
        assertThat(agha.birthDates()).containsExactly(FuzzyDate.year(1953), FuzzyDate.year(1958));
        assertThat(agha.nationalities()).containsExactly("AF");
        assertThat(agha.property("title")).containsExactly("Mullah", "Mullah （ムラー）");
        assertThat(d.warnings()).containsExactly(DELTAS.resolve("20240527194702-wnk/entities.delta.json")
                + ":1: entity NK-2T3S8Hu29ktYnKSTgQp2wL: weakAlias ':' has no letters; ignored");
    }

    @Test
    void pfhAddsTheFakePoltergeistAndModifiesAqi() throws Exception {
        FtmDelta d = read("20240528014702-pfh");
        assertThat(d.changes()).extracting(FtmChange::op).containsExactly(FtmOp.ADD, FtmOp.MOD);
        Entity poltergeist = d.entities().get(0);
        assertThat(poltergeist.id()).isEqualTo(id("NK-500Poltergeist"));
        // its "name" is [""]: the caption, also one of its aliases, becomes the primary name
        assertThat(poltergeist.primaryName()).isEqualTo(new Name("AL-QAIDA IN IRAQ", NameKind.PRIMARY));
        assertThat(poltergeist.names()).hasSize(113);
        Entity modified = d.entities().get(1);
        assertThat(modified.id()).isEqualTo(id("NK-2T3S8Hu29ktYnKSTgQp2wL"));
        assertThat(modified.names()).extracting(Name::value)
                .containsExactly("Foobar Foobargroup", "IRGC", "Iranian Revolutionary Guard Corps");
    }

    @Test
    void npfRemovesThePoltergeistAndZbnChangesNothing() throws Exception {
        FtmDelta npf = read("20240528074703-npf");
        assertThat(npf.removals()).containsExactly(id("NK-500Poltergeist"));
        assertThat(npf.entities()).isEmpty();
        assertThat(npf.changes().get(0).ftmSchema()).isEmpty();
        assertThat(npf.changes().get(0).entity()).isEmpty();

        FtmDelta zbn = read("20240527134702-zbn");
        assertThat(zbn.changes()).isEmpty();
        assertThat(zbn.warnings()).isEmpty();
    }

    @Test
    void applyingTheVersionsInIndexOrderLeavesThreeEntities() throws Exception {
        Map<EntityId, Entity> state = new LinkedHashMap<>();
        for (FtmDeltaIndex.Version v : FtmDeltaIndex.read(ListInput.of(DELTAS.resolve("delta.json"))).versions()) {
            FtmDelta d = read(v.id());
            d.entities().forEach(e -> state.put(e.id(), e));
            d.removals().forEach(state::remove);
        }
        assertThat(state.keySet()).containsExactly(id("NK-2T3S8Hu29ktYnKSTgQp2wL"), id("NK-2sJaJRaPJcWUfMbHjTtWcL"),
                id("Q4365364"));
        assertThat(state.get(id("NK-2T3S8Hu29ktYnKSTgQp2wL")).caption()).isEqualTo("Foobar Foobargroup");
        assertThat(state.get(id("Q4365364")).property("referents")).contains("NK-CKqXfkBTsWPzJurpbYHfWE",
                "gb-hmt-14436");
    }

    @Test
    void aFullEntitiesFileIsNotADelta() {
        Path full = TestData.fixture("ftm/entities.ftm.json");
        ListFormatException e = catchThrowableOfType(ListFormatException.class,
                () -> new FtmDeltaReader().read(ListInput.of(full), "opensanctions"));
        assertThat(e).hasMessage(full + ":1: not a delta line (no \"op\"): this looks like a full FtM entities file;"
                + " read it as format ftm");
    }

    @Test
    void badDeltaLines() throws Exception {
        List<String> messages = new ArrayList<>();
        for (String line : List.of(
                "{\"op\":\"UPSERT\",\"entity\":{\"id\":\"NK-1\",\"schema\":\"Person\"}}",
                "{\"op\":\"ADD\",\"entity\":{\"id\":\"NK-1\",\"properties\":{\"name\":[\"A\"]}}}",
                "{\"op\":\"DEL\"}",
                "{\"op\":\"DEL\",\"entity\":{\"schema\":\"Person\"}}",
                "{\"op\":\"DEL\",\"entity\":{\"id\":\"NK-1\"},\"id\":\"NK-2\"}",
                "{\"op\":\"DEL\",\"entity\":{\"id\":\"NK-1\"}")) {
            Path f = dir.resolve("entities.delta.json");
            Files.writeString(f, "{\"op\":\"DEL\",\"entity\":{\"id\":\"NK-0\"}}\n" + line + "\n",
                    StandardCharsets.UTF_8);
            ListFormatException e = catchThrowableOfType(ListFormatException.class,
                    () -> new FtmDeltaReader().read(ListInput.of(f), "opensanctions"));
            assertThat(e.line()).isEqualTo(2);
            messages.add(e.reason());
        }
        assertThat(messages).containsExactly(
                "unknown delta \"op\" 'UPSERT': expected ADD, MOD or DEL",
                "ADD of entity NK-1 has no \"schema\"",
                "the delta line has an \"op\" but no \"entity\" object",
                "the entity has no \"id\"",
                "the line mixes a delta wrapper (\"op\", \"entity\") with entity fields",
                "the line ends before its JSON object is complete (truncated line or file?): Unexpected end-of-input:"
                        + " expected close marker for Object");
    }
}
