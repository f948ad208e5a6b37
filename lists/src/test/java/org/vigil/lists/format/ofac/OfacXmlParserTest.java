package org.vigil.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
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

/** The OFAC SDN XML parser on the hand-written fixture {@code fixtures/ofac-xml/sdn.xml} (see its SOURCE.md). */
class OfacXmlParserTest {
    static final Path FIXTURE = TestData.fixture("ofac-xml/sdn.xml");
    static final String NEW_NS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML";
    static final String OLD_NS = "http://tempuri.org/sdnList.xsd";

    static ParsedList list;
    static Map<String, Entity> byId;

    @BeforeAll
    static void parseFixture() throws Exception {
        list = new OfacXmlParser().parse(ListInput.of(FIXTURE), "us-ofac-sdn");
        byId = list.entities().stream().collect(Collectors.toMap(e -> e.id().sourceId(), e -> e));
    }

    static Entity entity(String uid) {
        return byId.get(uid);
    }

    static List<String> names(Entity e, NameKind kind) {
        return e.names().stream().filter(n -> n.kind() == kind).map(Name::value).toList();
    }

    static Name family(String last, String first, NameKind kind) {
        return new Name(last + ", " + first, kind,
                List.of(new NamePart(NamePart.Type.FAMILY, last), new NamePart(NamePart.Type.GIVEN, first)));
    }

    // ---------------------------------------------------------------- the file as a whole

    @Test
    void readsAllNineEntriesInFileOrderWithoutWarnings() {
        assertThat(list.source()).isEqualTo("us-ofac-sdn");
        assertThat(list.format()).isEqualTo(ListFormat.OFAC_XML);
        assertThat(list.entities()).extracting(e -> e.id().toString()).containsExactly(
                "us-ofac-sdn:7140", "us-ofac-sdn:7854", "us-ofac-sdn:10689", "us-ofac-sdn:10690",
                "us-ofac-sdn:13109", "us-ofac-sdn:15036", "us-ofac-sdn:15431", "us-ofac-sdn:16455",
                "us-ofac-sdn:21303");
        assertThat(list.entities()).extracting(Entity::schema).containsExactly(Schema.ORGANIZATION,
                Schema.PERSON, Schema.PERSON, Schema.PERSON, Schema.ORGANIZATION, Schema.VESSEL, Schema.AIRCRAFT,
                Schema.PERSON, Schema.PERSON);
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    void publishDateIsReadAsMonthDayYear() {
        assertThat(list.published()).contains(Instant.parse("2021-07-07T00:00:00Z"));
    }

    @Test
    void theOlderTempuriNamespaceGivesTheSameEntities(@TempDir Path dir) throws Exception {
        String xml = Files.readString(FIXTURE, StandardCharsets.UTF_8);
        assertThat(xml).contains(NEW_NS);
        Path old = dir.resolve("sdn.xml");
        Files.writeString(old, xml.replace(NEW_NS, OLD_NS), StandardCharsets.UTF_8);
        ParsedList fromOld = new OfacXmlParser().parse(ListInput.of(old), "us-ofac-sdn");
        assertThat(fromOld.entities()).isEqualTo(list.entities());
        assertThat(fromOld.published()).isEqualTo(list.published());
    }

    @Test
    void theSourceParameterNamesTheIds() throws Exception {
        ParsedList other = new OfacXmlParser().parse(ListInput.of(FIXTURE), "us-ofac-test");
        assertThat(other.entities().get(0).id()).isEqualTo(new EntityId("us-ofac-test", "7140"));
    }

    // ---------------------------------------------------------------- record by record

    @Test
    void lashkarETayyiba7140() {
        Entity e = entity("7140");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.primaryName()).isEqualTo(new Name("LASHKAR E-TAYYIBA", NameKind.PRIMARY));
        assertThat(e.names()).hasSize(48);
        List<String> strong = names(e, NameKind.STRONG_ALIAS);
        assertThat(strong).hasSize(44);
        assertThat(strong.subList(0, 3)).containsExactly("LASHKAR E-TOIBA", "LASHKAR-I-TAIBA",
                "ARMY OF THE RIGHTEOUS");
        assertThat(strong).contains("JAMAAT-UD-DAWA", "FALAH-I-INSANIAT FOUNDATION (FIF)",
                "MILLI MUSLIM LEAGUE PAKISTAN");
        assertThat(strong.get(43)).isEqualTo("MILLI MUSLIM LEAGUE PAKISTAN");
        assertThat(names(e, NameKind.WEAK_ALIAS)).containsExactly("JUD", "TAJK", "MML");
        assertThat(e.names()).allSatisfy(n -> assertThat(n.parts()).isEmpty());
        assertThat(e.programmes()).containsExactly("FTO", "SDGT");
        assertThat(e.addresses()).containsExactly(new Address("", "", "", "", Optional.of("PK"), "Pakistan", ""));
        assertThat(e.countries()).containsExactly("PK");
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.birthPlaces()).isEmpty();
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.documents()).isEmpty();
        assertThat(e.remarks()).isEmpty();
        assertThat(e.links()).isEmpty();
        assertThat(e.properties()).isEmpty();
        assertThat(e.listedOn()).isEmpty();
        assertThat(e.lastUpdated()).isEmpty();
    }

    @Test
    void alTikriti7854CircaDateFreeTextRemarksAndEmptyAddress() {
        Entity e = entity("7854");
        assertThat(e.names()).containsExactly(family("AL-TIKRITI", "Muzahim Sa'b Hassan", NameKind.PRIMARY));
        assertThat(e.birthDates()).containsExactly(FuzzyDate.year(1946).approx().withText("circa 1946"),
                FuzzyDate.year(1949));
        assertThat(e.birthDates().get(0).approximate()).isTrue();
        assertThat(e.birthDates().get(0).text()).isEqualTo("circa 1946");
        assertThat(e.birthPlaces()).containsExactly(
                new Place("al-Awja", "near Tikrit", Optional.of("IQ"), "al-Awja, near Tikrit, Iraq"));
        assertThat(e.nationalities()).containsExactly("IQ");
        assertThat(e.remarks()).containsExactly(
                "led Iraq's Air Defense Forces; Deputy Director, Organization of Military Industrialization.");
        assertThat(e.links()).isEmpty();
        assertThat(e.addresses()).as("an address element with only its uid is no address").isEmpty();
        assertThat(e.programmes()).containsExactly("IRAQ2");
        assertThat(e.documents()).isEmpty();
        assertThat(e.properties()).isEmpty();
    }

    @Test
    void hafizSaeed10689() {
        Entity e = entity("10689");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.primaryName()).isEqualTo(family("SAEED", "Muhammad", NameKind.PRIMARY));
        assertThat(e.names()).hasSize(11);
        assertThat(e.names().subList(1, 9)).containsExactly(
                family("SAEED", "Hafiz Muhammad", NameKind.STRONG_ALIAS),
                family("SAEED", "Hafiz", NameKind.STRONG_ALIAS),
                family("SAEED", "Hafiz Mohammad", NameKind.STRONG_ALIAS),
                family("SAYEED", "Hafez Mohammad", NameKind.STRONG_ALIAS),
                family("SAYID", "Hafiz Mohammad", NameKind.STRONG_ALIAS),
                family("SYEED", "Hafiz Mohammad", NameKind.STRONG_ALIAS),
                family("SAYED", "Hafiz Mohammad", NameKind.STRONG_ALIAS),
                family("SAEED HAFIZ", "Muhammad", NameKind.STRONG_ALIAS));
        assertThat(e.names().subList(9, 11)).containsExactly(new Name("HAFIZ SAHIB", NameKind.WEAK_ALIAS),
                new Name("TATA JI", NameKind.WEAK_ALIAS));
        assertThat(e.programmes()).containsExactly("SDGT");
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "Passport", "BE5978421", Optional.of("PK"),
                        Optional.of(LocalDate.of(2007, 11, 14)), Optional.of(LocalDate.of(2012, 11, 12)), ""),
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "Passport Booklet", "A5250088",
                        Optional.of("PK")),
                new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "National ID No.", "3520025509842-7",
                        Optional.of("PK")),
                new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "National ID No.", "23250460642",
                        Optional.of("PK")));
        assertThat(e.addresses()).containsExactly(new Address(
                "House No. 116 E, Mohalla Johar, Town: Lahore, Tehsil:", "Lahore City", "Lahore District", "",
                Optional.of("PK"), "Pakistan", ""));
        assertThat(e.countries()).containsExactly("PK");
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1950, 6, 5).withText("05 Jun 1950"));
        assertThat(e.birthDates().get(0).precision()).isEqualTo(FuzzyDate.Precision.DAY);
        assertThat(e.birthPlaces()).containsExactly(
                new Place("Sargodha", "Punjab", Optional.of("PK"), "Sargodha, Punjab, Pakistan"));
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(e.remarks()).isEmpty();
        assertThat(e.links()).isEmpty();
        assertThat(e.properties()).isEmpty();
    }

    @Test
    void lakhvi10690() {
        Entity e = entity("10690");
        assertThat(e.primaryName()).isEqualTo(family("LAKHVI", "Zaki-ur-Rehman", NameKind.PRIMARY));
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("LAKHVI, Zaki-ur-Rehman", NameKind.PRIMARY),
                tuple("LAKVI, Zakir Rehman", NameKind.STRONG_ALIAS),
                tuple("LAKVI, Zaki Ur-Rehman", NameKind.STRONG_ALIAS),
                tuple("UR-REHMAN, Zaki", NameKind.STRONG_ALIAS),
                tuple("REHMAN, Zakir", NameKind.STRONG_ALIAS),
                tuple("ARSHAD, Abu Waheed Irshad Ahmad", NameKind.STRONG_ALIAS),
                tuple("CHACHAJEE", NameKind.WEAK_ALIAS));
        assertThat(e.documents()).extracting(IdentityDocument::type, IdentityDocument::typeText,
                IdentityDocument::number, IdentityDocument::country, IdentityDocument::issued,
                IdentityDocument::expires).containsExactly(
                tuple(IdentityDocument.Type.PASSPORT, "Passport", "AC8342321", Optional.of("PK"),
                        Optional.of(LocalDate.of(2007, 8, 22)), Optional.of(LocalDate.of(2012, 8, 20))),
                tuple(IdentityDocument.Type.PASSPORT, "Passport Booklet", "A4827048", Optional.of("PK"),
                        Optional.empty(), Optional.empty()),
                tuple(IdentityDocument.Type.NATIONAL_ID, "National ID No.", "61101-9618232-1", Optional.of("PK"),
                        Optional.empty(), Optional.empty()),
                tuple(IdentityDocument.Type.NATIONAL_ID, "National ID No.", "33960047268", Optional.of("PK"),
                        Optional.empty(), Optional.empty()));
        assertThat(e.addresses()).containsExactly(
                new Address("Barahkoh, P.O. DO, Tehsil and District Islamabad", "", "", "", Optional.of("PK"),
                        "Pakistan", ""),
                new Address("Chak No. 18/IL, Rinala Khurd, Tehsil Rinala Khurd, District Okara", "", "", "",
                        Optional.of("PK"), "Pakistan", ""));
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1960, 12, 30).withText("30 Dec 1960"));
        assertThat(e.birthPlaces()).containsExactly(new Place("Okara", "", Optional.of("PK"), "Okara, Pakistan"));
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.programmes()).containsExactly("SDGT");
        assertThat(e.remarks()).isEmpty();
    }

    @Test
    void pouyaAir13109WebsiteEmailAndSanctionsInformationAreProperties() {
        Entity e = entity("13109");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("POUYA AIR", NameKind.PRIMARY), tuple("YAS AIR KISH", NameKind.STRONG_ALIAS),
                tuple("YASAIR CARGO AIRLINE", NameKind.STRONG_ALIAS), tuple("POUYA AIRLINES", NameKind.STRONG_ALIAS),
                tuple("YAS AIR", NameKind.STRONG_ALIAS));
        assertThat(e.documents()).as("Website / Email Address are not identity documents").isEmpty();
        assertThat(e.properties()).containsExactly(
                Map.entry("additional-sanctions-information", List.of("Subject to Secondary Sanctions")),
                Map.entry("email", List.of("info@pouyaair.com")),
                Map.entry("website", List.of("www.pouyaair.com")));
        assertThat(e.programmes()).containsExactly("SDGT", "IRGC", "IFSR");
        assertThat(e.addresses()).containsExactly(
                new Address("Mehrabad International Airport, Next to Terminal No. 6", "Tehran", "", "",
                        Optional.of("IR"), "Iran", ""),
                new Address("Number 37, Ahour Alley, Shariati St.", "Tehran", "", "", Optional.of("IR"), "Iran", ""));
        assertThat(e.countries()).containsExactly("IR");
    }

    @Test
    void artavil15036Vessel() {
        Entity e = entity("15036");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("ARTAVIL", NameKind.PRIMARY), tuple("ABADAN", NameKind.FORMER_NAME),
                tuple("SHONA", NameKind.FORMER_NAME), tuple("ALPHA", NameKind.WEAK_ALIAS));
        assertThat(e.programmes()).containsExactly("IRAN");
        assertThat(e.remarks()).containsExactly("(Linked To: NATIONAL IRANIAN TANKER COMPANY)");
        assertThat(e.links()).containsExactly(new Link(Link.Type.LINKED_TO, "NATIONAL IRANIAN TANKER COMPANY",
                Optional.empty(), "Linked To: NATIONAL IRANIAN TANKER COMPANY"));
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.VESSEL_IMO, "Vessel Registration Identification",
                        "IMO 9187629", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.OTHER, "MMSI", "572469210", Optional.empty()));
        assertThat(e.properties()).containsExactly(
                Map.entry("additional-sanctions-information", List.of("Subject to Secondary Sanctions")),
                Map.entry("call-sign", List.of("T2EU4")),
                Map.entry("former-vessel-flag", List.of("Malta", "Tuvalu", "None Identified", "Tanzania")),
                Map.entry("gross-registered-tonnage", List.of("56068")),
                Map.entry("tonnage", List.of("99144")),
                Map.entry("vessel-flag", List.of("Iran")),
                Map.entry("vessel-type", List.of("Crude/Oil Products Tanker")));
        assertThat(e.countries()).as("the flag").containsExactly("IR");
        assertThat(e.addresses()).isEmpty();
    }

    @Test
    void epGom15431Aircraft() {
        Entity e = entity("15431");
        assertThat(e.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(e.names()).containsExactly(new Name("EP-GOM", NameKind.PRIMARY));
        assertThat(e.programmes()).containsExactly("SDGT");
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.OTHER,
                        "Aircraft Construction Number (also called L/N or S/N or F/N)", "8401", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.OTHER, "Aircraft Manufacturer's Serial Number (MSN)",
                        "1023409321", Optional.empty()));
        assertThat(e.properties()).containsExactly(
                Map.entry("aircraft-manufacture-date", List.of("1992")),
                Map.entry("aircraft-model", List.of("IL76-TD")),
                Map.entry("aircraft-operator", List.of("YAS AIR")));
        assertThat(e.links()).containsExactly(
                new Link(Link.Type.LINKED_TO, "POUYA AIR", Optional.empty(), "Linked To: POUYA AIR"));
        assertThat(e.remarks()).containsExactly("(Linked To: POUYA AIR)");
        assertThat(e.addresses()).isEmpty();
    }

    @Test
    void saifullah16455YearRangeAndCitizenship() {
        Entity e = entity("16455");
        assertThat(e.names()).containsExactly(family("SAIFULLAH", "Qari", NameKind.PRIMARY),
                family("AL TOKHI", "Qari Saifullah", NameKind.STRONG_ALIAS),
                family("SAHAB", "Qari", NameKind.STRONG_ALIAS));
        assertThat(e.birthDates()).containsExactly(FuzzyDate.year(1964), FuzzyDate.years(1963, 1965));
        assertThat(e.birthDates().get(1).precision()).isEqualTo(FuzzyDate.Precision.RANGE);
        assertThat(e.birthDates().get(1).text()).isEqualTo("1963 to 1965");
        assertThat(e.birthPlaces()).containsExactly(new Place("Daraz Jaldak", "Qalat District, Zabul Province",
                Optional.of("AF"), "Daraz Jaldak, Qalat District, Zabul Province, Afghanistan"));
        assertThat(e.nationalities()).as("citizenship").containsExactly("AF");
        assertThat(e.addresses()).containsExactly(
                new Address("", "Quetta", "", "", Optional.of("PK"), "Pakistan", ""));
        assertThat(e.countries()).containsExactly("PK");
    }

    @Test
    void jo21303GenderTitleAndStatementsAreNotDocuments() {
        Entity e = entity("21303");
        assertThat(e.names()).containsExactly(family("JO", "Yong-Won", NameKind.PRIMARY),
                family("CHO", "Yongwon", NameKind.STRONG_ALIAS));
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.documents()).isEmpty();
        assertThat(e.properties()).containsExactly(
                Map.entry("secondary-sanctions-risk",
                        List.of("North Korea Sanctions Regulations, sections 510.201 and 510.210")),
                Map.entry("title", List.of("Vice Director of the Organization and Guidance Department")),
                Map.entry("transactions-prohibited", List.of("North Korea Sanctions Regulations section 510.214")));
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1957, 10, 24).withText("24 Oct 1957"));
        assertThat(e.addresses()).containsExactly(
                new Address("", "", "", "", Optional.of("KP"), "Korea, North", ""));
        assertThat(e.programmes()).containsExactly("DPRK2");
    }
}
