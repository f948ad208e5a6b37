package org.vigil.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Schema;

/**
 * Mapping rules the real-record fixture does not exercise, on small synthetic entries (their names and values are made
 * up; only the structure is OFAC's).
 */
class OfacXmlMappingTest {
    @TempDir
    Path dir;

    ParsedList parse(String publish, String entries) throws Exception {
        Path p = dir.resolve("sdn.xml");
        Files.writeString(p, "<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\""
                + OfacXmlParserTest.NEW_NS + "\">\n" + publish + entries + "</sdnList>\n", StandardCharsets.UTF_8);
        return new OfacXmlParser().parse(ListInput.of(p), "us-ofac-sdn");
    }

    static String publish(String date, int count) {
        return "<publshInformation><Publish_Date>" + date + "</Publish_Date><Record_Count>" + count
                + "</Record_Count></publshInformation>\n";
    }

    static String entry(String uid, String type, String inner) {
        return "<sdnEntry>\n<uid>" + uid + "</uid>\n" + inner + "\n<sdnType>" + type + "</sdnType>\n</sdnEntry>\n";
    }

    Entity only(ParsedList l) {
        assertThat(l.entities()).hasSize(1);
        return l.entities().get(0);
    }

    @Test
    void aliasKindsFollowTypeCategoryAndScript() throws Exception {
        Entity e = only(parse(publish("01/02/2020", 1), entry("1", "Individual",
                "<firstName>Ann</firstName><lastName>EXAMPLE</lastName><akaList>"
                        + "<aka><uid>2</uid><type>a.k.a.</type><category>strong</category><lastName>ONE</lastName></aka>"
                        + "<aka><uid>3</uid><type>f.k.a.</type><category>strong</category><lastName>TWO</lastName>"
                        + "<firstName>Bea</firstName></aka>"
                        + "<aka><uid>4</uid><type>f.k.a.</type><category>weak</category><lastName>THREE</lastName></aka>"
                        + "<aka><uid>5</uid><type>n.k.a.</type><category>strong</category><lastName>FOUR</lastName></aka>"
                        + "<aka><uid>6</uid><type>a.k.a.</type><category>strong</category><lastName>محمد</lastName></aka>"
                        + "</akaList>")));
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("EXAMPLE, Ann", NameKind.PRIMARY), tuple("ONE", NameKind.STRONG_ALIAS),
                tuple("TWO, Bea", NameKind.FORMER_NAME), tuple("THREE", NameKind.WEAK_ALIAS),
                tuple("FOUR", NameKind.STRONG_ALIAS), tuple("محمد", NameKind.ORIGINAL_SCRIPT));
        assertThat(e.names().get(2).parts()).containsExactly(new NamePart(NamePart.Type.FAMILY, "TWO"),
                new NamePart(NamePart.Type.GIVEN, "Bea"));
        assertThat(e.names().get(5).script()).isEqualTo("Arabic");
    }

    @Test
    void anIndividualWithOnlyALastNameHasNoParts() throws Exception {
        Entity e = only(parse(publish("01/02/2020", 1), entry("1", "Individual", "<lastName>MONONYM</lastName>")));
        assertThat(e.primaryName()).isEqualTo(new Name("MONONYM", NameKind.PRIMARY));
    }

    @Test
    void unusualAkasAreWarnedAbout() throws Exception {
        ParsedList l = parse(publish("01/02/2020", 1), entry("9", "Entity", "<lastName>X CORP</lastName><akaList>"
                + "<aka><uid>1</uid><type>a.k.a.</type><category>medium</category><lastName>Y CORP</lastName></aka>"
                + "<aka><uid>2</uid><type>a.k.a.</type><category>weak</category></aka></akaList>"));
        assertThat(only(l).names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("X CORP", NameKind.PRIMARY), tuple("Y CORP", NameKind.STRONG_ALIAS));
        assertThat(l.warnings()).hasSize(2);
        assertThat(l.warnings().get(0)).matches(".*sdn\\.xml:6: uid 9: unknown aka <category> 'medium'; treated as "
                + "strong");
        assertThat(l.warnings().get(1)).matches(".*sdn\\.xml:6: uid 9: an <aka> without a name; ignored");
    }

    @Test
    void idTypesThatAreFeaturesBecomePropertiesAndDocumentsKeepTheirDates() throws Exception {
        Entity e = only(parse(publish("01/02/2020", 1), entry("1", "Entity", "<lastName>X</lastName><idList>"
                + "<id><uid>1</uid><idType>Digital Currency Address - XBT</idType><idNumber>1AbCd</idNumber></id>"
                + "<id><uid>2</uid><idType>IFCA Determination -</idType><idNumber>Involved in the Shipping Sector"
                + "</idNumber></id>"
                + "<id><uid>3</uid><idType>Organization Established Date</idType><idNumber>2001</idNumber></id>"
                + "<id><uid>4</uid><idType>Nationality of Registration</idType><idNumber>Malta</idNumber></id>"
                + "<id><uid>5</uid><idType>Registration ID</idType><idNumber>C 123</idNumber><idCountry>Malta"
                + "</idCountry><issueDate>2007</issueDate><expirationDate>31 Dec 2030</expirationDate></id>"
                + "<id><uid>6</uid><idType>Tax ID No.</idType><idNumber>99</idNumber><idCountry>Atlantis"
                + "</idCountry></id>"
                + "<id><uid>7</uid><idType>Aircraft Tail Number</idType><idNumber>EP-ABC</idNumber></id>"
                + "<id><uid>8</uid><idType>Passport</idType></id>"
                + "<id><uid>9</uid><idType>Cedula No.</idType><idNumber>1</idNumber><issueDate>someday</issueDate></id>"
                + "</idList>")));
        assertThat(e.properties()).containsExactly(
                Map.entry("crypto-wallet", List.of("XBT 1AbCd")),
                Map.entry("ifca-determination", List.of("Involved in the Shipping Sector")),
                Map.entry("organization-established", List.of("2001")),
                Map.entry("registration-country", List.of("Malta")));
        assertThat(e.countries()).containsExactly("MT");
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.COMPANY_REGISTRATION, "Registration ID", "C 123",
                        Optional.of("MT"), Optional.empty(), Optional.of(LocalDate.of(2030, 12, 31)), "issued 2007"),
                new IdentityDocument(IdentityDocument.Type.TAX_ID, "Tax ID No.", "99", Optional.empty(),
                        Optional.empty(), Optional.empty(), "country: Atlantis"),
                new IdentityDocument(IdentityDocument.Type.AIRCRAFT_REGISTRATION, "Aircraft Tail Number", "EP-ABC",
                        Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "Cedula No.", "1", Optional.empty(),
                        Optional.empty(), Optional.empty(), "issued someday"));
    }

    @Test
    void idProblemsAreWarningsNamingTheLine() throws Exception {
        ParsedList l = parse(publish("01/02/2020", 1), entry("3", "Entity", "<lastName>X</lastName><idList>\n"
                + "<id><uid>6</uid><idType>Tax ID No.</idType><idNumber>99</idNumber><idCountry>Atlantis</idCountry>"
                + "</id>\n<id><uid>8</uid><idType>Passport</idType></id>\n"
                + "<id><uid>9</uid><idType>Cedula No.</idType><idNumber>1</idNumber><issueDate>someday</issueDate>"
                + "</id>\n<id><uid>10</uid><idType>Gender</idType><idNumber>Unknown</idNumber></id>\n</idList>"));
        assertThat(l.warnings()).extracting(w -> w.replaceAll("^.*sdn\\.xml:", "")).containsExactly(
                "7: uid 3: document country 'Atlantis' not recognised; kept in the document note",
                "8: uid 3: <id> of type 'Passport' without an <idNumber>; ignored",
                "9: uid 3: document date 'someday' not understood; kept in the document note",
                "10: uid 3: gender 'Unknown' not recognised; kept as text (property gender-text)");
        assertThat(only(l).gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(only(l).property("gender-text")).containsExactly("Unknown");
    }

    @Test
    void datesOfBirthKeepTheirPrecision() throws Exception {
        Entity e = only(parse(publish("01/02/2020", 1), entry("1", "Individual", "<lastName>X</lastName>"
                + "<dateOfBirthList>"
                + "<dateOfBirthItem><uid>1</uid><dateOfBirth>Jun 1950</dateOfBirth><mainEntry>true</mainEntry>"
                + "</dateOfBirthItem>"
                + "<dateOfBirthItem><uid>2</uid><dateOfBirth>circa 05 Jun 1951</dateOfBirth><mainEntry>false"
                + "</mainEntry></dateOfBirthItem>"
                + "<dateOfBirthItem><uid>3</uid><dateOfBirth>01 Jan 1960 to 31 Mar 1962</dateOfBirth><mainEntry>false"
                + "</mainEntry></dateOfBirthItem>"
                + "<dateOfBirthItem><uid>4</uid><dateOfBirth>circa 1970 to 1972</dateOfBirth><mainEntry>false"
                + "</mainEntry></dateOfBirthItem>"
                + "</dateOfBirthList>")));
        assertThat(e.birthDates()).extracting(FuzzyDate::canonical, FuzzyDate::text).containsExactly(
                tuple("1950-06", "Jun 1950"), tuple("~1951-06-05", "circa 05 Jun 1951"),
                tuple("1960..1962", "01 Jan 1960 to 31 Mar 1962"), tuple("~1970..1972", "circa 1970 to 1972"));
        assertThat(e.birthDates().get(2).latest()).isEqualTo(LocalDate.of(1962, 3, 31));
    }

    @Test
    void unreadableDateAndUnknownCountriesAreKeptAsTextWithWarnings() throws Exception {
        ParsedList l = parse(publish("01/02/2020", 1), entry("4", "Individual", "<lastName>X</lastName>\n"
                + "<nationalityList><nationality><uid>1</uid><country>Atlantis</country><mainEntry>true</mainEntry>"
                + "</nationality></nationalityList>\n"
                + "<citizenshipList><citizenship><uid>2</uid><country>Lemuria</country><mainEntry>true</mainEntry>"
                + "</citizenship></citizenshipList>\n"
                + "<dateOfBirthList><dateOfBirthItem><uid>3</uid><dateOfBirth>30 Feb 1950</dateOfBirth>"
                + "<mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList>\n"
                + "<addressList><address><uid>4</uid><city>Nowhere</city><country>Hy-Brasil</country></address>"
                + "</addressList>"));
        Entity e = only(l);
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.properties()).containsExactly(Map.entry("birth-date-text", List.of("30 Feb 1950")),
                Map.entry("citizenship-text", List.of("Lemuria")), Map.entry("nationality-text", List.of("Atlantis")));
        assertThat(e.addresses()).containsExactly(new Address("", "Nowhere", "", "", Optional.empty(), "Hy-Brasil", ""));
        assertThat(l.warnings()).extracting(w -> w.replaceAll("^.*sdn\\.xml:", "")).containsExactly(
                "10: address country 'Hy-Brasil' not recognised; kept as text",
                "7: nationality 'Atlantis' not recognised; kept as text (property nationality-text)",
                "8: citizenship 'Lemuria' not recognised; kept as text (property citizenship-text)",
                "9: uid 4: date of birth '30 Feb 1950' is not in a form OFAC uses; kept as text "
                        + "(property birth-date-text)");
    }

    @Test
    void addressLinesAndTheNewerRegionElement() throws Exception {
        Entity e = only(parse(publish("01/02/2020", 1), entry("1", "Entity", "<lastName>X</lastName>"
                + "<addressList><address><uid>1</uid><address1>Line 1</address1><address2>Line 2</address2>"
                + "<address3>Line 3</address3><city>Dubai</city><stateOrProvince>Dubai</stateOrProvince>"
                + "<postalCode>12345</postalCode><country>United Arab Emirates</country><region>Middle East</region>"
                + "</address></addressList>")));
        assertThat(e.addresses()).containsExactly(new Address("Line 1, Line 2, Line 3", "Dubai", "Dubai", "12345",
                Optional.of("AE"), "United Arab Emirates", "Middle East"));
    }

    @Test
    void severalLinkedToInOneRemarkIncludingNamesWithParentheses() throws Exception {
        Entity e = only(parse(publish("01/02/2020", 1), entry("1", "Entity", "<lastName>X</lastName>"
                + "<remarks>(Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE; Linked To: "
                + "DOE, John.)</remarks>")));
        assertThat(e.links()).extracting(Link::type, Link::reference, Link::target).containsExactly(
                tuple(Link.Type.LINKED_TO, "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE", Optional.empty()),
                tuple(Link.Type.LINKED_TO, "DOE, John", Optional.empty()));
    }

    @Test
    void unknownTypesAndElementsAreWarningsAndTheRecordIsKept() throws Exception {
        ParsedList l = parse(publish("01/02/2020", 2), entry("1", "Spaceship", "<lastName>X</lastName>"
                + "<colour>red</colour><colour>blue</colour>") + entry("2", "", "<lastName>Y</lastName>")
                + "<footer/>\n");
        assertThat(l.entities()).extracting(Entity::schema).containsExactly(Schema.UNKNOWN, Schema.UNKNOWN);
        assertThat(l.warnings()).extracting(w -> w.replaceAll("^.*sdn\\.xml:", "")).containsExactly(
                "6: element <colour> inside <sdnEntry> is not part of OFAC's SDN XML schema; ignored (reported once)",
                "4: uid 1: unknown <sdnType> 'Spaceship'; the record is kept with type unknown",
                "9: uid 2: no <sdnType>; the record is kept with type unknown",
                "14: element <footer> inside <sdnList> is not part of OFAC's SDN XML schema; ignored");
    }

    @Test
    void recordCountThatDoesNotMatchIsAWarning() throws Exception {
        ParsedList l = parse(publish("01/02/2020", 5), entry("1", "Entity", "<lastName>X</lastName>"));
        assertThat(l.warnings()).singleElement().asString()
                .endsWith("sdn.xml:3: <Record_Count> says 5 entries, but the file has 1");
    }

    @Test
    void badOrMissingPublishDateLeavesThePublicationDateUnknown() throws Exception {
        ParsedList bad = parse(publish("2020-01-02", 1), entry("1", "Entity", "<lastName>X</lastName>"));
        assertThat(bad.published()).isEmpty();
        assertThat(bad.warnings()).singleElement().asString()
                .endsWith("sdn.xml:3: <Publish_Date> '2020-01-02' is not MM/DD/YYYY; the publication date is unknown");
        ParsedList none = parse("", entry("1", "Entity", "<lastName>X</lastName>"));
        assertThat(none.published()).isEmpty();
        assertThat(none.warnings()).singleElement().asString()
                .endsWith("sdn.xml: no <publshInformation>: the publication date is unknown");
    }

    @Test
    void vesselWithAnUnknownFlag() throws Exception {
        ParsedList l = parse(publish("01/02/2020", 1), entry("1", "Vessel", "<lastName>SEA</lastName>"
                + "<vesselInfo><vesselFlag>Unknown Flag</vesselFlag><vesselOwner>Owner Ltd.</vesselOwner>"
                + "</vesselInfo>"));
        assertThat(only(l).properties()).containsExactly(Map.entry("vessel-flag", List.of("Unknown Flag")),
                Map.entry("vessel-owner", List.of("Owner Ltd.")));
        assertThat(only(l).countries()).isEmpty();
        assertThat(l.warnings()).singleElement().asString()
                .endsWith("uid 1: vessel flag 'Unknown Flag' not recognised; kept as text (property vessel-flag)");
    }

    @Test
    void publishDateFormsAndDateTexts() {
        assertThat(OfacXmlDates.publishDate("12/19/2018")).contains(LocalDate.of(2018, 12, 19));
        assertThat(OfacXmlDates.publishDate("7/7/2021")).contains(LocalDate.of(2021, 7, 7));
        assertThat(OfacXmlDates.publishDate("13/01/2021")).isEmpty();
        assertThat(OfacXmlDates.parse("05 Jun 1950")).contains(FuzzyDate.day(1950, 6, 5).withText("05 Jun 1950"));
        assertThat(OfacXmlDates.parse("Sept 1950").map(FuzzyDate::canonical)).contains("1950-09");
        assertThat(OfacXmlDates.parse("1965 to 1963")).isEmpty();
        assertThat(OfacXmlDates.parse("0950")).isEmpty();
        assertThat(OfacXmlDates.parse("05 Foo 1950")).isEmpty();
        assertThat(OfacXmlDates.parse("")).isEmpty();
        assertThat(OfacXmlDates.day("circa 05 Jun 1950")).isEmpty();
        assertThat(OfacXmlDates.day("14 Nov 2007")).contains(LocalDate.of(2007, 11, 14));
    }
}
