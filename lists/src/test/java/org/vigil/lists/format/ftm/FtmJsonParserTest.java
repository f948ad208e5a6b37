package org.vigil.lists.format.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;

/** The real yente fixture: 7 FtM lines from the EU FSF dataset (see fixtures/SOURCE.md). */
class FtmJsonParserTest {
    private static final Path FILE = TestData.fixture("ftm/entities.ftm.json");
    private static ParsedList list;

    @BeforeAll
    static void parse() throws Exception {
        list = new FtmJsonParser().parse(ListInput.of(FILE), "opensanctions");
    }

    private static Entity entity(String ftmId) {
        EntityId id = new EntityId("opensanctions", ftmId);
        return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sevenLinesGiveSixTargetsInFileOrderAndTheAddressIsNotAnEntity() {
        assertThat(list.source()).isEqualTo("opensanctions");
        assertThat(list.format()).isEqualTo(ListFormat.FTM_JSON);
        assertThat(list.published()).isEmpty();
        assertThat(list.entities()).extracting(e -> e.id().toString()).containsExactly(
                "opensanctions:NK-2GdmHtZTeNXjNVrBGEXZNj",
                "opensanctions:NK-2Ka3UvopqbpZmVDFjWd4LA",
                "opensanctions:NK-2KeUB68qUJtykm3BuAcazG",
                "opensanctions:NK-2Mht2rqBeravCTdyQAWc4o",
                "opensanctions:NK-2Myxbs6wX9xFKGoQn3sLaY",
                "opensanctions:NK-2PacmNpiLUmoz4XD2mSt7A");
        Map<Schema, Long> bySchema = list.entities().stream()
                .collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(bySchema).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 4L, Schema.ORGANIZATION, 2L));
    }

    @Test
    void organisationInterTobacco() {
        Entity e = entity("NK-2GdmHtZTeNXjNVrBGEXZNj");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).hasSize(12);
        assertThat(e.primaryName()).isEqualTo(new Name("RAB „Inter Tobacco“", NameKind.PRIMARY));
        assertThat(e.names().subList(1, 12)).extracting(Name::value).containsExactly(
                "LLC “Inter Tobacco”",
                "Εταιρία περιορισμένης ευθύνης “Inter Tobacco”",
                "Sociedad de responsabilidad limitada “Inter Tobacco”",
                "Общество с ограниченной ответственностью “Интер Тобако”",
                "“Inter Tobacco” LLC",
                "An chuideachta theoranta ‘Inter Tobacco’",
                "Таварыства з абмежаванай адказнасцю “Інтэр Табак”",
                "„Inter Tobacco“, společnost s ručením omezeným",
                "Societatea cu răspundere limitată «Inter Tobacco»",
                "Дружество с ограничена отговорност „Inter Tobacco“",
                "Družba z omejeno odgovornostjo „Inter Tobacco“");
        assertThat(e.names().subList(1, 12)).extracting(Name::kind).containsOnly(NameKind.STRONG_ALIAS);
        assertThat(e.names()).filteredOn(n -> n.script().equals("Cyrillic")).extracting(Name::value)
                .containsExactly("Общество с ограниченной ответственностью “Интер Тобако”",
                        "Таварыства з абмежаванай адказнасцю “Інтэр Табак”");
        // Cyrillic or Greek words mixed with the Latin "Inter Tobacco"
        assertThat(e.names()).filteredOn(n -> n.script().equals("Mixed")).hasSize(2);
        assertThat(e.countries()).containsExactly("BY");
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.COMPANY_REGISTRATION,
                "registrationNumber", "808000714", Optional.empty()));
        assertThat(e.remarks()).containsExactly("Belarus (Minsk Free Economic Zone)");
        assertThat(e.listedOn()).contains(LocalDate.of(2022, 6, 3));
        assertThat(e.lastUpdated()).contains(LocalDate.of(2023, 7, 26));
        assertThat(e.programmes()).isEmpty();
        assertThat(e.links()).isEmpty();
        // its address entity is not among the 7 lines (the one Address there is a Kenyan one nobody names)
        assertThat(e.addresses()).isEmpty();
        assertThat(e.properties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "address-entity", List.of("addr-125caec37c3486d3a71de8ae943eec47f420b38a"),
                "datasets", List.of("eu_fsf"),
                "first-seen", List.of("2023-04-20T18:00:25"),
                "last-seen", List.of("2024-06-01T10:57:03"),
                "last-change", List.of("2023-07-26T20:01:14"),
                "ftm-schema", List.of("Organization"),
                "target", List.of("true"),
                "topics", List.of("sanction"),
                "referents", List.of("ofac-32733", "ua-nazk-company-451",
                        "ru-ed9c182bdc110a66b9df7253fa73958d7fa68e20", "ca-sema-2-32-by-inter-tobacco",
                        "ch-seco-54575", "ca-sema-belarus-2-32", "eu-fsf-eu-8282-49",
                        "ua-nabc-company-451-inter-tobacco-llc", "fr-ga-4865")));
    }

    @Test
    void personKuzmenko() {
        Entity e = entity("NK-2Ka3UvopqbpZmVDFjWd4LA");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).containsExactly(
                new Name("Vitaly Yurievich KUZMENKO", NameKind.PRIMARY, List.of(
                        new NamePart(NamePart.Type.GIVEN, "Vitaly"), new NamePart(NamePart.Type.FAMILY, "KUZMENKO"))),
                new Name("Vitalij Kuzmenko", NameKind.STRONG_ALIAS, List.of(
                        new NamePart(NamePart.Type.GIVEN, "Vitalij"), new NamePart(NamePart.Type.FAMILY, "Kuzmenko"))),
                new Name("Виталий Юрьевич КУЗЬМЕНКО", NameKind.STRONG_ALIAS, List.of(
                        new NamePart(NamePart.Type.GIVEN, "Виталий"),
                        new NamePart(NamePart.Type.FAMILY, "КУЗЬМЕНКО"))));
        assertThat(e.names().get(2).script()).isEqualTo("Cyrillic");
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1971, 1, 22));
        assertThat(e.nationalities()).containsExactly("RU");
        assertThat(e.countries()).isEmpty();
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.TAX_ID, "taxNumber",
                "366510784303", Optional.empty()));
        assertThat(e.remarks()).containsExactly("The plant is part of the High Precision Systems holding company"
                + " of Rostec");
        assertThat(e.listedOn()).contains(LocalDate.of(2024, 2, 23));
        assertThat(e.lastUpdated()).contains(LocalDate.of(2024, 3, 28));
        assertThat(e.property("position")).containsExactly("General Director of JSC 163 Armor Repair Plant");
        assertThat(e.property("referents")).containsExactly("fr-ga-7206", "eu-fsf-eu-11179-96", "ch-seco-72953",
                "eu-tb-logical-162301", "ua-nsdc-21895-kuzmenko-vitalij-urijovic", "ua-nazk-person-15786",
                "ru-inn-366510784303");
        assertThat(e.property("topics")).containsExactly("sanction");
        assertThat(e.property("datasets")).containsExactly("eu_fsf");
        assertThat(e.property("first-seen")).containsExactly("2024-02-26T16:57:25");
        assertThat(e.property("last-seen")).containsExactly("2024-06-01T10:57:03");
        // every firstName/lastName value sits in a name, so none is left over as a property
        assertThat(e.properties()).doesNotContainKeys("first-name", "last-name");
    }

    @Test
    void personSojkoHasBirthPlaceTitleAndOnlyThePartsItsNamesContain() {
        Entity e = entity("NK-2Myxbs6wX9xFKGoQn3sLaY");
        assertThat(e.names()).hasSize(5);
        // firstName lists Віктар, Victor, Виктор but not "Viktor": the primary name gets no parts
        assertThat(e.primaryName()).isEqualTo(new Name("Viktor Vladimirovitj Sojko", NameKind.PRIMARY));
        assertThat(e.names().get(4)).isEqualTo(new Name("Victor Vladimirovich SOYKO", NameKind.STRONG_ALIAS,
                List.of(new NamePart(NamePart.Type.GIVEN, "Victor"), new NamePart(NamePart.Type.FAMILY, "SOYKO"))));
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1971, 7, 3));
        assertThat(e.birthPlaces()).containsExactly(Place.ofText("BELARUS, Komsomolskaya", Optional.of("BY")));
        assertThat(e.nationalities()).containsExactly("BY");
        assertThat(e.countries()).containsExactly("BY");
        assertThat(e.property("title")).containsExactly("Colonel");
        assertThat(e.property("referents")).hasSize(14);
    }

    @Test
    void personZjuravlevaWithoutNameParts() {
        Entity e = entity("NK-2KeUB68qUJtykm3BuAcazG");
        assertThat(e.names()).extracting(Name::value).containsExactly("Tatiana Vladimirovna ZJURAVLEVA",
                "Татьяна Владимировна ЖУРАВЛЕВА", "Tatyana Vladimirovna ZHURAVLEVA",
                "Tetiana Volodymyrivna ZJURAVLEVA", "Тетяна Володимирівна ЖУРАВЛЕВА");
        assertThat(e.names()).allSatisfy(n -> assertThat(n.parts()).isEmpty());
        assertThat(e.gender()).isEqualTo(Gender.FEMALE);
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1967, 12, 19));
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.listedOn()).contains(LocalDate.of(2022, 4, 8));
        assertThat(e.property("referents")).hasSize(12).contains("gb-hmt-15174");
    }

    @Test
    void personPachodavaAndOrganisationIrgc() {
        Entity p = entity("NK-2Mht2rqBeravCTdyQAWc4o");
        assertThat(p.names()).hasSize(8);
        assertThat(p.names()).allSatisfy(n -> assertThat(n.parts()).extracting(NamePart::type)
                .containsExactly(NamePart.Type.GIVEN, NamePart.Type.FAMILY));
        assertThat(p.nationalities()).containsExactly("BY");
        assertThat(p.remarks()).containsExactly("Suspected location: Gomel");
        assertThat(p.listedOn()).contains(LocalDate.of(2023, 8, 3));

        Entity o = entity("NK-2PacmNpiLUmoz4XD2mSt7A");
        assertThat(o.names()).containsExactly(new Name("IRGC", NameKind.PRIMARY),
                new Name("Iranian Revolutionary Guard Corps", NameKind.STRONG_ALIAS));
        assertThat(o.countries()).containsExactly("IR");
        assertThat(o.listedOn()).contains(LocalDate.of(2012, 3, 24));
        assertThat(o.property("referents")).contains("ofac-10465", "gb-hmt-11241");
    }

    @Test
    void theTwoAddressIdsThatAreNotInTheFileAreWarnedAbout() {
        assertThat(list.warnings()).containsExactly(
                FILE + ":1: entity NK-2GdmHtZTeNXjNVrBGEXZNj: address entity"
                        + " addr-125caec37c3486d3a71de8ae943eec47f420b38a is not in this file; kept as address-entity",
                FILE + ":7: entity NK-2PacmNpiLUmoz4XD2mSt7A: address entity"
                        + " addr-9bdb8d404e2618cfce08d3b3d400c1433c634849 is not in this file; kept as address-entity");
    }
}
