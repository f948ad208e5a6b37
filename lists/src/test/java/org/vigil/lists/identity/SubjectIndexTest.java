package org.vigil.lists.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.lists.testing.Entities.org;
import static org.vigil.lists.testing.Entities.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.version.Counts;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;

class SubjectIndexTest {

    static SubjectIndex index(Entity... entities) {
        Map<String, List<Entity>> bySource = List.of(entities).stream()
                .collect(Collectors.groupingBy(e -> e.id().source()));
        List<ListVersion> versions = new ArrayList<>();
        bySource.forEach((s, l) -> versions.add(ListVersion.build(new VersionInfo(s + "@x", s, ListFormat.VIGIL_CSV,
                Optional.empty(), "0".repeat(64), Instant.EPOCH, Counts.of(l), List.of(), "", 0), l, List.of())));
        return SubjectIndex.build(versions);
    }

    static IdentityDocument nid(String number, String country) {
        return new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "National ID", number, Optional.of(country));
    }

    static EntityId id(String s) {
        return EntityId.parse(s);
    }

    @Test
    void aQuotedUnReferenceGroupsTheRecords() {
        Entity un = org("un-sc:QDe.118", "LASHKAR-E-TAYYIBA").build();
        Entity uk = org("gb-hmt:7241", "LASHKAR-E-TAYYIBA").property("un-reference", "QE.L.118.05").build();

        Subject s = index(un, uk).subjectOf(id("gb-hmt:7241")).orElseThrow();

        assertThat(s.members()).containsExactly(id("gb-hmt:7241"), id("un-sc:QDe.118"));
        assertThat(s.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Evidence.Kind.UN_REFERENCE);
            assertThat(e.detail()).isEqualTo("quotes UN reference QDe.118");
        });
    }

    @Test
    void aSharedNationalIdGroupsPersonsOfDifferentLists() {
        Entity un = person("un-sc:QDi.263", "HAFIZ MUHAMMAD SAEED").document(nid("3520025509842-7", "PK")).build();
        Entity ofac = person("us-ofac-sdn:10689", "SAEED, Muhammad").document(nid("3520025509842 7", "PK")).build();
        Entity uk = person("gb-hmt:9215", "SAEED, Hafiz Muhammad").property("un-reference", "QDi.263").build();

        SubjectIndex idx = index(un, ofac, uk);

        Subject s = idx.subjectOf(id("us-ofac-sdn:10689")).orElseThrow();
        assertThat(s.members()).containsExactly(id("gb-hmt:9215"), id("un-sc:QDi.263"), id("us-ofac-sdn:10689"));
        assertThat(s.evidenceFor(id("us-ofac-sdn:10689"))).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("same national-id 3520025509842-7 (PK)"));
        assertThat(idx.subjectOf(id("un-sc:QDi.263"))).contains(s);
    }

    @Test
    void aDocumentNumberAloneIsNotEnoughWhenCountriesOrNamesDiffer() {
        Entity a = person("a:1", "JOHN SMITH").document(nid("12345678", "PK")).build();
        Entity b = person("b:1", "JOHN SMITH").document(nid("12345678", "IN")).build();
        Entity c = person("c:1", "ALI HASSAN").document(nid("12345678", "PK")).build();
        Entity d = person("d:1", "JOHN SMITH").document(nid("000000", "PK")).build();
        Entity e = person("e:1", "JOHN SMITH").document(nid("000000", "PK")).build();
        assertThat(index(a, b, c, d, e).subjects()).isEmpty();
    }

    @Test
    void sameNameAndExactBirthDateGroupsPersonsButNameAloneDoesNot() {
        Entity a = person("a:1", "LAKHVI, Zaki-ur-Rehman").birthDate(FuzzyDate.day(1960, 12, 30)).build();
        Entity b = person("b:1", "ZAKI UR REHMAN LAKHVI").birthDate(FuzzyDate.day(1960, 12, 30)).build();
        Entity c = person("c:1", "ZAKI UR REHMAN LAKHVI").birthDate(FuzzyDate.year(1960)).build();
        Entity d = person("d:1", "ZAKI UR REHMAN LAKHVI").build();

        SubjectIndex idx = index(a, b, c, d);

        assertThat(idx.subjects()).singleElement().satisfies(s -> {
            assertThat(s.members()).containsExactly(id("a:1"), id("b:1"));
            assertThat(s.evidence().get(0).kind()).isEqualTo(Evidence.Kind.NAME_AND_BIRTH_DATE);
        });
    }

    @Test
    void organisationsSharingSeveralNamesIncludingAPrimaryAreGrouped() {
        Entity un = org("un-sc:QDe.118", "LASHKAR-E-TAYYIBA").name("Lashkar-e-Toiba", NameKind.STRONG_ALIAS)
                .name("Jamaat-ud-Dawa", NameKind.STRONG_ALIAS).name("JUD", NameKind.STRONG_ALIAS).build();
        Entity ofac = org("us-ofac-sdn:7140", "LASHKAR E-TAYYIBA").name("LASHKAR E-TOIBA", NameKind.STRONG_ALIAS)
                .name("JAMAAT-UD-DAWA", NameKind.STRONG_ALIAS).name("JUD", NameKind.WEAK_ALIAS).build();
        Entity unrelated = org("x:1", "JAMAAT-UD-DAWA").name("Lashkar-e-Toiba", NameKind.STRONG_ALIAS).build();

        SubjectIndex idx = index(un, ofac, unrelated);

        assertThat(idx.subjectOf(id("us-ofac-sdn:7140")).orElseThrow().members())
                .containsExactly(id("un-sc:QDe.118"), id("us-ofac-sdn:7140"));
        assertThat(idx.subjectOf(id("x:1"))).isEmpty(); // two shared names are not enough
    }

    @Test
    void recordsOfTheSameListAreNeverGrouped() {
        Entity a = person("un-sc:QDi.1", "A B").document(nid("99887766", "PK")).build();
        Entity b = person("un-sc:QDi.2", "A B").document(nid("99887766", "PK")).build();
        assertThat(index(a, b).subjects()).isEmpty();
    }

    @Test
    void referentsOfADatasetGroupRecords() {
        Entity ofac = org("us-ofac-sdn:32733", "INTER TOBACCO").build();
        Entity os = org("opensanctions:NK-2Gdm", "Inter Tobacco").property("referents", "ofac-32733")
                .property("referents", "ch-seco-54575").build();
        assertThat(index(ofac, os).subjectOf(id("opensanctions:NK-2Gdm")).orElseThrow().evidence())
                .extracting(Evidence::kind).containsExactly(Evidence.Kind.REFERENT);
    }

    @Test
    void aChainOfEvidenceNeverJoinsTwoRecordsOfOneList() {
        // the UK record quotes one UN number but shares a document with another UN record (a data error)
        Entity un1 = person("un-sc:KPi.001", "KIM ONE").build();
        Entity un2 = person("un-sc:KPi.002", "KIM TWO").document(nid("56333550", "KP")).build();
        Entity uk = person("gb-hmt:1", "KIM TWO").property("un-reference", "KPi.001")
                .document(nid("56333550", "KP")).build();

        SubjectIndex idx = index(un1, un2, uk);

        // the stronger evidence (the quoted reference) wins; the document link to a second UN record is dropped
        assertThat(idx.subjectOf(id("gb-hmt:1")).orElseThrow().members())
                .containsExactly(id("gb-hmt:1"), id("un-sc:KPi.001"));
        assertThat(idx.subjectOf(id("un-sc:KPi.002"))).isEmpty();
        assertThat(idx.subjects()).allSatisfy(sub -> assertThat(sub.members().stream().map(EntityId::source))
                .doesNotHaveDuplicates());
    }
}
