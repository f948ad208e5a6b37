package org.vigil.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.IdentityDocument.Type;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;

/** The OFAC legacy CSV parser on the real files: the bundled 2021-07 SDN set, three other snapshots, the non-SDN set. */
class OfacCsvParserTest {
    private static final Map<String, ParsedList> PARSED = new ConcurrentHashMap<>();

    private static ParsedList parse(Path dirOrFile, String source) {
        return PARSED.computeIfAbsent(dirOrFile + "|" + source, k -> {
            try {
                return new OfacCsvParser().parse(ListInput.of(dirOrFile), source);
            } catch (IOException | ListFormatException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static ParsedList sdn2021() {
        return parse(TestData.ofacBundledDir(), "us-ofac-sdn");
    }

    private static ParsedList shared(String folder) {
        return parse(TestData.shared("ofac_sdn_legacy_csv/" + folder), "us-ofac-sdn");
    }

    private static ParsedList nonSdn() {
        return parse(TestData.fixture("ofac-cons/cons_prim.csv").getParent(), "us-ofac-cons");
    }

    private static Entity entity(ParsedList list, String entNum) {
        EntityId id = new EntityId(list.source(), entNum);
        return list.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + id));
    }

    private static Map<Schema, Long> bySchema(ParsedList list) {
        return list.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
    }

    private static long names(ParsedList list, NameKind kind) {
        return list.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == kind).count();
    }

    private static long linkedTo(ParsedList list, String name) {
        return list.entities().stream()
                .filter(e -> e.links().stream().anyMatch(l -> l.type() == Link.Type.LINKED_TO
                        && l.reference().equals(name) && l.target().isEmpty()))
                .count();
    }

    private static List<String> namesOf(Entity e, NameKind kind) {
        return e.names().stream().filter(n -> n.kind() == kind).map(Name::value).toList();
    }

    @Test
    void bundled2021SetCounts() {
        ParsedList p = sdn2021();
        assertThat(p.source()).isEqualTo("us-ofac-sdn");
        assertThat(p.format()).isEqualTo(ListFormat.OFAC_CSV);
        assertThat(p.published()).isEmpty();
        assertThat(p.entities()).hasSize(8976);
        assertThat(bySchema(p)).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 4620L,
                Schema.ORGANIZATION, 3673L, Schema.VESSEL, 406L, Schema.AIRCRAFT, 277L));
        assertThat(names(p, NameKind.PRIMARY)).isEqualTo(8976);
        // alt.csv: 11910 rows = 11523 aka + 369 fka + 18 nka; two aka rows repeat a name of the same record
        assertThat(names(p, NameKind.STRONG_ALIAS)).isEqualTo(11523 + 18 - 2);
        // former names: the 369 fka rows plus 24 "f.k.a. '...'" quoted in the remarks
        assertThat(names(p, NameKind.FORMER_NAME)).isEqualTo(369 + 24);
        // "a.k.a. '...'" in the remarks, including 2 that are only in sdn_comments.csv (ent_num 28264)
        assertThat(names(p, NameKind.WEAK_ALIAS)).isEqualTo(2417);
        assertThat(p.warnings()).filteredOn(w -> w.contains("is listed twice")).containsExactly(
                TestData.ofacBundledDir().resolve("alt.csv") + ":1560: alias 'AMIN ABU SHANAB AND SONS CO.' of "
                        + "ent_num 8407 is listed twice; kept once",
                TestData.ofacBundledDir().resolve("alt.csv") + ":5848: alias 'AL-HUMAIQANI, 'Abdul-Wahab Mohammed "
                        + "Abdul-Rahman' of ent_num 16448 is listed twice; kept once");
        assertThat(p.entities()).allSatisfy(e -> assertThat(e.id().source()).isEqualTo("us-ofac-sdn"));
    }

    @Test
    void lashkarETayyibaFieldByField() {
        Entity e = entity(sdn2021(), "7140");
        assertThat(e.id().toString()).isEqualTo("us-ofac-sdn:7140");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.primaryName()).isEqualTo(new Name("LASHKAR E-TAYYIBA", NameKind.PRIMARY));
        assertThat(e.programmes()).containsExactly("FTO", "SDGT");
        List<String> strong = namesOf(e, NameKind.STRONG_ALIAS);
        assertThat(strong).hasSize(44).startsWith("LASHKAR E-TOIBA", "LASHKAR-I-TAIBA")
                .contains("JAMAAT-UD-DAWA", "FALAH-I-INSANIAT FOUNDATION (FIF)", "MILLI MUSLIM LEAGUE")
                .endsWith("MILLI MUSLIM LEAGUE PAKISTAN");
        assertThat(namesOf(e, NameKind.WEAK_ALIAS)).containsExactly("JUD", "TAJK", "MML");
        assertThat(namesOf(e, NameKind.FORMER_NAME)).isEmpty();
        assertThat(e.names()).hasSize(1 + 44 + 3);
        assertThat(e.addresses()).containsExactly(new Address("", "", "", "", Optional.of("PK"), "Pakistan", ""));
        assertThat(e.countries()).containsExactly("PK");
        assertThat(e.remarks()).containsExactly("a.k.a. 'JUD'; a.k.a. 'TAJK'; a.k.a. 'MML'.");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.documents()).isEmpty();
        assertThat(e.links()).isEmpty();
        assertThat(e.properties()).isEmpty();
    }

    @Test
    void hafizSaeedFieldByField() {
        Entity e = entity(sdn2021(), "10689");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.primaryName()).isEqualTo(new Name("SAEED, Muhammad", NameKind.PRIMARY, List.of(
                new NamePart(NamePart.Type.FAMILY, "SAEED"), new NamePart(NamePart.Type.GIVEN, "Muhammad"))));
        assertThat(namesOf(e, NameKind.STRONG_ALIAS)).containsExactly("SAEED, Hafiz Muhammad", "SAEED, Hafiz",
                "SAEED, Hafiz Mohammad", "SAYEED, Hafez Mohammad", "SAYID, Hafiz Mohammad", "SYEED, Hafiz Mohammad",
                "SAYED, Hafiz Mohammad", "SAEED HAFIZ, Muhammad");
        assertThat(e.names().get(1).parts()).containsExactly(new NamePart(NamePart.Type.FAMILY, "SAEED"),
                new NamePart(NamePart.Type.GIVEN, "Hafiz Muhammad"));
        assertThat(namesOf(e, NameKind.WEAK_ALIAS)).containsExactly("HAFIZ SAHIB", "TATA JI");
        assertThat(e.programmes()).containsExactly("SDGT");
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1950, 6, 5).withText("05 Jun 1950"));
        assertThat(e.birthDates().get(0).precision()).isEqualTo(FuzzyDate.Precision.DAY);
        assertThat(e.birthPlaces()).containsExactly(
                new Place("Sargodha", "Punjab", Optional.of("PK"), "Sargodha, Punjab, Pakistan"));
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(Type.PASSPORT, "Passport", "BE5978421", Optional.of("PK"),
                        Optional.of(LocalDate.of(2007, 11, 14)), Optional.of(LocalDate.of(2012, 11, 12)), ""),
                new IdentityDocument(Type.PASSPORT, "Passport Booklet", "A5250088", Optional.of("PK")),
                new IdentityDocument(Type.NATIONAL_ID, "National ID No.", "3520025509842-7", Optional.of("PK")),
                new IdentityDocument(Type.NATIONAL_ID, "National ID No.", "23250460642", Optional.of("PK")));
        assertThat(e.addresses()).containsExactly(new Address("House No. 116 E, Mohalla Johar, Town: Lahore, Tehsil:",
                "Lahore City, Lahore District", "", "", Optional.of("PK"), "Pakistan", ""));
        assertThat(e.remarks()).singleElement().asString().startsWith("DOB 05 Jun 1950; POB Sargodha")
                .endsWith("a.k.a. 'TATA JI'.");
        assertThat(e.links()).isEmpty();
        assertThat(e.properties()).isEmpty();
    }

    @Test
    void lakhviFieldByField() {
        Entity e = entity(sdn2021(), "10690");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.primaryName().value()).isEqualTo("LAKHVI, Zaki-ur-Rehman");
        assertThat(e.primaryName().parts()).containsExactly(new NamePart(NamePart.Type.FAMILY, "LAKHVI"),
                new NamePart(NamePart.Type.GIVEN, "Zaki-ur-Rehman"));
        assertThat(namesOf(e, NameKind.STRONG_ALIAS)).containsExactly("LAKVI, Zakir Rehman", "LAKVI, Zaki Ur-Rehman",
                "UR-REHMAN, Zaki", "REHMAN, Zakir", "ARSHAD, Abu Waheed Irshad Ahmad");
        assertThat(namesOf(e, NameKind.WEAK_ALIAS)).containsExactly("CHACHAJEE");
        assertThat(e.programmes()).containsExactly("SDGT");
        assertThat(e.birthDates()).extracting(FuzzyDate::canonical).containsExactly("1960-12-30");
        assertThat(e.birthPlaces()).containsExactly(new Place("Okara", "", Optional.of("PK"), "Okara, Pakistan"));
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(Type.PASSPORT, "Passport", "AC8342321", Optional.of("PK"),
                        Optional.of(LocalDate.of(2007, 8, 22)), Optional.of(LocalDate.of(2012, 8, 20)), ""),
                new IdentityDocument(Type.PASSPORT, "Passport Booklet", "A4827048", Optional.of("PK")),
                new IdentityDocument(Type.NATIONAL_ID, "National ID No.", "61101-9618232-1", Optional.of("PK")),
                new IdentityDocument(Type.NATIONAL_ID, "National ID No.", "33960047268", Optional.of("PK")));
        assertThat(e.addresses()).containsExactly(
                new Address("Barahkoh, P.O. DO, Tehsil and District Islamabad", "", "", "", Optional.of("PK"),
                        "Pakistan", ""),
                new Address("Chak No. 18/IL, Rinala Khurd, Tehsil Rinala Khurd, District Okara", "", "", "",
                        Optional.of("PK"), "Pakistan", ""));
        assertThat(e.countries()).containsExactly("PK");
        assertThat(e.links()).isEmpty();
    }

    @Test
    void recordsLinkedToLashkarETayyiba() {
        // The issue text says 23; these files hold 22 records with "Linked To: LASHKAR E-TAYYIBA" in every snapshot
        assertThat(linkedTo(sdn2021(), "LASHKAR E-TAYYIBA")).isEqualTo(22);
        assertThat(linkedTo(shared("2019-01_watchman"), "LASHKAR E-TAYYIBA")).isEqualTo(22);
        assertThat(linkedTo(shared("2022-11_photoangell"), "LASHKAR E-TAYYIBA")).isEqualTo(22);
        assertThat(linkedTo(shared("2023-01_sancbook"), "LASHKAR E-TAYYIBA")).isEqualTo(22);
        Link l = sdn2021().entities().stream().flatMap(e -> e.links().stream())
                .filter(x -> x.reference().equals("LASHKAR E-TAYYIBA")).findFirst().orElseThrow();
        assertThat(l).isEqualTo(new Link(Link.Type.LINKED_TO, "LASHKAR E-TAYYIBA", Optional.empty(),
                "Linked To: LASHKAR E-TAYYIBA"));
    }

    @Test
    void remarksContinueInSdnComments() {
        ParsedList p = sdn2021();
        Entity tian = entity(p, "28263");
        // sdn.csv stops at "a.k.a. 'snowsjo", sdn_comments.csv goes on with "hn'; Linked To: LAZARUS GROUP."
        assertThat(tian.remarks()).singleElement().asString().startsWith("DOB 12 Jul 1986; nationality China;")
                .endsWith("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
        assertThat(namesOf(tian, NameKind.WEAK_ALIAS)).containsExactly("tianyinyin0404", "snowsjohn");
        assertThat(tian.links()).containsExactly(new Link(Link.Type.LINKED_TO, "LAZARUS GROUP", Optional.empty(),
                "Linked To: LAZARUS GROUP"));
        assertThat(tian.gender()).isEqualTo(org.vigil.lists.model.Gender.MALE);
        assertThat(tian.property("digital-currency-address")).hasSize(8)
                .startsWith("XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak");
        assertThat(tian.documents()).containsExactly(new IdentityDocument(Type.NATIONAL_ID, "Identification Number",
                "321284198607120616", Optional.of("CN")));
        // 12300: cut mid-name ("Linked To: PROMO RAI" + "Z S.A.S.; ...")
        Entity cifuentes = entity(p, "12300");
        assertThat(cifuentes.links()).extracting(Link::reference).hasSize(25)
                .contains("PROMO RAIZ S.A.S.", "RED MUNDIAL INMOBILIARIA, S.A. DE C.V.").endsWith("R D I S.A.");
        // 28264: the continuation starts mid-word ("P" + "hone Number 8613314257947")
        assertThat(entity(p, "28264").property("phone")).containsExactly("8613314257947", "8618004121000");
        assertThat(p.warnings()).noneMatch(w -> w.contains("1000 characters"));
    }

    @Test
    void withoutTheCommentsFileLongRemarksAreFlagged(@TempDir Path dir) throws Exception {
        Files.copy(TestData.ofacBundledDir().resolve("sdn.csv"), dir.resolve("sdn.csv"));
        ParsedList p = new OfacCsvParser().parse(ListInput.of(dir.resolve("sdn.csv")), "us-ofac-sdn");
        assertThat(p.entities()).hasSize(8976);
        Entity tian = entity(p, "28263");
        assertThat(namesOf(tian, NameKind.WEAK_ALIAS)).containsExactly("tianyinyin0404");
        assertThat(tian.links()).isEmpty();
        String sdn = dir.resolve("sdn.csv").toString();
        assertThat(p.warnings()).startsWith(sdn + ": add.csv was not given: addresses are not loaded",
                sdn + ": alt.csv was not given: only the aliases quoted in the remarks are loaded",
                sdn + ": sdn_comments.csv was not given: remarks longer than 1000 characters are cut off");
        assertThat(p.warnings()).filteredOn(w -> w.contains("1000 characters long")).hasSize(5)
                .contains(sdn + ":7925: ent_num 28263: the Remarks are 1000 characters long, the limit of the legacy "
                        + "format, and probably continue in the comments file, which was not given: they may be cut off");
    }

    @Test
    void aVessel() {
        Entity e = entity(sdn2021(), "4243");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.primaryName()).isEqualTo(new Name("SAND SWAN", NameKind.PRIMARY));
        assertThat(namesOf(e, NameKind.FORMER_NAME)).containsExactly("ANA I");
        assertThat(e.programmes()).containsExactly("CUBA");
        assertThat(e.properties()).containsExactlyInAnyOrderEntriesOf(Map.of("call-sign", List.of("P3QG3"),
                "vessel-type", List.of("General Cargo"), "tonnage", List.of("2595"), "grt", List.of("1116"),
                "vessel-flag", List.of("Cyprus"), "vessel-owner", List.of("Sand & Swan Navigation Co. Ltd.")));
        assertThat(e.countries()).containsExactly("CY");
        assertThat(e.addresses()).isEmpty(); // its add.csv row is all -0-

        Entity artavil = entity(sdn2021(), "15036");
        assertThat(namesOf(artavil, NameKind.FORMER_NAME)).containsExactly("ABADAN", "SHONA", "ALPHA");
        assertThat(artavil.documents()).containsExactly(
                new IdentityDocument(Type.VESSEL_IMO, "Vessel Registration Identification IMO", "9187629",
                        Optional.empty()),
                new IdentityDocument(Type.OTHER, "MMSI", "572469210", Optional.empty()));
        assertThat(artavil.property("former-vessel-flag")).containsExactly("Malta", "Tuvalu", "None Identified",
                "Tanzania");
        assertThat(artavil.property("vessel-flag")).containsExactly("Iran");
        assertThat(artavil.countries()).containsExactly("IR");
        assertThat(artavil.links()).extracting(Link::reference).containsExactly("NATIONAL IRANIAN TANKER COMPANY");
    }

    @Test
    void anAircraft() {
        Entity e = entity(sdn2021(), "15436");
        assertThat(e.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(e.primaryName()).isEqualTo(new Name("EX-35011", NameKind.PRIMARY));
        assertThat(e.programmes()).containsExactly("SDGT", "NPWMD", "IFSR");
        assertThat(e.documents()).containsExactly(new IdentityDocument(Type.OTHER,
                "Aircraft Construction Number (also called L/N or S/N or F/N)", "838", Optional.empty()));
        assertThat(e.properties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "aircraft-manufacture-date", List.of("2002-08-28"), "aircraft-model", List.of("A300B4-622R"),
                "aircraft-operator", List.of("MAHAN AIR"),
                "additional-sanctions-information", List.of("Subject to Secondary Sanctions")));
        assertThat(e.links()).containsExactly(new Link(Link.Type.LINKED_TO, "MAHAN AIR", Optional.empty(),
                "Linked To: MAHAN AIR"));
    }

    @Test
    void titleColumnBecomesPropertyAndTitlePart() {
        // sdn.csv 2022-11, ent_num 40016: Title "IRGC Brigadier General"
        Entity e = entity(shared("2022-11_photoangell"), "40016");
        assertThat(e.property("title")).containsExactly("IRGC Brigadier General");
        assertThat(e.primaryName()).isEqualTo(new Name("OSANLOO, Mohammad Taghi", NameKind.PRIMARY, List.of(
                new NamePart(NamePart.Type.FAMILY, "OSANLOO"), new NamePart(NamePart.Type.GIVEN, "Mohammad Taghi"),
                new NamePart(NamePart.Type.TITLE, "IRGC Brigadier General"))));
        assertThat(e.programmes()).containsExactly("IRGC", "IFSR", "IRAN-HR");
    }

    @Test
    void snapshot2019() {
        ParsedList p = shared("2019-01_watchman");
        assertThat(p.entities()).hasSize(7379);
        assertThat(bySchema(p)).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 3845L,
                Schema.ORGANIZATION, 2994L, Schema.VESSEL, 323L, Schema.AIRCRAFT, 217L));
        // alt.csv: 9682 rows = 9335 aka + 331 fka + 16 nka, the same two repeated rows as in 2021
        assertThat(names(p, NameKind.STRONG_ALIAS)).isEqualTo(9335 + 16 - 2);
        assertThat(names(p, NameKind.FORMER_NAME)).isEqualTo(331 + 11);
        assertThat(names(p, NameKind.WEAK_ALIAS)).isEqualTo(2026);
        assertThat(namesOf(entity(p, "7140"), NameKind.STRONG_ALIAS)).hasSize(44);
        assertThat(entity(p, "10689").names()).hasSize(1 + 8 + 2);
        // no final 0x1A line and LF line ends in this copy: still read to the end
        assertThat(p.entities().get(p.entities().size() - 1).id().sourceId()).isEqualTo("26235");
    }

    @Test
    void snapshot2022HasASecondListAppendedAfterTheEndMark() {
        // This sdn.csv holds the SDN list up to its 0x1A end mark (line 11119) and, after the mark, 449 records of
        // the consolidated non-SDN list (58 of them with an ent_num that is also on the SDN list). SOURCE.md counts
        // 11566 rows (both lists, less the record that shares the mark's line); the SDN list itself has 11118.
        ParsedList p = shared("2022-11_photoangell");
        assertThat(p.entities()).hasSize(11118);
        assertThat(bySchema(p)).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 5798L,
                Schema.ORGANIZATION, 4500L, Schema.VESSEL, 526L, Schema.AIRCRAFT, 294L));
        String sdn = TestData.shared("ofac_sdn_legacy_csv/2022-11_photoangell/sdn.csv").toString();
        assertThat(p.warnings()).contains(sdn + ":11119: the end-of-file mark (0x1A) is followed by 449 more lines, "
                + "which are not read: another list appended to this file? (load it on its own)");
        assertThat(p.entities().get(p.entities().size() - 1).id().sourceId()).isEqualTo("40018");
        assertThat(names(p, NameKind.STRONG_ALIAS)).isZero(); // no alt.csv in this copy
        assertThat(names(p, NameKind.WEAK_ALIAS)).isEqualTo(2715);
        assertThat(p.warnings()).filteredOn(w -> w.contains("1000 characters long")).hasSize(14);
    }

    @Test
    void snapshot2023IsReserialisedWithHeaderRows() {
        ParsedList p = shared("2023-01_sancbook");
        assertThat(p.entities()).hasSize(11443);
        assertThat(bySchema(p)).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 5890L,
                Schema.ORGANIZATION, 4575L, Schema.VESSEL, 685L, Schema.AIRCRAFT, 293L));
        Path dir = TestData.shared("ofac_sdn_legacy_csv/2023-01_sancbook");
        assertThat(p.warnings()).contains(
                dir.resolve("sdn.csv") + ":1: the file starts with a header row, which OFAC's files do not have: a "
                        + "re-serialised copy (header skipped)",
                dir.resolve("sdn_address.csv") + ":1: the file starts with a header row, which OFAC's files do not "
                        + "have: a re-serialised copy (header skipped)");
        // sdn_address.csv is read as add.csv
        Entity saeed = entity(p, "10689");
        assertThat(saeed.addresses()).extracting(Address::city).containsExactly("Lahore City, Lahore District");
        assertThat(namesOf(saeed, NameKind.WEAK_ALIAS)).containsExactly("HAFIZ SAHIB", "TATA JI");
        assertThat(namesOf(saeed, NameKind.STRONG_ALIAS)).isEmpty(); // no alt.csv in this copy
        Entity let = entity(p, "7140");
        assertThat(let.programmes()).containsExactly("FTO", "SDGT");
        assertThat(let.addresses()).extracting(Address::country).containsExactly(Optional.of("PK"));
        assertThat(p.entities().get(p.entities().size() - 1).id().sourceId()).isEqualTo("40421");
    }

    @Test
    void nonSdnConsolidatedSet() {
        ParsedList p = nonSdn();
        assertThat(p.source()).isEqualTo("us-ofac-cons");
        assertThat(p.entities()).hasSize(442);
        assertThat(bySchema(p)).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 79L,
                Schema.ORGANIZATION, 363L));
        // cons_alt.csv: 1073 rows = 932 aka + 141 fka; 3 f.k.a. and 69 a.k.a. quoted in the remarks
        assertThat(names(p, NameKind.STRONG_ALIAS)).isEqualTo(932);
        assertThat(names(p, NameKind.FORMER_NAME)).isEqualTo(141 + 3);
        assertThat(names(p, NameKind.WEAK_ALIAS)).isEqualTo(69);
        assertThat(p.warnings()).isEmpty();
        assertThat(linkedTo(p, "LASHKAR E-TAYYIBA")).isZero();

        Entity haniya = entity(p, "9639");
        assertThat(haniya.id().toString()).isEqualTo("us-ofac-cons:9639");
        assertThat(haniya.primaryName().value()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(namesOf(haniya, NameKind.STRONG_ALIAS)).containsExactly("HANIYA, Ismail", "HANIYYA, Ismaeel");
        assertThat(haniya.programmes()).containsExactly("NS-PLC");
        assertThat(haniya.birthDates()).extracting(FuzzyDate::canonical).containsExactly("1962");
        assertThat(haniya.birthPlaces()).containsExactly(Place.ofText("Shati", Optional.empty()));

        // 30930: cons_comments.csv continues "...Code (USCC) 91110000710934369E " with "(China); a.k.a. 'CCCC'."
        Entity cccc = entity(p, "30930");
        assertThat(cccc.documents()).contains(new IdentityDocument(Type.COMPANY_REGISTRATION,
                "Unified Social Credit Code (USCC)", "91110000710934369E", Optional.of("CN")));
        assertThat(namesOf(cccc, NameKind.WEAK_ALIAS)).containsExactly("CCCC");
        assertThat(cccc.property("isin")).hasSize(20).startsWith("CND10000GBD8");
        assertThat(cccc.property("equity-ticker")).containsExactly("601800 CN", "01800 HK", "CYY DE");
        assertThat(cccc.property("target-type")).containsExactly("Public Company");
        assertThat(cccc.addresses()).containsExactly(new Address("85, Deshengmen Street, Xicheng District",
                "Beijing 100088", "", "", Optional.of("CN"), "China", ""));
    }

    @Test
    void filesCanBeGivenOneByOneInAnyOrder() throws Exception {
        Path dir = TestData.ofacBundledDir();
        ParsedList p = new OfacCsvParser().parse(ListInput.of(dir.resolve("sdn_comments.csv"), dir.resolve("add.csv"),
                dir.resolve("alt.csv"), dir.resolve("sdn.csv")), "us-ofac-sdn");
        assertThat(p.entities()).isEqualTo(sdn2021().entities());
        assertThat(p.warnings()).isEqualTo(sdn2021().warnings());
    }

    @Test
    void everyRecordHasItsRemarksAndNoNameIsLost() {
        ParsedList p = sdn2021();
        Map<String, Entity> byId = p.entities().stream()
                .collect(Collectors.toMap(e -> e.id().sourceId(), Function.identity()));
        assertThat(byId).hasSize(8976); // ent_nums are unique
        // 569 records have "-0-" Remarks in sdn.csv 2021-07
        assertThat(p.entities().stream().filter(e -> e.remarks().isEmpty()).count()).isEqualTo(569);
    }
}
