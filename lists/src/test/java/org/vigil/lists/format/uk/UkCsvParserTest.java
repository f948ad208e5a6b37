package org.vigil.lists.format.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;

/** The UK HM Treasury consolidated list CSV of 13/04/2018 (fixture) and of 02/04/2014 (shared data). */
class UkCsvParserTest {
    private static final Path UK_2018 = TestData.fixture("uk/sanctionsconlist_2018-04-13.csv");
    private static ParsedList list;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void parse() throws Exception {
        list = new UkCsvParser().parse(ListInput.of(UK_2018), "gb-hmt");
        byId = list.entities().stream().collect(Collectors.toMap(e -> e.id().sourceId(), Function.identity()));
    }

    @Test
    void readsThePublicationDateAndCountsOf2018() throws Exception {
        assertThat(list.source()).isEqualTo("gb-hmt");
        assertThat(list.format()).isEqualTo(ListFormat.UK_CSV);
        assertThat(list.published()).contains(Instant.parse("2018-04-13T00:00:00Z"));
        assertThat(countRows(UK_2018)).isEqualTo(9487);
        assertThat(list.entities()).hasSize(2106);
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(1426);
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION)).hasSize(680);
        // one primary per group; names counted once per group (rows repeat a name for each date of birth or address)
        assertThat(list.entities()).allSatisfy(e -> assertThat(e.names().stream()
                .filter(n -> n.kind() == NameKind.PRIMARY)).hasSize(1));
        assertThat(list.entities().stream().mapToInt(e -> e.names().size()).sum()).isEqualTo(5547);
        assertThat(list.entities().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.kind() == NameKind.FORMER_NAME)).hasSize(9); // 19 FKA rows, 9 distinct names
        assertThat(list.entities().stream().filter(e -> !e.property("un-reference").isEmpty())).hasSize(622);
    }

    @Test
    void warnsAboutCountriesItCannotResolveNamingFileAndLine() {
        assertThat(list.warnings()).hasSize(32);
        assertThat(list.warnings()).allSatisfy(w -> assertThat(w).startsWith(UK_2018 + ":"));
        assertThat(list.warnings()).contains(UK_2018 + ":1116: Group ID 13268: nationality 'Afgan' is no known"
                + " country; kept as property nationality-text");
        assertThat(list.warnings()).anyMatch(w -> w.endsWith("Group ID 13544: address country 'Crimea' is no known"
                + " country"));
        assertThat(byId.get("13268").property("nationality-text")).containsExactly("Afgan");
    }

    @Test
    void lashkarETayyibaFieldByField() {
        Entity let = byId.get("7241");
        assertThat(let.id().toString()).isEqualTo("gb-hmt:7241");
        assertThat(let.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(let.primaryName()).isEqualTo(new Name("LASHKAR-E-TAYYIBA", NameKind.PRIMARY));
        assertThat(let.names()).hasSize(28);
        assertThat(let.names().subList(1, 28)).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NameKind.STRONG_ALIAS);
            assertThat(n.parts()).isEmpty();
        });
        assertThat(let.names()).extracting(Name::value).containsExactly("LASHKAR-E-TAYYIBA", "AL MANSOOREEN",
                "AL MANSOORIAN", "ARMY OF THE PURE", "ARMY OF THE PURE AND RIGHTEOUS", "ARMY OF THE RIGHTEOUS",
                "FALAH-I-INSANIAT FOUNDATION (FIF)", "JAMA,AT AL-DAWA", "JAMA,AT-I-DAWAT", "JAMA,AT-UD-DA,AWA",
                "JAMA,AT-UD-DA,AWAH", "JAMAAT UD-DAAWA", "JAMAAT UL-DAWAH", "JAMAATI-UD-DAWA", "JAMAAT-UD-DAWA",
                "JAMAAT-UL-DAWA", "JAMAIAT-UD-DAWA", "JUD", "LASHKAR E TAYYABA", "LASHKAR-E-TOIBA", "LASHKAR-I-TAIBA",
                "LET", "PAASBAN-E-AHLE-HADIS", "PAASBAN-E-KASHMIR", "PAASBAN-I-AHLE-HADITH", "PASBAN-E-AHLE-HADITH",
                "PASBAN-E-KASHMIR", "PASHAN-E-AHLE HADIS");
        assertThat(let.property("un-reference")).containsExactly("QDe.118"); // from "UN Ref QE.L.118.05"
        assertThat(let.remarks()).containsExactly("UN Ref QE.L.118.05. Associated with Hafiz Muhammad Saeed, leader of"
                + " Lashkar-e-Tayyiba.");
        assertThat(let.programmes()).containsExactly("The ISIL (Da'esh) and Al-Qaida organisations");
        assertThat(let.listedOn()).contains(LocalDate.of(2005, 5, 2));
        assertThat(let.lastUpdated()).contains(LocalDate.of(2012, 3, 23));
        assertThat(let.properties()).isEqualTo(Map.of("un-reference", List.of("QDe.118")));
        assertThat(let.birthDates()).isEmpty();
        assertThat(let.birthPlaces()).isEmpty();
        assertThat(let.nationalities()).isEmpty();
        assertThat(let.countries()).isEmpty();
        assertThat(let.addresses()).isEmpty();
        assertThat(let.documents()).isEmpty();
        assertThat(let.links()).isEmpty();
    }

    @Test
    void hafizSaeedFieldByField() {
        Entity saeed = byId.get("9215");
        assertThat(saeed.schema()).isEqualTo(Schema.PERSON);
        assertThat(saeed.primaryName()).isEqualTo(new Name("Hafiz Muhammad SAEED", NameKind.PRIMARY, List.of(
                new NamePart(NamePart.Type.GIVEN, "Hafiz"), new NamePart(NamePart.Type.GIVEN, "Muhammad"),
                new NamePart(NamePart.Type.FAMILY, "SAEED"))));
        assertThat(saeed.names()).extracting(Name::value).containsExactly("Hafiz Muhammad SAEED", "Hafiz JI",
                "Hafiz MUHAMMAD", "Hafez Mohammad SAEED", "Hafiz SAEED", "Muhammad SAEED", "Hafiz Mohammad SAHIB",
                "Mohammad SAYED", "Hafiz Mohammad SAYEED", "Hafiz Mohammad SAYID", "Tata Mohammad SYEED");
        assertThat(saeed.names().subList(1, 11)).extracting(Name::kind).containsOnly(NameKind.STRONG_ALIAS);
        assertThat(saeed.birthDates()).containsExactly(FuzzyDate.day(1950, 6, 5).withText("05/06/1950"));
        assertThat(saeed.birthPlaces()).containsExactly(
                new Place("Sargodha, Punjab", "", Optional.of("PK"), "Sargodha, Punjab, Pakistan"));
        assertThat(saeed.nationalities()).containsExactly("PK");
        assertThat(saeed.countries()).containsExactly("PK");
        assertThat(saeed.addresses()).containsExactly(new Address("House No 116E, Mohalla Johar, Lahore, Tehsil,"
                + " Lahore City", "Lahore District", "", "", Optional.of("PK"), "Pakistan (location as at May 2008)",
                ""));
        assertThat(saeed.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.NATIONAL_ID,
                "NI Number", "3520025509842-7", Optional.of("PK"), Optional.empty(), Optional.empty(),
                "3520025509842-7 (Pakistani)"));
        assertThat(saeed.property("un-reference")).containsExactly("QDi.263"); // from "UN Ref QI.S.263.08"
        assertThat(saeed.remarks()).containsExactly("UN Ref QI.S.263.08. Leader of Lashkar-e-Tayyiba.");
        assertThat(saeed.programmes()).containsExactly("The ISIL (Da'esh) and Al-Qaida organisations");
        assertThat(saeed.listedOn()).contains(LocalDate.of(2008, 12, 12));
        assertThat(saeed.lastUpdated()).contains(LocalDate.of(2009, 7, 20));
        assertThat(saeed.links()).isEmpty();
        assertThat(saeed.properties()).isEqualTo(Map.of("un-reference", List.of("QDi.263")));
    }

    @Test
    void datesOfBirthKeepTheirPrecision() {
        // 12629: DOB rows 00/00/1976, 00/09/1977, 00/08/1977
        assertThat(byId.get("12629").birthDates()).containsExactly(FuzzyDate.year(1976).withText("00/00/1976"),
                FuzzyDate.month(1977, 9).withText("00/09/1977"), FuzzyDate.month(1977, 8).withText("00/08/1977"));
        // 13349: one row per DOB (00/00/1980, 00/00/1981); the names repeat
        Entity e = byId.get("13349");
        assertThat(e.birthDates()).extracting(FuzzyDate::canonical).containsExactly("1980", "1981");
        assertThat(e.birthDates()).extracting(FuzzyDate::precision).containsOnly(FuzzyDate.Precision.YEAR);
    }

    @Test
    void enumeratedNationalitiesPassportsAndPlacesOfBirth() {
        Entity qahtani = byId.get("13349"); // Nationality "1) Saudi Arabia 2) Qatar"
        assertThat(qahtani.nationalities()).containsExactly("SA", "QA");
        assertThat(qahtani.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.PASSPORT,
                "Passport No", "592667", Optional.of("QA"), Optional.empty(), Optional.empty(),
                "Passport No: 592667 (Qatari passport issued on 3 May 2007)."));
        assertThat(qahtani.property("un-reference")).containsExactly("QDe.004"); // as the UK file has it
        // town "(1) Manzil Tmim (2)-(6) -", country "(1)-(2) Tunisia (3) Libya (4) Algeria (5) Morocco (6) Lebanon"
        Entity trabelsi = byId.get("7877");
        assertThat(trabelsi.birthPlaces()).containsExactly(
                new Place("Manzil Tmim", "", Optional.of("TN"), "Manzil Tmim, Tunisia"),
                new Place("", "", Optional.of("TN"), "Tunisia"), new Place("", "", Optional.of("LY"), "Libya"),
                new Place("", "", Optional.of("DZ"), "Algeria"), new Place("", "", Optional.of("MA"), "Morocco"),
                new Place("", "", Optional.of("LB"), "Lebanon"));
        assertThat(trabelsi.birthDates()).hasSize(14);
        assertThat(trabelsi.documents()).extracting(IdentityDocument::type, IdentityDocument::number,
                IdentityDocument::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentityDocument.Type.PASSPORT, "G827238", Optional.of("TN")),
                org.assertj.core.groups.Tuple.tuple(IdentityDocument.Type.NATIONAL_ID, "5093588", Optional.empty()));
    }

    @Test
    void titlesPositionsFormerNamesAndAccents() {
        Entity ghani = byId.get("7405");
        assertThat(ghani.primaryName().parts()).containsExactly(new NamePart(NamePart.Type.TITLE, "Maulavi"),
                new NamePart(NamePart.Type.GIVEN, "Abdul Ghafar"), new NamePart(NamePart.Type.GIVEN, "Qurishi"),
                new NamePart(NamePart.Type.FAMILY, "ABDUL GHANI"));
        assertThat(ghani.primaryName().value()).isEqualTo("Abdul Ghafar Qurishi ABDUL GHANI"); // title not in it
        assertThat(ghani.property("title")).containsExactly("Maulavi");
        assertThat(ghani.property("position")).containsExactly("Repatriation Attache, Taliban Embassy, Islamabad,"
                + " Pakistan");
        assertThat(ghani.property("un-reference")).containsExactly("TAi.130"); // "UN Ref TI.Q.130.01."
        assertThat(ghani.documents()).extracting(IdentityDocument::number).containsExactly("D 000933", "55130");

        Entity aqap = byId.get("11044");
        assertThat(aqap.names()).filteredOn(n -> n.kind() == NameKind.FORMER_NAME).extracting(Name::value)
                .containsExactly("AL-QAIDA IN YEMEN (AQY)");

        // Windows-1252: é and the typographic apostrophe decode correctly
        assertThat(byId.get("13284").primaryName().value()).isEqualTo("Léonard NGENDAKUMANA");
        assertThat(byId.get("13284").property("position"))
                .containsExactly("Former ‘Chargé de Missions de la Présidence’ and former army general.");
        assertThat(byId.get("6963").names()).extracting(Name::value).contains("GROUPE ISLAMIQUE ARMÉ");
    }

    @Test
    void unReferencesInOtherInformationBecomeLinksWithoutTarget() {
        Entity adnani = byId.get("13086"); // "(QE.J.115.04)", "(QI.317.13)", "(QI.A.299.11)"
        assertThat(adnani.property("un-reference")).isEmpty();
        assertThat(adnani.links()).extracting(Link::reference).containsExactly("QDe.115", "QDi.317", "QDi.299");
        assertThat(adnani.links()).allSatisfy(l -> {
            assertThat(l.target()).isEmpty();
            assertThat(l.evidence()).startsWith("Official spokesman of Islamic State in Iraq and the Levant (ISIL)");
        });

        Entity ahrar = byId.get("13491"); // "Splinter group of the Tehrik-e Taliban Pakistan (QDe.132). Associated ..."
        assertThat(ahrar.property("un-reference")).containsExactly("QDe.152");
        assertThat(ahrar.links()).extracting(Link::type, Link::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Link.Type.SUCCESSOR_OF, "QDe.132"),
                org.assertj.core.groups.Tuple.tuple(Link.Type.ASSOCIATED_WITH, "QDe.115"));
        assertThat(ahrar.links().get(0).evidence()).isEqualTo("Splinter group of the Tehrik-e Taliban Pakistan"
                + " (QDe.132).");

        Entity juaythini = byId.get("13353"); // "UN Ref: QDI.394." with an upper-case I
        assertThat(juaythini.property("un-reference")).containsExactly("QDi.394");
        assertThat(juaythini.links()).extracting(Link::reference).containsExactly("QDe.115", "QDi.299");

        Entity mizan = byId.get("10657"); // an Iran committee reference of the old style, not normalisable
        assertThat(mizan.property("un-reference")).isEmpty();
        assertThat(mizan.property("un-reference-text")).containsExactly("E.29.I.11");
        assertThat(mizan.addresses()).containsExactly(new Address("PO Box 16595-365", "Tehran", "", "",
                Optional.of("IR"), "Iran", ""));
    }

    @Test
    void groupsWhoseRowsAreNotAdjacentBecomeOneRecord() throws Exception {
        // 13349's rows are at lines 3, 4 and further down the file: one entity with all 8 names
        assertThat(byId.get("13349").names()).hasSize(8);
        assertThat(byId.get("13349").primaryName().value()).isEqualTo("Nayef Salam Muhammad Ujaym AL-HABABI");
        List<Long> lines = rowLines(UK_2018, "13349");
        assertThat(lines.get(1) - lines.get(0)).isEqualTo(1);
        assertThat(lines.get(lines.size() - 1) - lines.get(0)).isGreaterThan(1000);
    }

    @Test
    void readsTheFileAsUtf8WhenItIsUtf8(@TempDir Path dir) throws Exception {
        Path utf8 = dir.resolve("ConList.csv");
        Files.writeString(utf8, Files.readString(UK_2018, UkEncoding.WINDOWS_1252), StandardCharsets.UTF_8);
        ParsedList again = new UkCsvParser().parse(ListInput.of(utf8), "gb-hmt");
        assertThat(again.entities()).isEqualTo(list.entities());
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + Files.readString(UK_2018, UkEncoding.WINDOWS_1252), StandardCharsets.UTF_8);
        assertThat(new UkCsvParser().parse(ListInput.of(bom), "gb-hmt").entities()).isEqualTo(list.entities());
    }

    @Test
    void the2014ListWithItsRealBadDate() throws Exception {
        Path uk2014 = TestData.shared("uk_hmt_ofsi_conlist_csv/sanctionsconlist_2014-04-02.csv");
        ParsedList old = new UkCsvParser().parse(ListInput.of(uk2014), "gb-hmt");
        assertThat(old.published()).contains(Instant.parse("2014-04-02T00:00:00Z"));
        assertThat(countRows(uk2014)).isEqualTo(8950);
        assertThat(old.entities()).hasSize(2297);
        assertThat(old.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(1337);
        assertThat(old.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION)).hasSize(960);
        assertThat(old.entities().stream().mapToInt(e -> e.names().size()).sum()).isEqualTo(5414);
        Map<String, Entity> ids = old.entities().stream()
                .collect(Collectors.toMap(e -> e.id().sourceId(), Function.identity()));
        Entity let = ids.get("7241");
        assertThat(let.names()).hasSize(28);
        assertThat(let.primaryName().value()).isEqualTo("LASHKAR-E-TAYYIBA");
        assertThat(let.programmes()).containsExactly("Al-Qaida");
        assertThat(let.property("un-reference")).containsExactly("QDe.118");
        assertThat(ids.get("9215").property("un-reference")).containsExactly("QDi.263");
        // the file has DOB 29/02/1969 (1969 is no leap year): a warning, the record is kept
        assertThat(old.warnings()).anyMatch(w -> w.startsWith(uk2014 + ":") && w.contains("Group ID 8052: DOB"
                + " '29/02/1969' is not a date"));
        assertThat(ids.get("8052").property("birth-date-text")).containsExactly("29/02/1969");
        assertThat(old.warnings()).hasSize(23);
    }

    private static long countRows(Path file) throws IOException, ListFormatException {
        long n = 0;
        try (UkRowReader r = UkRowReader.open(ListInput.of(file), file, new Warnings())) {
            assertThat(r.charset()).isEqualTo(UkEncoding.WINDOWS_1252);
            while (r.next().isPresent()) {
                n++;
            }
        }
        return n;
    }

    private static List<Long> rowLines(Path file, String groupId) throws IOException, ListFormatException {
        List<Long> lines = new java.util.ArrayList<>();
        try (UkRowReader r = UkRowReader.open(ListInput.of(file), file, new Warnings())) {
            Optional<UkRow> row;
            while ((row = r.next()).isPresent()) {
                if (row.get().get(UkColumn.GROUP_ID).equals(groupId)) {
                    lines.add(row.get().line());
                }
            }
        }
        return lines;
    }
}
