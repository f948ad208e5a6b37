package org.vigil.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;

/**
 * The OFAC XML fixture states the same facts as OFAC's legacy CSV for the same records, wherever both have a value.
 * The CSV side is written here as literal values (this test does not use the CSV parser); a first test checks that
 * these literals are exactly the rows of the bundled real CSV set (2021-07), read raw with {@link CsvReader}, and
 * that together they cover every fact of each CSV remark.
 */
class OfacXmlCsvAgreementTest {

    /** One fact of a CSV remark: its text, and how the same fact shows in the parsed XML. */
    record Fact(String csvText, Predicate<Entity> inXml) {
    }

    /**
     * One record as OFAC's CSV gives it: the sdn.csv columns (null = -0-), the alt.csv rows ("aka|NAME"), the add.csv
     * rows (non-null columns joined with ", ") and the facts of the remarks.
     */
    record CsvRow(String entNum, String name, String type, String program, String title, String callSign,
                  String vesselType, String tonnage, String grt, String vesselFlag, String vesselOwner,
                  List<String> alts, List<String> adds, List<Fact> facts) {
    }

    static final List<CsvRow> ROWS = List.of(
            new CsvRow("7140", "LASHKAR E-TAYYIBA", null, "FTO] [SDGT", null, null, null, null, null, null, null,
                    List.of("aka|LASHKAR E-TOIBA", "aka|LASHKAR-I-TAIBA", "aka|ARMY OF THE RIGHTEOUS",
                            "aka|ARMY OF THE PURE", "aka|ARMY OF THE PURE AND RIGHTEOUS", "aka|AL MANSOOREEN",
                            "aka|AL MANSOORIAN", "aka|PAASBAN-E-KASHMIR", "aka|PAASBAN-I-AHLE-HADITH",
                            "aka|PASBAN-E-KASHMIR", "aka|PASBAN-E-AHLE-HADITH", "aka|PAASBAN-E-AHLE-HADIS",
                            "aka|JAMAAT-UD-DAWA", "aka|JAMA'AT AL-DAWA", "aka|JAMAAT UD-DAAWA", "aka|JAMAAT UL-DAWAH",
                            "aka|JAMAAT-UL-DAWA", "aka|JAMA'AT-I-DAWAT", "aka|JAMAIAT-UD-DAWA",
                            "aka|JAMA'AT-UD-DA'AWAH", "aka|JAMA'AT-UD-DA'AWA", "aka|JAMAATI-UD-DAWA",
                            "aka|IDARA KHIDMAT-E-KHALQ", "aka|FALAH-I-INSANIAT FOUNDATION (FIF)",
                            "aka|FALAH-E-INSANIAT FOUNDATION", "aka|FALAH-E-INSANIYAT", "aka|FALAH-I-INSANIYAT",
                            "aka|FALAH INSANIA", "aka|WELFARE OF HUMANITY", "aka|HUMANITARIAN WELFARE FOUNDATION",
                            "aka|HUMAN WELFARE FOUNDATION", "aka|AL-ANFAL TRUST", "aka|TEHRIK-E-HURMAT-E-RASOOL",
                            "aka|TEHRIK-E-TAHAFUZ QIBLA AWWAL", "aka|AL-MUHAMMADIA STUDENTS",
                            "aka|KASHMIR FREEDOM MOVEMENT", "aka|TEHREEK-E-AZADI-E-KASHMIR",
                            "aka|TEHREEK AZADI JAMMU AND KASHMIR", "aka|TEHREEK-E-AZADI JAMMU AND KASHMIR",
                            "aka|TEHREEK-I-AZADI-I KASHMIR", "aka|TEHREEK-E-AZADI-E-JAMMU AND KASHMIR",
                            "aka|MOVEMENT FOR FREEDOM OF KASHMIR", "aka|MILLI MUSLIM LEAGUE",
                            "aka|MILLI MUSLIM LEAGUE PAKISTAN"),
                    List.of("Pakistan"),
                    List.of(weak("JUD"), weak("TAJK"), weak("MML"))),
            new CsvRow("7854", "AL-TIKRITI, Muzahim Sa'b Hassan", "individual", "IRAQ2", null, null, null, null,
                    null, null, null, List.of(), List.of(),
                    List.of(dob("DOB circa 1946", "circa 1946"), dob("alt. DOB 1949", "1949"),
                            pob("POB al-Awja, near Tikrit, Iraq", "al-Awja, near Tikrit, Iraq"),
                            nationality("nationality Iraq", "IQ"),
                            new Fact("led Iraq's Air Defense Forces; Deputy Director, Organization of Military "
                                    + "Industrialization", e -> e.remarks().equals(List.of("led Iraq's Air Defense "
                                    + "Forces; Deputy Director, Organization of Military Industrialization."))))),
            new CsvRow("10689", "SAEED, Muhammad", "individual", "SDGT", null, null, null, null, null, null, null,
                    List.of("aka|SAEED, Hafiz Muhammad", "aka|SAEED, Hafiz", "aka|SAEED, Hafiz Mohammad",
                            "aka|SAYEED, Hafez Mohammad", "aka|SAYID, Hafiz Mohammad", "aka|SYEED, Hafiz Mohammad",
                            "aka|SAYED, Hafiz Mohammad", "aka|SAEED HAFIZ, Muhammad"),
                    List.of("House No. 116 E, Mohalla Johar, Town: Lahore, Tehsil:, Lahore City, Lahore District, "
                            + "Pakistan"),
                    List.of(dob("DOB 05 Jun 1950", "05 Jun 1950"),
                            pob("POB Sargodha, Punjab, Pakistan", "Sargodha, Punjab, Pakistan"),
                            nationality("nationality Pakistan", "PK"),
                            doc("Passport BE5978421 (Pakistan) issued 14 Nov 2007 expires 12 Nov 2012",
                                    "Passport", "BE5978421", "PK", LocalDate.of(2007, 11, 14),
                                    LocalDate.of(2012, 11, 12)),
                            doc("alt. Passport Booklet A5250088 (Pakistan)", "Passport Booklet", "A5250088", "PK",
                                    null, null),
                            doc("National ID No. 3520025509842-7 (Pakistan)", "National ID No.", "3520025509842-7",
                                    "PK", null, null),
                            doc("alt. National ID No. 23250460642 (Pakistan)", "National ID No.", "23250460642", "PK",
                                    null, null),
                            weak("HAFIZ SAHIB"), weak("TATA JI"))),
            new CsvRow("10690", "LAKHVI, Zaki-ur-Rehman", "individual", "SDGT", null, null, null, null, null, null,
                    null,
                    List.of("aka|LAKVI, Zakir Rehman", "aka|LAKVI, Zaki Ur-Rehman", "aka|UR-REHMAN, Zaki",
                            "aka|REHMAN, Zakir", "aka|ARSHAD, Abu Waheed Irshad Ahmad"),
                    List.of("Barahkoh, P.O. DO, Tehsil and District Islamabad, Pakistan",
                            "Chak No. 18/IL, Rinala Khurd, Tehsil Rinala Khurd, District Okara, Pakistan"),
                    List.of(dob("DOB 30 Dec 1960", "30 Dec 1960"), pob("POB Okara, Pakistan", "Okara, Pakistan"),
                            nationality("nationality Pakistan", "PK"),
                            doc("Passport AC8342321 (Pakistan) issued 22 Aug 2007 expires 20 Aug 2012", "Passport",
                                    "AC8342321", "PK", LocalDate.of(2007, 8, 22), LocalDate.of(2012, 8, 20)),
                            doc("alt. Passport Booklet A4827048 (Pakistan)", "Passport Booklet", "A4827048", "PK",
                                    null, null),
                            doc("National ID No. 61101-9618232-1 (Pakistan)", "National ID No.", "61101-9618232-1",
                                    "PK", null, null),
                            doc("alt. National ID No. 33960047268 (Pakistan)", "National ID No.", "33960047268", "PK",
                                    null, null),
                            weak("CHACHAJEE"))),
            new CsvRow("13109", "POUYA AIR", null, "SDGT] [IRGC] [IFSR", null, null, null, null, null, null, null,
                    List.of("aka|YAS AIR KISH", "aka|YASAIR CARGO AIRLINE", "aka|POUYA AIRLINES", "aka|YAS AIR"),
                    List.of("Mehrabad International Airport, Next to Terminal No. 6, Tehran, Iran",
                            "Number 37, Ahour Alley, Shariati St., Tehran, Iran"),
                    List.of(property("Website www.pouyaair.com", "website", "www.pouyaair.com"),
                            property("Email Address info@pouyaair.com", "email", "info@pouyaair.com"),
                            property("Additional Sanctions Information - Subject to Secondary Sanctions",
                                    "additional-sanctions-information", "Subject to Secondary Sanctions"))),
            new CsvRow("15036", "ARTAVIL", "vessel", "IRAN", null, "T2EU4", "Crude/Oil Products Tanker", "99,144",
                    "56,068", "Iran", null, List.of("fka|ABADAN", "fka|SHONA"), List.of(),
                    List.of(property("Former Vessel Flag Malta", "former-vessel-flag", "Malta"),
                            property("alt. Former Vessel Flag Tuvalu", "former-vessel-flag", "Tuvalu"),
                            property("alt. Former Vessel Flag None Identified", "former-vessel-flag",
                                    "None Identified"),
                            property("alt. Former Vessel Flag Tanzania", "former-vessel-flag", "Tanzania"),
                            property("Additional Sanctions Information - Subject to Secondary Sanctions",
                                    "additional-sanctions-information", "Subject to Secondary Sanctions"),
                            doc("Vessel Registration Identification IMO 9187629", "Vessel Registration Identification",
                                    "IMO 9187629", null, null, null),
                            doc("MMSI 572469210", "MMSI", "572469210", null, null, null),
                            weak("f.k.a. 'ALPHA'", "ALPHA"),
                            linked("NATIONAL IRANIAN TANKER COMPANY"))),
            new CsvRow("15431", "EP-GOM", "aircraft", "SDGT", null, null, null, null, null, null, null, List.of(),
                    List.of(),
                    List.of(doc("Aircraft Construction Number (also called L/N or S/N or F/N) 8401",
                                    "Aircraft Construction Number (also called L/N or S/N or F/N)", "8401", null, null,
                                    null),
                            property("Aircraft Manufacture Date 1992", "aircraft-manufacture-date", "1992"),
                            property("Aircraft Model IL76-TD", "aircraft-model", "IL76-TD"),
                            property("Aircraft Operator YAS AIR", "aircraft-operator", "YAS AIR"),
                            doc("Aircraft Manufacturer's Serial Number (MSN) 1023409321",
                                    "Aircraft Manufacturer's Serial Number (MSN)", "1023409321", null, null, null),
                            linked("POUYA AIR"))),
            new CsvRow("16455", "SAIFULLAH, Qari", "individual", "SDGT", null, null, null, null, null, null, null,
                    List.of("aka|AL TOKHI, Qari Saifullah", "aka|SAHAB, Qari"), List.of("Quetta, Pakistan"),
                    List.of(dob("DOB 1964", "1964"), dob("alt. DOB 1963 to 1965", "1963 to 1965"),
                            pob("POB Daraz Jaldak, Qalat District, Zabul Province, Afghanistan",
                                    "Daraz Jaldak, Qalat District, Zabul Province, Afghanistan"),
                            nationality("citizen Afghanistan", "AF"))),
            new CsvRow("21303", "JO, Yong-Won", "individual", "DPRK2",
                    "Vice Director of the Organization and Guidance Department", null, null, null, null, null, null,
                    List.of("aka|CHO, Yongwon"), List.of("Korea, North"),
                    List.of(dob("DOB 24 Oct 1957", "24 Oct 1957"),
                            new Fact("Gender Male", e -> e.gender() == Gender.MALE),
                            property("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 "
                                    + "and 510.210", "secondary-sanctions-risk",
                                    "North Korea Sanctions Regulations, sections 510.201 and 510.210"),
                            property("Transactions Prohibited For Persons Owned or Controlled By U.S. Financial "
                                    + "Institutions: North Korea Sanctions Regulations section 510.214",
                                    "transactions-prohibited", "North Korea Sanctions Regulations section 510.214"),
                            property("Vice Director of the Organization and Guidance Department", "title",
                                    "Vice Director of the Organization and Guidance Department"))));

    static Map<String, Entity> xml;

    @BeforeAll
    static void parseXml() throws Exception {
        xml = new OfacXmlParser().parse(ListInput.of(OfacXmlParserTest.FIXTURE), "us-ofac-sdn").entities().stream()
                .collect(Collectors.toMap(e -> e.id().sourceId(), e -> e));
    }

    // ---------------------------------------------------------------- the literals are the real CSV

    @Test
    void theLiteralCsvValuesAreTheBundledCsvRowsAndCoverEveryRemark() throws Exception {
        Path dir = TestData.ofacBundledDir();
        Map<String, CsvRecord> sdn = new HashMap<>();
        for (CsvRecord r : read(dir.resolve("sdn.csv"))) {
            sdn.put(r.get(0), r);
        }
        Map<String, List<CsvRecord>> alt = grouped(read(dir.resolve("alt.csv")));
        Map<String, List<CsvRecord>> add = grouped(read(dir.resolve("add.csv")));
        for (CsvRow row : ROWS) {
            CsvRecord r = sdn.get(row.entNum());
            assertThat(r).as("sdn.csv has ent_num %s", row.entNum()).isNotNull();
            assertThat(Stream.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).map(i -> nul(r.get(i))).toList())
                    .as("sdn.csv columns of %s", row.entNum())
                    .containsExactly(row.name(), row.type(), row.program(), row.title(), row.callSign(),
                            row.vesselType(), row.tonnage(), row.grt(), row.vesselFlag(), row.vesselOwner());
            assertThat(alt.getOrDefault(row.entNum(), List.of()).stream()
                    .map(a -> a.get(2) + "|" + a.get(3)).toList()).as("alt.csv rows of %s", row.entNum())
                    .isEqualTo(row.alts());
            assertThat(add.getOrDefault(row.entNum(), List.of()).stream()
                    .map(a -> Stream.of(a.get(2), a.get(3), a.get(4)).map(OfacXmlCsvAgreementTest::nul)
                            .filter(s -> s != null).collect(Collectors.joining(", ")))
                    .filter(s -> !s.isEmpty()).toList()).as("add.csv rows of %s", row.entNum())
                    .isEqualTo(row.adds());
            String remarks = nul(r.get(11));
            String rest = remarks == null ? "" : remarks;
            for (Fact f : row.facts()) {
                assertThat(rest).as("remarks of %s contain '%s'", row.entNum(), f.csvText()).contains(f.csvText());
                rest = rest.replace(f.csvText(), "");
            }
            assertThat(rest.replaceAll("[;.\\s]", "")).as("every fact of the remarks of %s is compared",
                    row.entNum()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- the XML says the same

    @Test
    void theXmlFixtureHasTheSameRecords() {
        assertThat(xml.keySet()).containsExactlyInAnyOrderElementsOf(ROWS.stream().map(CsvRow::entNum).toList());
    }

    @Test
    void primaryNamesTypesProgramsAndTitlesAgree() {
        for (CsvRow row : ROWS) {
            Entity e = xml.get(row.entNum());
            assertThat(e.primaryName().value()).as("name of %s", row.entNum()).isEqualTo(row.name());
            assertThat(e.schema()).as("type of %s", row.entNum()).isEqualTo(switch (row.type() == null ? ""
                    : row.type()) {
                case "individual" -> Schema.PERSON;
                case "vessel" -> Schema.VESSEL;
                case "aircraft" -> Schema.AIRCRAFT;
                default -> Schema.ORGANIZATION;
            });
            assertThat(e.programmes()).as("programs of %s", row.entNum())
                    .isEqualTo(Arrays.asList(row.program().split("] \\[")));
            assertThat(e.property("title")).as("title of %s", row.entNum())
                    .isEqualTo(row.title() == null ? List.of() : List.of(row.title()));
        }
    }

    @Test
    void vesselColumnsAgree() {
        for (CsvRow row : ROWS) {
            Entity e = xml.get(row.entNum());
            assertThat(e.property("call-sign")).isEqualTo(opt(row.callSign()));
            assertThat(e.property("vessel-type")).isEqualTo(opt(row.vesselType()));
            assertThat(e.property("vessel-flag")).isEqualTo(opt(row.vesselFlag()));
            assertThat(e.property("vessel-owner")).isEqualTo(opt(row.vesselOwner()));
            // sdn.xsd declares tonnages as xs:int: the CSV's "99,144" is 99144 there
            assertThat(e.property("tonnage")).isEqualTo(opt(digits(row.tonnage())));
            assertThat(e.property("gross-registered-tonnage")).isEqualTo(opt(digits(row.grt())));
        }
        assertThat(xml.get("15036").property("tonnage")).containsExactly("99144");
    }

    @Test
    void altCsvNamesAreTheStrongAliasesAndFormerNames() {
        for (CsvRow row : ROWS) {
            Entity e = xml.get(row.entNum());
            List<String> fromXml = e.names().stream()
                    .filter(n -> n.kind() == NameKind.STRONG_ALIAS || n.kind() == NameKind.FORMER_NAME)
                    .map(n -> (n.kind() == NameKind.FORMER_NAME ? "fka|" : "aka|") + n.value()).toList();
            assertThat(fromXml).as("aliases of %s", row.entNum()).isEqualTo(row.alts());
        }
    }

    @Test
    void addCsvRowsAreTheAddresses() {
        for (CsvRow row : ROWS) {
            assertThat(xml.get(row.entNum()).addresses()).extracting(Address::full).as("addresses of %s",
                    row.entNum()).isEqualTo(row.adds());
        }
    }

    @Test
    void everyFactOfTheCsvRemarksIsInTheXml() {
        for (CsvRow row : ROWS) {
            Entity e = xml.get(row.entNum());
            for (Fact f : row.facts()) {
                assertThat(f.inXml().test(e)).as("%s: the CSV says '%s', the XML must say the same", row.entNum(),
                        f.csvText()).isTrue();
            }
        }
    }

    @Test
    void weakAliasesAreExactlyTheQuotedAkasOfTheCsvRemarks() {
        for (CsvRow row : ROWS) {
            List<String> quoted = new ArrayList<>();
            for (Fact f : row.facts()) {
                var m = java.util.regex.Pattern.compile("^[af]\\.k\\.a\\. '(.+)'$").matcher(f.csvText());
                if (m.matches()) {
                    quoted.add(m.group(1));
                }
            }
            assertThat(xml.get(row.entNum()).names().stream().filter(n -> n.kind() == NameKind.WEAK_ALIAS)
                    .map(Name::value).toList()).as("weak aliases of %s", row.entNum()).isEqualTo(quoted);
        }
    }

    // ---------------------------------------------------------------- helpers

    static Fact weak(String name) {
        return weak("a.k.a. '" + name + "'", name);
    }

    static Fact weak(String csvText, String name) {
        return new Fact(csvText, e -> e.names().contains(new Name(name, NameKind.WEAK_ALIAS)));
    }

    static Fact dob(String csvText, String xmlText) {
        return new Fact(csvText, e -> e.birthDates().stream().anyMatch(d -> d.text().equals(xmlText)));
    }

    static Fact pob(String csvText, String xmlText) {
        return new Fact(csvText, e -> e.birthPlaces().stream().anyMatch(p -> p.text().equals(xmlText)));
    }

    static Fact nationality(String csvText, String code) {
        return new Fact(csvText, e -> e.nationalities().contains(code));
    }

    static Fact property(String csvText, String key, String value) {
        return new Fact(csvText, e -> e.property(key).contains(value));
    }

    static Fact linked(String name) {
        return new Fact("Linked To: " + name, e -> e.links().contains(new Link(Link.Type.LINKED_TO, name,
                Optional.empty(), "Linked To: " + name)));
    }

    static Fact doc(String csvText, String type, String number, String country, LocalDate issued,
                    LocalDate expires) {
        return new Fact(csvText, e -> e.documents().stream().anyMatch(d -> d.typeText().equals(type)
                && d.number().equals(number) && d.country().equals(Optional.ofNullable(country))
                && d.issued().equals(Optional.ofNullable(issued)) && d.expires().equals(Optional.ofNullable(expires))));
    }

    static List<CsvRecord> read(Path file) throws Exception {
        List<CsvRecord> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             CsvReader r = CsvReader.open(in, StandardCharsets.UTF_8, file.toString())) {
            for (Optional<CsvRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
                if (rec.get().get(0).strip().matches("\\d+")) {
                    out.add(rec.get());
                }
            }
        }
        return out;
    }

    static Map<String, List<CsvRecord>> grouped(List<CsvRecord> records) {
        return records.stream().collect(Collectors.groupingBy(r -> r.get(0)));
    }

    /** OFAC's null, "-0-" (with or without a trailing space), as null. */
    static String nul(String field) {
        return field.strip().equals("-0-") ? null : field;
    }

    static List<String> opt(String s) {
        return s == null ? List.of() : List.of(s);
    }

    static String digits(String s) {
        return s == null ? null : s.replace(",", "");
    }
}
