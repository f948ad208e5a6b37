package org.vigil.lists.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.version.ListFiles;
import org.vigil.lists.version.ListVersion;

/** Cross-list identity on the real UN 2026-02, OFAC SDN 2021-07 and UK 2018-04 lists. */
class SubjectIndexRealDataTest {
    static SubjectIndex index;

    static ListVersion load(ListFormat f, String source, java.nio.file.Path p) throws Exception {
        return ListFiles.parse(Parsers.forFormat(f), f, source, ListInput.of(p), "test", Instant.EPOCH);
    }

    @BeforeAll
    static void build() throws Exception {
        index = SubjectIndex.build(List.of(
                load(ListFormat.UN_XML, "un-sc", TestData.unBundled()),
                load(ListFormat.OFAC_CSV, "us-ofac-sdn", TestData.ofacBundledDir()),
                load(ListFormat.UK_CSV, "gb-hmt", TestData.fixture("uk/sanctionsconlist_2018-04-13.csv"))));
    }

    static List<String> members(String id) {
        return index.subjectOf(EntityId.parse(id)).orElseThrow().members().stream().map(EntityId::toString).toList();
    }

    @Test
    void lashkarETayyibaAndItsLeadersAreEachOneSubjectOnAllThreeLists() {
        assertThat(members("un-sc:QDe.118")).containsExactly("gb-hmt:7241", "un-sc:QDe.118", "us-ofac-sdn:7140");
        assertThat(members("un-sc:QDi.263")).containsExactly("gb-hmt:9215", "un-sc:QDi.263", "us-ofac-sdn:10689");
        assertThat(members("un-sc:QDi.264")).containsExactly("gb-hmt:9216", "un-sc:QDi.264", "us-ofac-sdn:10690");
        Subject saeed = index.subjectOf(EntityId.parse("us-ofac-sdn:10689")).orElseThrow();
        assertThat(saeed.explain(EntityId.parse("un-sc:QDi.263"), EntityId.parse("us-ofac-sdn:10689")))
                .extracting(Evidence::kind).contains(Evidence.Kind.DOCUMENT, Evidence.Kind.NAME_AND_BIRTH_DATE);
        assertThat(saeed.explain(EntityId.parse("un-sc:QDi.263"), EntityId.parse("gb-hmt:9215")))
                .extracting(Evidence::kind).contains(Evidence.Kind.UN_REFERENCE);
    }

    @Test
    void noSubjectHoldsTwoRecordsOfOneListAndGroupsStaySmall() {
        assertThat(index.subjects()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.members().stream().map(EntityId::source)).doesNotHaveDuplicates();
            assertThat(s.members()).hasSizeBetween(2, 3);
        });
        // most UN records quoted by the UK list are found; a floor guards against silent regressions
        long unWithUk = index.subjects().stream().filter(s -> s.members().stream().anyMatch(m -> m.source()
                .equals("gb-hmt")) && s.members().stream().anyMatch(m -> m.source().equals("un-sc"))).count();
        assertThat(unWithUk).isGreaterThan(650);
    }
}
