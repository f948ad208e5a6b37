package org.vigil.lists.format.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Schema;

/**
 * The later OFSI ConList.csv layout (36 columns in another order: non-Latin name, alias quality, passport and national
 * identification number/details, UK designation date), UTF-8 without byte-order mark. No real file of this layout is
 * available (every copy is over 4 MiB), so the rows are hand-made from Saeed's record on the 2018 list; the header is
 * the published one plus an unknown column.
 */
class UkConListLayoutTest {
    private static final String HEADER = "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,"
            + "Non-Latin Script Type,Non-Latin Script Language,DOB,Town of Birth,Country of Birth,Nationality,"
            + "Passport Number,Passport Details,National Identification Number,National Identification Details,"
            + "Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,"
            + "Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,"
            + "UK Sanctions List Date Designated,Last Updated,Group ID,Sanctions Imposed";

    @TempDir
    Path dir;

    @Test
    void readsTheLaterLayoutByHeaderName() throws Exception {
        Map<String, String> saeed = Map.ofEntries(Map.entry("Name 6", "SAEED"), Map.entry("Name 1", "Hafiz"),
                Map.entry("Name 2", "Muhammad"), Map.entry("Name Non-Latin Script", "حافظ محمد سعيد"),
                Map.entry("Non-Latin Script Type", "Arabic"), Map.entry("Non-Latin Script Language", "Arabic"),
                Map.entry("DOB", "05/06/1950"), Map.entry("Town of Birth", "Sargodha, Punjab"),
                Map.entry("Country of Birth", "Pakistan"), Map.entry("Nationality", "Pakistani"),
                Map.entry("National Identification Number", "3520025509842-7"),
                Map.entry("National Identification Details", "Pakistani"), Map.entry("Address 1", "House No 116E"),
                Map.entry("Address 6", "Lahore District"), Map.entry("Country", "Pakistan"),
                Map.entry("Other Information", "UN Ref QDi.263. Leader of Lashkar-e-Tayyiba (QDe.118)."),
                Map.entry("Group Type", "Individual"), Map.entry("Alias Type", "Primary name"),
                Map.entry("Alias Quality", "Good"), Map.entry("Regime", "ISIL (Da'esh) and Al-Qaida"),
                Map.entry("Listed On", "12/12/2008"), Map.entry("UK Sanctions List Date Designated", "31/12/2020"),
                Map.entry("Last Updated", "20/07/2009"), Map.entry("Group ID", "9215"),
                Map.entry("Sanctions Imposed", "Asset freeze"));
        Map<String, String> alias = new HashMap<>(Map.of("Name 6", "SAYID", "Name 1", "Hafiz", "Name 2", "Mohammad",
                "Group Type", "Individual", "Alias Type", "Alias", "Alias Quality", "Low", "Group ID", "9215"));
        Map<String, String> primaryAgain = new HashMap<>(saeed);
        primaryAgain.put("Alias Type", "Alias"); // the primary name once more as an alias: dropped
        Map<String, String> vessel = Map.of("Name 6", "OCEAN STAR", "Country", "Panama", "Group Type", "Ship",
                "Alias Type", "Primary name", "Regime", "Russia", "Listed On", "01/03/2024", "Group ID", "14001");
        String text = "Last Updated,05/03/2024\n" + HEADER + "\n" + row(saeed) + row(vessel) + row(alias)
                + row(primaryAgain);
        Path f = Files.writeString(dir.resolve("ConList.csv"), text, StandardCharsets.UTF_8);
        try (var in = Files.newInputStream(f)) {
            assertThat(UkEncoding.detect(in)).isEqualTo(StandardCharsets.UTF_8);
        }
        ParsedList list = new UkCsvParser().parse(ListInput.of(f), "gb-hmt");
        assertThat(list.warnings()).isEmpty();
        assertThat(list.entities()).extracting(e -> e.id().toString()).containsExactly("gb-hmt:9215", "gb-hmt:14001");

        Entity e = list.entities().get(0);
        assertThat(e.names()).containsExactly(
                new Name("Hafiz Muhammad SAEED", NameKind.PRIMARY, List.of(new NamePart(NamePart.Type.GIVEN, "Hafiz"),
                        new NamePart(NamePart.Type.GIVEN, "Muhammad"), new NamePart(NamePart.Type.FAMILY, "SAEED"))),
                new Name("حافظ محمد سعيد", NameKind.ORIGINAL_SCRIPT),
                new Name("Hafiz Mohammad SAYID", NameKind.WEAK_ALIAS, List.of(
                        new NamePart(NamePart.Type.GIVEN, "Hafiz"), new NamePart(NamePart.Type.GIVEN, "Mohammad"),
                        new NamePart(NamePart.Type.FAMILY, "SAYID"))));
        assertThat(e.names().get(1).script()).isEqualTo("Arabic");
        assertThat(e.birthPlaces()).extracting(p -> p.text()).containsExactly("Sargodha, Punjab, Pakistan");
        assertThat(e.addresses()).extracting(a -> a.full()).containsExactly("House No 116E, Lahore District, Pakistan");
        assertThat(e.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "NI Number",
                "3520025509842-7", Optional.of("PK"), Optional.empty(), Optional.empty(), "Pakistani"));
        assertThat(e.birthDates()).extracting(d -> d.canonical()).containsExactly("1950-06-05");
        assertThat(e.nationalities()).containsExactly("PK");
        assertThat(e.property("un-reference")).containsExactly("QDi.263");
        assertThat(e.links()).extracting(l -> l.reference()).containsExactly("QDe.118");
        assertThat(e.listedOn()).contains(LocalDate.of(2008, 12, 12));
        assertThat(e.property("uk-designated")).containsExactly("2020-12-31");
        assertThat(e.property("non-latin-script-type")).containsExactly("Arabic");
        assertThat(e.property("sanctions-imposed")).containsExactly("Asset freeze");
        assertThat(e.programmes()).containsExactly("ISIL (Da'esh) and Al-Qaida");

        Entity ship = list.entities().get(1);
        assertThat(ship.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ship.names()).extracting(Name::value, Name::kind).containsExactly(tuple("OCEAN STAR",
                NameKind.PRIMARY));
        assertThat(ship.primaryName().parts()).isEmpty();
        assertThat(ship.countries()).containsExactly("PA");
    }

    @Test
    void aFileWithoutTheLastUpdatedRowStartsWithItsHeader() throws Exception {
        Path f = Files.writeString(dir.resolve("ConList.csv"), HEADER + "\n" + row(Map.of("Name 6", "OCEAN STAR",
                "Group Type", "Ship", "Alias Type", "Primary name", "Group ID", "14001")));
        ParsedList list = new UkCsvParser().parse(ListInput.of(f), "gb-hmt");
        assertThat(list.published()).isEmpty();
        assertThat(list.entities()).hasSize(1);
    }

    /** One CSV line with the given values under the header's column names, quoted where needed. */
    private static String row(Map<String, String> values) {
        List<String> cells = new ArrayList<>();
        for (String column : HEADER.split(",")) {
            String v = values.getOrDefault(column, "");
            cells.add(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", cells) + "\n";
    }
}
