package org.vigil.lists.format.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.version.ListFiles;

/** The EU FSF XML parser on the hand-written fixture {@code fixtures/eu-xml/} (see its SOURCE.md). */
class EuXmlParserTest {
    static final Path FIXTURE = TestData.fixture("eu-xml/xmlFullSanctionsList_1_1.xml");
    static final String NS = "http://eu.europa.ec/fpi/fsd/export";

    static ParsedList list;
    static Map<String, Entity> byId;

    @BeforeAll
    static void parseFixture() throws Exception {
        list = new EuXmlParser().parse(ListInput.of(FIXTURE), "eu-fsf");
        // records as a version holds them: remark links citing a UN number resolved to the listing carrying it
        byId = ListFiles.parse(new EuXmlParser(), ListFormat.EU_XML, "eu-fsf", ListInput.of(FIXTURE), "", Instant.EPOCH)
                .entities().stream().collect(Collectors.toMap(e -> e.id().sourceId(), e -> e));
    }

    @Test
    void readsTheThreeListingsWithoutWarnings() {
        assertThat(list.source()).isEqualTo("eu-fsf");
        assertThat(list.format()).isEqualTo(ListFormat.EU_XML);
        assertThat(list.entities()).extracting(e -> e.id().toString(), Entity::schema).containsExactly(
                tuple("eu-fsf:3941", Schema.ORGANIZATION), tuple("eu-fsf:4913", Schema.PERSON),
                tuple("eu-fsf:162301", Schema.PERSON));
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    void generationDateIsThePublicationInstant() {
        assertThat(list.published()).contains(Instant.parse("2026-03-02T16:35:11.512Z"));
    }

    @Test
    void lashkarETayyiba() {
        Entity e = byId.get("3941");
        assertThat(e.primaryName()).isEqualTo(new Name("Lashkar-e-Tayyiba", NameKind.PRIMARY));
        assertThat(e.names()).hasSize(28);
        assertThat(e.names().subList(1, 28)).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NameKind.STRONG_ALIAS));
        assertThat(e.names()).extracting(Name::value).containsSubsequence("Lashkar-e-Toiba", "LET", "Jamaat-ud-Dawa",
                "JUD", "Falah-i-Insaniat Foundation (FIF)");
        assertThat(e.names().get(27).value()).isEqualTo("Falah-i-Insaniat Foundation (FIF)");
        assertThat(e.properties()).containsExactly(
                Map.entry("eu-reference", List.of("EU.2611.52")),
                Map.entry("regulation", List.of("881/2002 (OJ L139)")),
                Map.entry("regulation-url",
                        List.of("http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2002:139:0009:0022:EN:PDF")),
                Map.entry("un-reference", List.of("QDe.118")));
        assertThat(e.programmes()).containsExactly("AQ");
        assertThat(e.listedOn()).contains(LocalDate.of(2005, 5, 2));
        assertThat(e.lastUpdated()).as("the only regulation predates the listing").isEmpty();
        assertThat(e.remarks()).containsExactly(
                "Associated with Hafiz Muhammad Saeed (QDi.263) who is the leader of Lashkar-e-Tayyiba.");
        assertThat(e.links()).containsExactly(new Link(Link.Type.ASSOCIATED_WITH, "QDi.263",
                Optional.of(new EntityId("eu-fsf", "4913")),
                "Associated with Hafiz Muhammad Saeed (QDi.263) who is the leader of Lashkar-e-Tayyiba."));
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(e.addresses()).isEmpty();
        assertThat(e.documents()).isEmpty();
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.countries()).isEmpty();
        assertThat(e.birthDates()).isEmpty();
    }

    @Test
    void hafizMuhammadSaeed() {
        Entity e = byId.get("4913");
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("Hafiz Muhammad Saeed", NameKind.PRIMARY),
                tuple("Hafiz Mohammad Sahib", NameKind.STRONG_ALIAS),
                tuple("Hafiz Mohammad Sayid", NameKind.STRONG_ALIAS),
                tuple("Hafiz Muhammad", NameKind.STRONG_ALIAS),
                tuple("Hafiz Saeed", NameKind.STRONG_ALIAS),
                tuple("Hafez Mohammad Saeed", NameKind.STRONG_ALIAS),
                tuple("Hafiz Mohammad Sayeed", NameKind.STRONG_ALIAS),
                tuple("Tata Mohammad Syeed", NameKind.STRONG_ALIAS),
                tuple("Mohammad Sayed", NameKind.STRONG_ALIAS),
                tuple("Muhammad Saeed", NameKind.STRONG_ALIAS),
                tuple("Hafiz Ji", NameKind.WEAK_ALIAS));
        assertThat(e.names()).allSatisfy(n -> assertThat(n.parts()).isEmpty());
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.property("un-reference")).containsExactly("QDi.263");
        assertThat(e.property("eu-reference")).containsExactly("EU.2650.39");
        assertThat(e.listedOn()).contains(LocalDate.of(2008, 12, 10));
        assertThat(e.programmes()).containsExactly("AQ");
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1950, 6, 5).withText("1950-06-05"));
        assertThat(e.birthPlaces()).containsExactly(
                new Place("Sargodha", "Punjab", Optional.of("PK"), "Sargodha, Punjab, PAKISTAN"));
        assertThat(e.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.NATIONAL_ID,
                "National identification card", "3520025509842-7", Optional.of("PK")));
        assertThat(e.addresses()).containsExactly(new Address("House No. 116E, Mohalla Johar, Lahore, Tehsil",
                "Lahore City", "Lahore District", "", Optional.of("PK"), "PAKISTAN", "location as of May 2008"));
        assertThat(e.countries()).containsExactly("PK");
        assertThat(e.remarks()).containsExactly("Muhammad Saeed is the leader of Lashkar-e-Tayyiba (QDe.118). In "
                + "custody of the Government of Pakistan serving a 78 year imprisonment sentence since 12 February 2020"
                + " as a result of conviction in seven terror financing cases.");
        assertThat(e.links()).containsExactly(new Link(Link.Type.LEADER_OF, "QDe.118",
                Optional.of(new EntityId("eu-fsf", "3941")),
                "Muhammad Saeed is the leader of Lashkar-e-Tayyiba (QDe.118)."));
    }

    @Test
    void kuzmenkoAnEuOnlyListing() {
        Entity e = byId.get("162301");
        assertThat(e.names()).containsExactly(
                new Name("Vitaly Yurievich KUZMENKO", NameKind.PRIMARY, List.of(
                        new NamePart(NamePart.Type.GIVEN, "Vitaly"), new NamePart(NamePart.Type.MIDDLE, "Yurievich"),
                        new NamePart(NamePart.Type.FAMILY, "KUZMENKO"))),
                new Name("Виталий Юрьевич КУЗЬМЕНКО", NameKind.ORIGINAL_SCRIPT, List.of(
                        new NamePart(NamePart.Type.GIVEN, "Виталий"), new NamePart(NamePart.Type.MIDDLE, "Юрьевич"),
                        new NamePart(NamePart.Type.FAMILY, "КУЗЬМЕНКО"))),
                new Name("Vitalij Kuzmenko", NameKind.STRONG_ALIAS, List.of(
                        new NamePart(NamePart.Type.GIVEN, "Vitalij"), new NamePart(NamePart.Type.FAMILY, "Kuzmenko"))));
        assertThat(e.names().get(1).script()).isEqualTo("Cyrillic");
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.properties()).containsExactly(
                Map.entry("eu-reference", List.of("EU.11179.96")),
                Map.entry("position", List.of("General Director of JSC 163 Armor Repair Plant")),
                Map.entry("regulation", List.of("2024/753 (OJ L)")),
                Map.entry("regulation-url", List.of("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L_202400753")));
        assertThat(e.property("un-reference")).as("not a UN listing").isEmpty();
        assertThat(e.programmes()).containsExactly("UKR");
        assertThat(e.listedOn()).contains(LocalDate.of(2024, 2, 23));
        assertThat(e.lastUpdated()).isEmpty();
        assertThat(e.nationalities()).containsExactly("RU");
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1971, 1, 22).withText("1971-01-22"));
        assertThat(e.birthPlaces()).as("country 00 / UNKNOWN and no city: no place").isEmpty();
        assertThat(e.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.TAX_ID, "Fiscal Code",
                "366510784303", Optional.of("RU")));
        assertThat(e.remarks()).containsExactly(
                "The plant is part of the High Precision Systems holding company of Rostec");
        assertThat(e.links()).isEmpty();
        assertThat(e.addresses()).isEmpty();
        assertThat(e.countries()).isEmpty();
    }

    @Test
    void theSameFactsAsTheOpenSanctionsRecordOfKuzmenko() {
        // fixtures/ftm/entities.ftm.json, entity NK-2Ka3UvopqbpZmVDFjWd4LA (dataset eu_fsf), the fixture's source
        Entity e = byId.get("162301");
        assertThat(e.names()).extracting(Name::value).containsExactlyInAnyOrder("Vitalij Kuzmenko",
                "Виталий Юрьевич КУЗЬМЕНКО", "Vitaly Yurievich KUZMENKO");
        assertThat(e.birthDates()).extracting(FuzzyDate::canonical).containsExactly("1971-01-22");
        assertThat(e.documents()).extracting(IdentityDocument::number).containsExactly("366510784303");
        assertThat(e.nationalities()).containsExactly("RU");
        assertThat(e.property("position")).containsExactly("General Director of JSC 163 Armor Repair Plant");
    }
}
