package org.vigil.lists.format.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.json.JsonLinesFile;
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
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;

/**
 * How lines of different FtM schemas are joined. The real fixture has no Sanction, relationship or Identification
 * entities and its one Address is named by no entity, so these tests use hand-made lines (ids "T-..."), plus the
 * fixture's real Address line where an address is needed.
 */
class FtmJoinTest {
    /** Line 4 of the fixture: Address NK-2MQE6AmhAk4tqhENJAMUG9 "Majengo area, Mombasa, KENYA". */
    private static final String KENYA_ADDRESS;
    private static final Address KENYA = new Address("", "Majengo area, Mombasa", "", "", Optional.of("KE"), "", "");

    static {
        try {
            KENYA_ADDRESS = Files.readAllLines(TestData.fixture("ftm/entities.ftm.json"), StandardCharsets.UTF_8)
                    .get(3);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path dir;

    private Path write(String... lines) throws Exception {
        Path f = dir.resolve("entities.ftm.json");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private ParsedList parse(String... lines) throws Exception {
        return new FtmJsonParser().parse(ListInput.of(write(lines)), "opensanctions");
    }

    private static Entity entity(ParsedList list, String ftmId) {
        EntityId id = new EntityId("opensanctions", ftmId);
        return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static String org(String id, String name, String extraProperties) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Organization\",\"caption\":\"" + name
                + "\",\"properties\":{\"name\":[\"" + name + "\"]" + extraProperties + "}}";
    }

    private static String person(String id, String name, String extraProperties) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"caption\":\"" + name
                + "\",\"properties\":{\"name\":[\"" + name + "\"]" + extraProperties + "}}";
    }

    @Test
    void anAddressIsResolvedWhetherItComesBeforeOrAfterTheEntityNamingIt() throws Exception {
        ParsedList list = parse(
                org("T-before", "Before Ltd", ",\"addressEntity\":[\"NK-2MQE6AmhAk4tqhENJAMUG9\"],"
                        + "\"address\":[\"Majengo area, Mombasa, KENYA\"]"),
                KENYA_ADDRESS,
                org("T-after", "After Ltd", ",\"addressEntity\":[\"NK-2MQE6AmhAk4tqhENJAMUG9\"],"
                        + "\"address\":[\"PO Box 1, Nairobi\"]"));
        assertThat(list.entities()).hasSize(2);
        // the address text equal to the Address entity's "full" is not added twice
        assertThat(entity(list, "T-before").addresses()).containsExactly(KENYA);
        assertThat(entity(list, "T-after").addresses()).containsExactly(KENYA,
                new Address("PO Box 1, Nairobi", "", "", "", Optional.empty(), "", ""));
        assertThat(entity(list, "T-before").properties()).doesNotContainKey("address-entity");
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    void theAddressMapIsBoundedButKeepsAddressesAlreadyAskedFor() throws Exception {
        String a1 = "{\"id\":\"T-a1\",\"schema\":\"Address\",\"properties\":{\"full\":[\"1 First St\"]}}";
        String a2 = "{\"id\":\"T-a2\",\"schema\":\"Address\",\"properties\":{\"full\":[\"2 Second St\"]}}";
        String a3 = "{\"id\":\"T-a3\",\"schema\":\"Address\",\"properties\":{\"full\":[\"3 Third St\"],"
                + "\"country\":[\"de\"]}}";
        Path f = write(
                org("T-wants-a3", "Early Ltd", ",\"addressEntity\":[\"T-a3\"]"),
                a1, a2, a3,
                org("T-wants-a1", "One Ltd", ",\"addressEntity\":[\"T-a1\"]"),
                org("T-wants-a2", "Two Ltd", ",\"addressEntity\":[\"T-a2\"]"));
        ParsedList list = new FtmJsonParser(JsonLinesFile.DEFAULT_MAX_LINE_BYTES, 1)
                .parse(ListInput.of(f), "opensanctions");
        assertThat(entity(list, "T-wants-a1").addresses()).extracting(Address::street).containsExactly("1 First St");
        // a2 came when the map (capacity 1) was full and nobody had asked for it yet
        assertThat(entity(list, "T-wants-a2").addresses()).isEmpty();
        assertThat(entity(list, "T-wants-a2").property("address-entity")).containsExactly("T-a2");
        // a3 was asked for before it came, so it is kept although the map was full
        assertThat(entity(list, "T-wants-a3").addresses()).containsExactly(
                new Address("3 Third St", "", "", "", Optional.of("DE"), "", ""));
        assertThat(list.warnings()).containsExactly(
                f + ":6: entity T-wants-a2: address entity T-a2 is not in this file; kept as address-entity",
                f + ": 1 Address entities were not kept: more than 1 were pending at once; entities naming them"
                        + " keep the id as address-entity");
    }

    @Test
    void aSanctionGivesProgrammesTheEarliestListingDateRemarksAndSanctionProperties() throws Exception {
        ParsedList list = parse(
                "{\"id\":\"T-s1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"T-p\"],"
                        + "\"program\":[\"Russia sanctions\"],\"programId\":[\"EU-UKR\"],"
                        + "\"listingDate\":[\"2014-03-17\"],\"startDate\":[\"2014-03-20\"],"
                        + "\"reason\":[\"Member of the State Duma.\"],\"authority\":[\"Council of the EU\"],"
                        + "\"endDate\":[\"2025\"]}}",
                person("T-p", "Ivan TESTOV", ",\"createdAt\":[\"2022-02-25\"]"));
        Entity p = entity(list, "T-p");
        assertThat(p.programmes()).containsExactly("Russia sanctions", "EU-UKR");
        assertThat(p.listedOn()).contains(LocalDate.of(2014, 3, 17));
        assertThat(p.remarks()).containsExactly("Member of the State Duma.");
        assertThat(p.property("sanction-authority")).containsExactly("Council of the EU");
        assertThat(p.property("sanction-end-date")).containsExactly("2025");
        assertThat(p.property("sanction-listing-date")).containsExactly("2014-03-17");
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    void relationshipsBecomeLinksOnBothSides() throws Exception {
        ParsedList list = parse(
                "{\"id\":\"T-own\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"T-p\"],\"asset\":[\"T-c\"],"
                        + "\"percentage\":[\"51\"]}}",
                person("T-p", "Ivan TESTOV", ""),
                org("T-c", "Testov Holding", ""),
                person("T-q", "Olga TESTOVA", ""),
                "{\"id\":\"T-fam\",\"schema\":\"Family\",\"properties\":{\"person\":[\"T-p\"],\"relative\":[\"T-q\"],"
                        + "\"relationship\":[\"spouse\"]}}",
                "{\"id\":\"T-dir\",\"schema\":\"Directorship\",\"properties\":{\"director\":[\"T-q\"],"
                        + "\"organization\":[\"T-c\"],\"role\":[\"CEO\"],\"startDate\":[\"2019\"]}}",
                "{\"id\":\"T-none\",\"schema\":\"Associate\",\"properties\":{\"person\":[\"X-1\"],"
                        + "\"associate\":[\"X-2\"]}}");
        Entity p = entity(list, "T-p");
        Entity c = entity(list, "T-c");
        Entity q = entity(list, "T-q");
        String own = "Ownership T-own: owner T-p \"Ivan TESTOV\", asset T-c \"Testov Holding\" (percentage: 51)";
        String fam = "Family T-fam: relative T-q \"Olga TESTOVA\", person T-p \"Ivan TESTOV\""
                + " (relationship: spouse)";
        String dir = "Directorship T-dir: organization T-c \"Testov Holding\", director T-q \"Olga TESTOVA\""
                + " (role: CEO; start-date: 2019)";
        assertThat(c.links()).containsExactly(
                new Link(Link.Type.OWNED_OR_CONTROLLED_BY, "T-p", Optional.of(EntityId.of("opensanctions", "T-p")), own),
                new Link(Link.Type.RELATED, "T-q", Optional.of(EntityId.of("opensanctions", "T-q")), dir));
        assertThat(p.links()).containsExactly(
                new Link(Link.Type.RELATED, "T-c", Optional.of(EntityId.of("opensanctions", "T-c")), own),
                new Link(Link.Type.FAMILY_OF, "T-q", Optional.of(EntityId.of("opensanctions", "T-q")), fam));
        assertThat(q.links()).containsExactly(
                new Link(Link.Type.FAMILY_OF, "T-p", Optional.of(EntityId.of("opensanctions", "T-p")), fam),
                new Link(Link.Type.LEADER_OF, "T-c", Optional.of(EntityId.of("opensanctions", "T-c")), dir));
        assertThat(list.warnings()).containsExactly(list.warnings().get(0))
                .first().asString().endsWith(":7: Associate T-none: neither person nor associate is an entity of"
                        + " this file; ignored");
    }

    @Test
    void identificationAndPassportEntitiesBecomeTheirHoldersDocuments() throws Exception {
        ParsedList list = parse(
                person("T-p", "Ivan TESTOV", ",\"passportNumber\":[\"7512345\"]"),
                "{\"id\":\"T-id\",\"schema\":\"Passport\",\"properties\":{\"holder\":[\"T-p\"],"
                        + "\"number\":[\"75 1234567\"],\"country\":[\"ru\"],\"startDate\":[\"2010-05-01\"],"
                        + "\"endDate\":[\"2020\"],\"authority\":[\"FMS 770-001\"]}}",
                "{\"id\":\"T-id2\",\"schema\":\"Identification\",\"properties\":{\"holder\":[\"T-p\"],"
                        + "\"number\":[\"4510 123456\"],\"type\":[\"National ID card\"]}}");
        assertThat(entity(list, "T-p").documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "passportNumber", "7512345", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "Passport", "75 1234567", Optional.of("RU"),
                        Optional.of(LocalDate.of(2010, 5, 1)), Optional.empty(),
                        "expires 2020; authority: FMS 770-001"),
                new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "National ID card", "4510 123456",
                        Optional.empty()));
    }

    @Test
    void unknownSchemasAreWarnedAboutAndSkippedAndModelSchemasVigilDoesNotReadAreCounted() throws Exception {
        Path f = write(
                person("T-p", "Ivan TESTOV", ""),
                "{\"id\":\"T-x1\",\"schema\":\"Spaceship\",\"properties\":{\"name\":[\"Enterprise\"]}}",
                "{\"id\":\"T-pos\",\"schema\":\"Position\",\"properties\":{\"name\":[\"Member of the Duma\"]}}",
                "{\"id\":\"T-x2\",\"schema\":\"Spaceship\",\"properties\":{\"name\":[\"Voyager\"]}}",
                "{\"id\":\"T-pos2\",\"schema\":\"Position\",\"properties\":{\"name\":[\"Governor\"]}}");
        ParsedList list = new FtmJsonParser().parse(ListInput.of(f), "opensanctions");
        assertThat(list.entities()).extracting(Entity::caption).containsExactly("Ivan TESTOV");
        assertThat(list.warnings()).containsExactly(
                f + ":2: entity T-x1 has the unknown FtM schema 'Spaceship'; entities of this schema are skipped",
                f + ":3: 2 Position entities skipped: Vigil does not read this FtM schema",
                f + ": 2 entities of the unknown FtM schema 'Spaceship' skipped (first on line 2)");
    }

    @Test
    void namesKindsAndPartsFollowFtmProperties() throws Exception {
        Path f = write("{\"id\":\"T-n\",\"schema\":\"Person\",\"caption\":\"Not Among The Names\","
                + "\"properties\":{\"name\":[\"Ivan Petrovich TESTOV\",\"Иван ТЕСТОВ\"],"
                + "\"alias\":[\"Vanya\",\"Ivan Petrovich TESTOV\"],\"previousName\":[\"Ivan SIDOROV\"],"
                + "\"weakAlias\":[\":\",\"Ivanushka\"],\"firstName\":[\"Ivan\",\"Иван\",\"Ioann\"],"
                + "\"fatherName\":[\"Petrovich\"],\"lastName\":[\"TESTOV\",\"ТЕСТОВ\"],\"title\":[\"Dr\"]}}");
        ParsedList list = new FtmJsonParser().parse(ListInput.of(f), "opensanctions");
        Entity e = list.entities().get(0);
        assertThat(e.names()).containsExactly(
                new Name("Ivan Petrovich TESTOV", NameKind.PRIMARY, List.of(new NamePart(NamePart.Type.GIVEN, "Ivan"),
                        new NamePart(NamePart.Type.PATRONYMIC, "Petrovich"),
                        new NamePart(NamePart.Type.FAMILY, "TESTOV"))),
                new Name("Иван ТЕСТОВ", NameKind.STRONG_ALIAS, List.of(new NamePart(NamePart.Type.GIVEN, "Иван"),
                        new NamePart(NamePart.Type.FAMILY, "ТЕСТОВ"))),
                new Name("Vanya", NameKind.STRONG_ALIAS),
                new Name("Ivan SIDOROV", NameKind.FORMER_NAME, List.of(new NamePart(NamePart.Type.GIVEN, "Ivan"))),
                new Name("Ivanushka", NameKind.WEAK_ALIAS));
        assertThat(e.names().get(1).script()).isEqualTo("Cyrillic");
        assertThat(e.property("first-name")).containsExactly("Ioann");
        assertThat(e.property("title")).containsExactly("Dr");
        assertThat(list.warnings()).containsExactly(f + ":1: entity T-n: weakAlias ':' has no letters; ignored");
    }

    @Test
    void datesCountriesAndGenderThatDoNotFitAreKeptAsTextWithAWarning() throws Exception {
        Path f = write(person("T-d", "Ivan TESTOV", ",\"birthDate\":[\"1970-05\",\"1971\",\"circa 1970\"],"
                + "\"nationality\":[\"ru\",\"suhh\"],\"citizenship\":[\"ua\"],\"jurisdiction\":[\"cy\"],"
                + "\"gender\":[\"other\"],\"createdAt\":[\"2020\"],\"modifiedAt\":[\"2024-01-02\"],"
                + "\"programId\":[\"UA-SA1644\"]"));
        ParsedList list = new FtmJsonParser().parse(ListInput.of(f), "opensanctions");
        Entity e = list.entities().get(0);
        assertThat(e.birthDates()).containsExactly(FuzzyDate.month(1970, 5), FuzzyDate.year(1971));
        assertThat(e.property("birth-date-text")).containsExactly("circa 1970");
        assertThat(e.nationalities()).containsExactly("RU", "UA");
        assertThat(e.property("nationality-text")).containsExactly("suhh");
        assertThat(e.countries()).containsExactly("CY");
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(e.property("gender")).containsExactly("other");
        assertThat(e.listedOn()).isEmpty();
        assertThat(e.property("created-at")).containsExactly("2020");
        assertThat(e.lastUpdated()).contains(LocalDate.of(2024, 1, 2));
        assertThat(e.property("modified-at")).containsExactly("2024-01-02");
        assertThat(e.programmes()).containsExactly("UA-SA1644");
        assertThat(list.warnings()).containsExactly(
                f + ":1: entity T-d: birthDate 'circa 1970' is not a date; kept as text",
                f + ":1: entity T-d: nationality 'suhh' is not a country code Vigil knows; kept as nationality-text");
    }

    @Test
    void vesselsAndAirplanes() throws Exception {
        ParsedList list = parse(
                "{\"id\":\"T-v\",\"schema\":\"Vessel\",\"caption\":\"TEST CARRIER\",\"properties\":{"
                        + "\"name\":[\"TEST CARRIER\"],\"imoNumber\":[\"IMO 9123456\"],\"flag\":[\"pa\"],"
                        + "\"callSign\":[\"3FAB9\"],\"mmsi\":[\"352001234\"],\"type\":[\"Crude Oil Tanker\"]}}",
                "{\"id\":\"T-a\",\"schema\":\"Airplane\",\"caption\":\"EP-TST\",\"properties\":{"
                        + "\"name\":[\"EP-TST\"],\"registrationNumber\":[\"EP-TST\"],\"model\":[\"A310\"]}}");
        Entity v = entity(list, "T-v");
        assertThat(v.schema()).isEqualTo(Schema.VESSEL);
        assertThat(v.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.VESSEL_IMO, "imoNumber", "IMO 9123456", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.OTHER, "mmsi", "352001234", Optional.empty()));
        assertThat(v.countries()).containsExactly("PA");
        assertThat(v.property("vessel-flag")).containsExactly("pa");
        assertThat(v.property("call-sign")).containsExactly("3FAB9");
        assertThat(v.property("type")).containsExactly("Crude Oil Tanker");
        Entity a = entity(list, "T-a");
        assertThat(a.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(a.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.AIRCRAFT_REGISTRATION,
                "registrationNumber", "EP-TST", Optional.empty()));
        assertThat(a.property("model")).containsExactly("A310");
    }

    @Test
    void aRepeatedIdReplacesTheEarlierLineAndAnEntityWithoutNameIsSkipped() throws Exception {
        Path f = write(person("T-p", "Old Name", ""), person("T-p", "New Name", ""),
                "{\"id\":\"T-empty\",\"schema\":\"Company\",\"caption\":\"\",\"properties\":{\"name\":[\"\"]}}");
        ParsedList list = new FtmJsonParser().parse(ListInput.of(f), "opensanctions");
        assertThat(list.entities()).extracting(Entity::caption).containsExactly("New Name");
        assertThat(list.warnings()).containsExactly(
                f + ":2: entity T-p appears again (first on line 1); this line replaces it",
                f + ":3: entity T-empty (Company) has no name; skipped");
    }

    @Test
    void otherTopLevelFieldsAreKeptAsPropertiesUnlessTheyAreObjectsOrFlags() throws Exception {
        ParsedList list = parse("{\"id\":\"T-p\",\"schema\":\"Person\",\"caption\":\"Ivan TESTOV\","
                + "\"properties\":{\"name\":[\"Ivan TESTOV\"]},\"score\":0.93,\"match\":true,"
                + "\"features\":{\"name_match\":1.0},\"last_export\":\"2024-06-01\",\"origin\":[\"eu_fsf\"]}");
        Entity e = list.entities().get(0);
        assertThat(e.property("score")).containsExactly("0.93");
        assertThat(e.property("last-export")).containsExactly("2024-06-01");
        assertThat(e.property("origin")).containsExactly("eu_fsf");
        assertThat(e.properties()).doesNotContainKeys("match", "features");
    }

    @Test
    void aDeltaFileIsNotAFullList() {
        Path delta = TestData.fixture("ftm/deltas/20240528074703-npf/entities.delta.json");
        assertThatThrownBy(() -> new FtmJsonParser().parse(ListInput.of(delta), "opensanctions"))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(delta + ":1: this is an OpenSanctions delta line (\"op\": DEL), not an entity: a delta"
                        + " file only lists changes and cannot be loaded as a full list");
    }
}
