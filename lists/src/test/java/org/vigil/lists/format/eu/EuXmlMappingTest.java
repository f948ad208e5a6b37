package org.vigil.lists.format.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Address;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.Counts;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;

/**
 * Mapping rules the real-record fixture does not exercise, on small synthetic listings (names and values made up; the
 * element and attribute names are the EU's).
 */
class EuXmlMappingTest {
    @TempDir
    Path dir;

    ParsedList parse(String exportAttributes, String body) throws Exception {
        Path p = dir.resolve("eu.xml");
        Files.writeString(p, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<export xmlns=\""
                + EuXmlParserTest.NS + "\"" + exportAttributes + ">\n" + body + "</export>\n", StandardCharsets.UTF_8);
        return new EuXmlParser().parse(ListInput.of(p), "eu-fsf");
    }

    static String person(String id, String inner) {
        return "<sanctionEntity logicalId=\"" + id + "\">\n<subjectType code=\"person\" classificationCode=\"P\"/>\n"
                + inner + "\n</sanctionEntity>\n";
    }

    static final String GEN = " generationDate=\"2026-01-05T10:00:00.000+01:00\"";
    static final String NAME = "<nameAlias wholeName=\"Test Person\" strong=\"true\"/>";

    Entity only(ParsedList l) {
        assertThat(l.entities()).hasSize(1);
        return l.entities().get(0);
    }

    @Test
    void nameKindsFromStrongScriptAndQualityRemarks() throws Exception {
        Entity e = only(parse(GEN, person("1",
                "<nameAlias wholeName=\"Ахмед Тестов\" nameLanguage=\"RU\" strong=\"true\"/>\n"
                        + "<nameAlias firstName=\"Ahmed\" lastName=\"Testov\" wholeName=\"\" gender=\"M\" "
                        + "title=\"Colonel\" function=\"Commander\" strong=\"true\"/>\n"
                        + "<nameAlias wholeName=\"Abu Test\" strong=\"false\"/>\n"
                        + "<nameAlias wholeName=\"Tester\" strong=\"true\"><remark>Low quality alias</remark>"
                        + "</nameAlias>\n"
                        + "<nameAlias wholeName=\"Ahmad Testow\" strong=\"true\"><remark>Good quality alias</remark>"
                        + "<remark>spelling used in 2010</remark></nameAlias>\n"
                        + "<nameAlias wholeName=\"\" strong=\"true\"/>")));
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("Ahmed Testov", NameKind.PRIMARY),
                tuple("Ахмед Тестов", NameKind.ORIGINAL_SCRIPT),
                tuple("Abu Test", NameKind.WEAK_ALIAS),
                tuple("Tester", NameKind.WEAK_ALIAS),
                tuple("Ahmad Testow", NameKind.STRONG_ALIAS));
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.property("title")).containsExactly("Colonel");
        assertThat(e.property("position")).containsExactly("Commander");
        assertThat(e.remarks()).containsExactly("spelling used in 2010");
    }

    @Test
    void withoutAStrongLatinNameTheFirstStrongNameIsPrimary() throws Exception {
        Entity e = only(parse(GEN, person("1", "<nameAlias wholeName=\"Abu X\" strong=\"false\"/>"
                + "<nameAlias wholeName=\"أبو إكس\" strong=\"true\"/>")));
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("أبو إكس", NameKind.PRIMARY), tuple("Abu X", NameKind.WEAK_ALIAS));
        Entity weakOnly = only(parse(GEN, person("2", "<nameAlias wholeName=\"Abu Y\" strong=\"false\"/>")));
        assertThat(weakOnly.names()).containsExactly(new Name("Abu Y", NameKind.PRIMARY));
    }

    @Test
    void enterpriseFunctionIsARemark() throws Exception {
        Entity e = only(parse(GEN, "<sanctionEntity logicalId=\"5\"><subjectType code=\"enterprise\"/>"
                + "<nameAlias wholeName=\"Acme Test LLC\" function=\"Front company\" strong=\"true\"/>"
                + "</sanctionEntity>\n"));
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.remarks()).containsExactly("Front company");
        assertThat(e.property("position")).isEmpty();
    }

    @Test
    void birthdateForms() throws Exception {
        Entity e = only(parse(GEN, person("1", NAME
                + "<birthdate circa=\"false\" dayOfMonth=\"3\" monthOfYear=\"7\" year=\"1971\" city=\"Komsomolskaya\" "
                + "countryIso2Code=\"BY\" countryDescription=\"BELARUS\"/>"
                + "<birthdate circa=\"false\" monthOfYear=\"3\" year=\"1965\" countryIso2Code=\"00\" "
                + "countryDescription=\"UNKNOWN\"/>"
                + "<birthdate circa=\"true\" year=\"1960\" place=\"near Kandahar\" countryIso2Code=\"AF\" "
                + "countryDescription=\"AFGHANISTAN\"/>"
                + "<birthdate circa=\"false\" yearRangeFrom=\"1973\" yearRangeTo=\"1974\"/>"
                + "<birthdate day=\"9\" month=\"2\" year=\"1980\"/>"
                + "<birthdate circa=\"false\" city=\"Minsk\" region=\"Minsk Oblast\" zipCode=\"220000\" "
                + "countryIso2Code=\"BY\" countryDescription=\"BELARUS\"/>")));
        assertThat(e.birthDates()).extracting(FuzzyDate::canonical).containsExactly("1971-07-03", "1965-03", "~1960",
                "1973..1974", "1980-02-09");
        assertThat(e.birthPlaces()).containsExactly(
                new Place("Komsomolskaya", "", Optional.of("BY"), "Komsomolskaya, BELARUS"),
                new Place("", "", Optional.of("AF"), "near Kandahar, AFGHANISTAN"),
                new Place("Minsk", "Minsk Oblast", Optional.of("BY"), "Minsk, 220000, Minsk Oblast, BELARUS"));
    }

    @Test
    void badBirthdateIsAWarning() throws Exception {
        ParsedList l = parse(GEN, person("8", NAME + "\n<birthdate birthdate=\"1971-02-30\"/>"));
        assertThat(only(l).birthDates()).isEmpty();
        assertThat(l.warnings()).singleElement().asString()
                .endsWith("eu.xml:6: logicalId 8: birth date not understood (birthdate=1971-02-30); ignored");
    }

    @Test
    void identificationAttributes() throws Exception {
        Entity e = only(parse(GEN, person("1", NAME
                + "<identification diplomatic=\"true\" knownExpired=\"true\" knownFalse=\"false\" "
                + "reportedLost=\"true\" revokedByIssuer=\"true\" issuedBy=\"Ministry of Foreign Affairs\" "
                + "issueDate=\"2015-03-01\" validTo=\"2020-02-28\" validFrom=\"2015-03-02\" latinNumber=\"AB123\" "
                + "nameOnDocument=\"A. TESTOV\" number=\"АБ123\" region=\"Moscow\" identificationTypeCode=\"passport\" "
                + "identificationTypeDescription=\"National passport\" countryIso2Code=\"RU\" "
                + "countryDescription=\"RUSSIAN FEDERATION\"><remark>issued abroad</remark></identification>"
                + "<identification number=\"IMO 9123456\" identificationTypeCode=\"imo\" "
                + "identificationTypeDescription=\"IMO number\" countryIso2Code=\"00\" countryDescription=\"UNKNOWN\"/>"
                + "<identification number=\"12-34\" identificationTypeCode=\"regnumber\" "
                + "identificationTypeDescription=\"Registration Number\" countryIso2Code=\"XX\" "
                + "countryDescription=\"NARNIA\"/>"
                + "<identification latinNumber=\"Z9\" identificationTypeCode=\"swiftbic\"/>"
                + "<identification number=\"7\" identificationTypeCode=\"newcode\" "
                + "identificationTypeDescription=\"Driving licence\"/>"
                + "<identification number=\"8\" identificationTypeCode=\"ssn\" issueDate=\"03/04/2005\"/>")));
        String passportNote = "issued by Ministry of Foreign Affairs; region: Moscow; valid from 2015-03-02; "
                + "name on document: A. TESTOV; diplomatic; known to be expired; reported lost; revoked by issuer; "
                + "issued abroad";
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "National passport", "АБ123", Optional.of("RU"),
                        Optional.of(LocalDate.of(2015, 3, 1)), Optional.of(LocalDate.of(2020, 2, 28)), passportNote),
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "National passport", "AB123", Optional.of("RU"),
                        Optional.of(LocalDate.of(2015, 3, 1)), Optional.of(LocalDate.of(2020, 2, 28)),
                        "Latin transcription of АБ123; " + passportNote),
                new IdentityDocument(IdentityDocument.Type.VESSEL_IMO, "IMO number", "IMO 9123456", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.COMPANY_REGISTRATION, "Registration Number", "12-34",
                        Optional.empty(), Optional.empty(), Optional.empty(), "country: NARNIA"),
                new IdentityDocument(IdentityDocument.Type.SWIFT_BIC, "swiftbic", "Z9", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.DRIVING_LICENCE, "Driving licence", "7", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "ssn", "8", Optional.empty(),
                        Optional.empty(), Optional.empty(), "issueDate 03/04/2005"));
    }

    @Test
    void identificationProblemsAreWarnings() throws Exception {
        ParsedList l = parse(GEN, person("4", NAME + "\n<identification identificationTypeCode=\"passport\"/>\n"
                + "<identification number=\"12-34\" identificationTypeCode=\"regnumber\" countryIso2Code=\"XX\" "
                + "countryDescription=\"NARNIA\"/>\n<identification number=\"8\" identificationTypeCode=\"id\" "
                + "validTo=\"soon\"/>"));
        assertThat(l.warnings()).extracting(w -> w.replaceAll("^.*eu\\.xml:", "")).containsExactly(
                "6: logicalId 4: <identification> without a number; ignored",
                "7: logicalId 4: document country 'NARNIA' not recognised; kept in the document note",
                "8: logicalId 4: validTo 'soon' is not YYYY-MM-DD; kept in the document note");
    }

    @Test
    void addressAttributesAndContactInfo() throws Exception {
        Entity e = only(parse(GEN, person("1", NAME
                + "<address city=\"Minsk\" street=\"Pr. Nezavisimosti 1\" poBox=\"123\" zipCode=\"220030\" "
                + "region=\"Minsk Region\" place=\"Free Economic Zone\" asAtListingTime=\"true\" countryIso2Code=\"BY\" "
                + "countryDescription=\"BELARUS\"><remark>head office</remark>"
                + "<contactInfo key=\"PHONE\" value=\"+375 17 000 00 00\"/><contactInfo key=\"FAX\" value=\"+375 17 1\"/>"
                + "<contactInfo key=\"EMAIL\" value=\"info@example.by\"/><contactInfo key=\"WEB\" "
                + "value=\"www.example.by\"/><contactInfo key=\"TELEX\" value=\"12345\"/>"
                + "<regulationSummary regulationType=\"regulation\"/></address>"
                + "<address countryIso2Code=\"00\" countryDescription=\"UNKNOWN\"><remark>SSN 1 (USA)</remark>"
                + "</address>"
                + "<address countryIso2Code=\"00\" countryDescription=\"UNKNOWN\"/>")));
        assertThat(e.addresses()).containsExactly(
                new Address("Pr. Nezavisimosti 1, P.O. Box 123", "Minsk", "Minsk Region", "220030", Optional.of("BY"),
                        "BELARUS", "Free Economic Zone; as at listing time; head office"),
                new Address("", "", "", "", Optional.empty(), "", "SSN 1 (USA)"));
        assertThat(e.countries()).containsExactly("BY");
        assertThat(e.properties()).containsExactly(
                Map.entry("contact", List.of("TELEX 12345")),
                Map.entry("email", List.of("info@example.by")),
                Map.entry("fax", List.of("+375 17 1")),
                Map.entry("phone", List.of("+375 17 000 00 00")),
                Map.entry("website", List.of("www.example.by")));
    }

    @Test
    void citizenshipByCodeOrByNameAndUnknownOnes() throws Exception {
        ParsedList l = parse(GEN, person("6", NAME + "\n<citizenship countryIso2Code=\"SY\" "
                + "countryDescription=\"SYRIAN ARAB REPUBLIC\"/>\n<citizenship countryIso2Code=\"\" "
                + "countryDescription=\"Iran\"/>\n<citizenship countryIso2Code=\"00\" countryDescription=\"UNKNOWN\"/>\n"
                + "<citizenship countryIso2Code=\"QQ\" countryDescription=\"ATLANTIS\"/>"));
        assertThat(only(l).nationalities()).containsExactly("SY", "IR");
        assertThat(only(l).property("nationality-text")).containsExactly("ATLANTIS");
        assertThat(l.warnings()).singleElement().asString()
                .endsWith("eu.xml:9: logicalId 6: citizenship 'ATLANTIS' not recognised; kept as text "
                        + "(property nationality-text)");
    }

    @Test
    void listingDateFallsBackToTheFirstRegulationAndLaterRegulationsUpdate() throws Exception {
        Entity e = only(parse(GEN, "<sanctionEntity logicalId=\"9\" euReferenceNumber=\"EU.1.2\" "
                + "designationDetails=\"Annex I\">"
                + "<regulation regulationType=\"regulation\" publicationDate=\"2014-03-17\" numberTitle=\"269/2014 (OJ L78)\" "
                + "programme=\"UKR\"><publicationUrl>http://example.eu/269</publicationUrl></regulation>"
                + "<regulation regulationType=\"amendment\" publicationDate=\"2022-02-23\" numberTitle=\"2022/260 (OJ L42I)\" "
                + "programme=\"UKR\"><publicationUrl>http://example.eu/260</publicationUrl></regulation>"
                + "<regulation regulationType=\"amendment\" publicationDate=\"2023\" programme=\"RUS\"/>"
                + "<subjectType code=\"enterprise\"/>" + NAME + "</sanctionEntity>\n"));
        assertThat(e.listedOn()).contains(LocalDate.of(2014, 3, 17));
        assertThat(e.lastUpdated()).contains(LocalDate.of(2022, 2, 23));
        assertThat(e.programmes()).containsExactly("UKR", "RUS");
        assertThat(e.properties()).containsExactly(
                Map.entry("designation-details", List.of("Annex I")),
                Map.entry("eu-reference", List.of("EU.1.2")),
                Map.entry("regulation", List.of("269/2014 (OJ L78)", "2022/260 (OJ L42I)")),
                Map.entry("regulation-url", List.of("http://example.eu/269", "http://example.eu/260")));
    }

    @Test
    void unReferencesAreNormalisedAndCitedNumbersResolveWithinTheVersion() throws Exception {
        ParsedList l = parse(GEN, "<sanctionEntity logicalId=\"1\" unitedNationId=\"QI.S.263.08\">"
                + "<remark>Leader of Lashkar-e-Tayyiba (QDe.118). Brother of QDi.999. Listed as QDi.263.</remark>"
                + "<subjectType code=\"person\"/>" + NAME + "</sanctionEntity>\n"
                + "<sanctionEntity logicalId=\"2\" unitedNationId=\"QDe.118\"><subjectType code=\"enterprise\"/>"
                + "<nameAlias wholeName=\"Group\" strong=\"true\"/></sanctionEntity>\n"
                + "<sanctionEntity logicalId=\"3\" unitedNationId=\"n/a\"><subjectType code=\"person\"/>"
                + NAME + "</sanctionEntity>\n");
        Entity first = l.entities().get(0);
        assertThat(first.property("un-reference")).containsExactly("QDi.263");
        // the parser keeps the cited numbers as written; the version resolves them to the listing carrying them
        assertThat(first.links()).extracting(Link::target).containsOnly(Optional.empty());
        ListVersion v = ListVersion.build(new VersionInfo("eu-fsf@x", "eu-fsf", ListFormat.EU_XML, Optional.empty(),
                "0".repeat(64), java.time.Instant.EPOCH, Counts.of(l.entities()), java.util.List.of(), "", 0),
                l.entities(), l.warnings());
        assertThat(v.get(new EntityId("eu-fsf", "1")).orElseThrow().links()).containsExactly(
                new Link(Link.Type.LEADER_OF, "QDe.118", Optional.of(new EntityId("eu-fsf", "2")),
                        "Leader of Lashkar-e-Tayyiba (QDe.118)."),
                new Link(Link.Type.FAMILY_OF, "QDi.999", Optional.empty(), "Brother of QDi.999."));
        assertThat(l.entities().get(2).property("un-reference-text")).containsExactly("n/a");
        assertThat(l.warnings()).singleElement().asString().endsWith("eu.xml:5: logicalId 3: unitedNationId 'n/a' "
                + "is not a UN reference number; kept as text (property un-reference-text)");
    }

    @Test
    void unknownSubjectTypesAndElementsAreWarnings() throws Exception {
        ParsedList l = parse(GEN, "<sanctionEntity logicalId=\"1\"><subjectType code=\"vessel\"/>" + NAME
                + "<colour>red</colour><colour>blue</colour></sanctionEntity>\n<sanctionEntity logicalId=\"2\">"
                + NAME + "<nameAlias wholeName=\"Other\"><fancy/></nameAlias></sanctionEntity>\n<footer/>\n");
        assertThat(l.entities()).extracting(Entity::schema).containsExactly(Schema.UNKNOWN, Schema.UNKNOWN);
        assertThat(l.warnings()).extracting(w -> w.replaceAll("^.*eu\\.xml:", "")).containsExactly(
                "3: element <colour> inside <sanctionEntity> is not part of the EU sanctions XML format; ignored "
                        + "(reported once)",
                "3: logicalId 1: unknown subjectType code 'vessel'; the record is kept with type unknown",
                "4: element <fancy> inside <nameAlias> is not part of the EU sanctions XML format; ignored "
                        + "(reported once)",
                "4: logicalId 2: no <subjectType>; the record is kept with type unknown",
                "5: element <footer> inside <export> is not part of the EU sanctions XML format; ignored");
    }

    @Test
    void generationDateForms() throws Exception {
        assertThat(parse(" generationDate=\"2026-01-05T10:00:00\"", person("1", NAME)).published())
                .contains(Instant.parse("2026-01-05T10:00:00Z"));
        ParsedList bad = parse(" generationDate=\"yesterday\"", person("1", NAME));
        assertThat(bad.published()).isEmpty();
        assertThat(bad.warnings()).singleElement().asString()
                .endsWith("eu.xml:2: generationDate 'yesterday' is not an ISO date-time: the publication date is "
                        + "unknown");
        ParsedList none = parse("", person("1", NAME));
        assertThat(none.published()).isEmpty();
        assertThat(none.warnings()).singleElement().asString()
                .endsWith("eu.xml:2: <export> has no generationDate: the publication date is unknown");
    }

    @Test
    void anEmptyExportIsAnEmptyList() throws Exception {
        ParsedList l = parse(GEN, "");
        assertThat(l.entities()).isEmpty();
        assertThat(l.published()).contains(Instant.parse("2026-01-05T09:00:00Z"));
    }
}
