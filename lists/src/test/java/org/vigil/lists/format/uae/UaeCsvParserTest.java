package org.vigil.lists.format.uae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;

/** The UAE Local Terrorist List CSV (LS1309232025.csv, 155 persons). */
class UaeCsvParserTest {
    private static final Path UAE = TestData.fixture("uae/LS1309232025.csv");
    private static ParsedList list;
    private static Map<String, Entity> byId;

    @TempDir
    Path dir;

    @BeforeAll
    static void parse() throws Exception {
        list = new UaeCsvParser().parse(ListInput.of(UAE), "ae-local");
        byId = list.entities().stream().collect(Collectors.toMap(e -> e.id().sourceId(), Function.identity()));
    }

    @Test
    void reads155PersonsNumberedByRow() {
        assertThat(list.format()).isEqualTo(ListFormat.UAE_CSV);
        assertThat(list.published()).isEmpty();
        assertThat(list.warnings()).isEmpty();
        assertThat(list.entities()).hasSize(155);
        assertThat(list.entities()).allSatisfy(e -> assertThat(e.schema()).isEqualTo(Schema.PERSON));
        assertThat(list.entities().get(0).id().toString()).isEqualTo("ae-local:1");
        assertThat(list.entities().get(154).id().toString()).isEqualTo("ae-local:155");
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.primaryName().isLatin()).isTrue();
            assertThat(e.nationalities()).isNotEmpty(); // every nationality, written in Arabic, resolves
            assertThat(e.property("classification")).containsExactly("شخص إرهابي");
        });
        assertThat(list.entities().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)).hasSize(158)
                .allSatisfy(n -> assertThat(n.script()).isEqualTo("Arabic"));
        assertThat(list.entities().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.kind() == NameKind.STRONG_ALIAS)).hasSize(10);
        assertThat(list.entities().stream().filter(e -> !e.birthDates().isEmpty())).hasSize(90);
        assertThat(list.entities().stream().filter(e -> !e.birthPlaces().isEmpty())).hasSize(101);
        assertThat(list.entities().stream().filter(e -> !e.addresses().isEmpty())).hasSize(27);
        assertThat(list.entities().stream().mapToLong(e -> e.documents().size()).sum()).isEqualTo(68);
        assertThat(list.entities().stream().flatMap(e -> e.programmes().stream()).distinct()).hasSize(11);
    }

    @Test
    void row1FieldByField() {
        Entity e = byId.get("1");
        assertThat(e.names()).containsExactly(
                new Name("KHALIFA MOHD T AL SUBAEY", NameKind.PRIMARY,
                        List.of(new NamePart(NamePart.Type.FAMILY, "AL SUBAEY"))),
                new Name("خليفة محمد تركي السبيعي", NameKind.ORIGINAL_SCRIPT,
                        List.of(new NamePart(NamePart.Type.FAMILY, "السبيعي"))));
        assertThat(e.names().get(1).script()).isEqualTo("Arabic");
        assertThat(e.nationalities()).containsExactly("QA");
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1965, 1, 1).withText("01-01-1965"));
        assertThat(e.birthPlaces()).containsExactly(new Place("", "", Optional.of("QA"), "قطر"));
        assertThat(e.addresses()).containsExactly(new Address("", "", "", "", Optional.of("QA"), "قطر", ""));
        assertThat(e.countries()).containsExactly("QA");
        assertThat(e.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.PASSPORT, "جواز سفر",
                "685868", Optional.of("QA"), Optional.empty(), Optional.empty(), ""));
        assertThat(e.programmes()).containsExactly("قرار مجلس الوزراء رقم (18) لسنة 2017");
        assertThat(e.remarks()).containsExactly("مدرج بموجب قرار مجلس الوزراء رقم (18) لسنة 2017");
        assertThat(e.properties()).isEqualTo(Map.of("cabinet-resolution", List.of("18/2017"),
                "classification", List.of("شخص إرهابي")));
        assertThat(e.listedOn()).isEmpty();
        assertThat(e.links()).isEmpty();
    }

    @Test
    void aliasesSplitNamesAndStrayBrackets() {
        // the name column adds the kunya in parentheses: "إبراهيم عيسى الحجي محمد الباكر (أبوخليل)"
        assertThat(byId.get("4").names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("IBRAHIM 'ISA HAJJI MUHAMMAD AL-BAKR", NameKind.PRIMARY),
                tuple("إبراهيم عيسى الحجي محمد الباكر", NameKind.ORIGINAL_SCRIPT),
                tuple("أبوخليل", NameKind.STRONG_ALIAS));
        // "HAZEM MOHSEN FARHAN + HAZEM MOHSEN AL FARHAN" / "حازم محسن الفرحان + حازم محسن فرحان"
        Entity farhan = byId.get("108");
        assertThat(farhan.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("HAZEM MOHSEN FARHAN", NameKind.PRIMARY), tuple("HAZEM MOHSEN AL FARHAN", NameKind.STRONG_ALIAS),
                tuple("حازم محسن الفرحان", NameKind.ORIGINAL_SCRIPT), tuple("حازم محسن فرحان", NameKind.ORIGINAL_SCRIPT));
        assertThat(farhan.property("latin-name-text")).containsExactly("HAZEM MOHSEN FARHAN + HAZEM MOHSEN AL FARHAN");
        // "A - B - C" and "A أو B أو C" (A or B or C)
        assertThat(byId.get("121").names()).extracting(Name::value).containsExactly("Alaa khanfurah",
                "Alaa abdulrazzaq ali khanfurah", "Alaa Alkhanfurah", "علاء خنفورة", "علاء عبدالرزاق علي خنفورة",
                "علاء الخنفورة");
        // "((MOHSEN HASSAN KARGARHODJAT ABADI"
        assertThat(byId.get("112").caption()).isEqualTo("MOHSEN HASSAN KARGARHODJAT ABADI");
        assertThat(byId.get("112").property("latin-name-text")).containsExactly("((MOHSEN HASSAN KARGARHODJAT ABADI");
    }

    @Test
    void datesPlacesAddressesAndDocuments() {
        assertThat(byId.get("16").birthDates()).containsExactly(FuzzyDate.year(1975).withText("1975"));
        assertThat(byId.get("29").birthPlaces()).containsExactly(new Place("المينا", "", Optional.of("EG"),
                "مصر (المينا)"));
        assertThat(byId.get("116").birthPlaces()).containsExactly(new Place("كانو", "", Optional.of("NG"),
                "كانو نيجيريا"));
        Entity houti = byId.get("24");
        assertThat(houti.nationalities()).containsExactly("AE");
        assertThat(houti.birthPlaces()).containsExactly(new Place("الشارقة", "", Optional.empty(), "الشارقة"));
        assertThat(houti.addresses()).containsExactly(new Address("بشاك شهير", "إسطنبول", "", "", Optional.of("TR"),
                "تركيا", ""));
        assertThat(houti.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.PASSPORT,
                "جواز السفر", "2116728", Optional.of("AE"), Optional.of(LocalDate.of(2008, 7, 24)),
                Optional.of(LocalDate.of(2013, 7, 23)), ""));
        // nationality "الحالية: السويد السابقة: ليبيريا" (current: Sweden, previous: Liberia)
        assertThat(byId.get("130").nationalities()).containsExactly("SE", "LR");
        // two passports in one cell, one per line: "تركي رقم: U24171753" / "إماراتي رقم: NZ9Y56591"
        assertThat(byId.get("131").documents()).extracting(IdentityDocument::number, IdentityDocument::country,
                IdentityDocument::note).containsExactly(
                tuple("U24171753", Optional.of("TR"), "تركيا و الإمارات"),
                tuple("NZ9Y56591", Optional.of("AE"), "تركيا و الإمارات"));
        // "جواز سفر يمني" (Yemeni passport), "الرقم الموحد" (UAE unified number)
        assertThat(byId.get("103").documents()).extracting(IdentityDocument::type, IdentityDocument::country)
                .containsExactly(tuple(IdentityDocument.Type.PASSPORT, Optional.of("YE")));
        assertThat(byId.get("93").documents()).extracting(IdentityDocument::type, IdentityDocument::typeText,
                IdentityDocument::number).containsExactly(tuple(IdentityDocument.Type.OTHER, "الرقم الموحد", "257451"));
        // a passport without number, issued by Libya
        assertThat(byId.get("54").documents()).isEmpty();
        assertThat(byId.get("54").property("document-text")).containsExactly("جواز سفر / ليبيا");
        assertThat(byId.get("54").property("cabinet-resolution")).containsExactly("28/2017");
    }

    @Test
    void aFileInAnotherEncodingIsRejected() throws Exception {
        String text = Files.readString(UAE, StandardCharsets.UTF_8).substring(1); // without the byte-order mark
        var encoder = Charset.forName("windows-1256").newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
        Path f = Files.write(dir.resolve("LS-cp1256.csv"), Arrays.copyOf(bytes.array(), bytes.limit()));
        assertThatThrownBy(() -> parse(f)).isInstanceOfSatisfying(ListFormatException.class, e -> {
            assertThat(e.file()).isEqualTo(f.toString());
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("bytes that are not valid UTF-8 text (at byte offset 0)");
        });
    }

    @Test
    void truncatedForeignEmptyAndOversizedFiles() throws Exception {
        byte[] all = Files.readAllBytes(UAE);
        String text = new String(all, StandardCharsets.UTF_8);
        int header = text.indexOf("\"اسم العائلة");
        Path cutHeader = Files.write(dir.resolve("cut1.csv"),
                Arrays.copyOf(all, text.substring(0, header + 5).getBytes(StandardCharsets.UTF_8).length));
        assertThatThrownBy(() -> parse(cutHeader)).hasMessage(cutHeader + ":3: a quoted field opened on this line is"
                + " never closed: the file ends inside it (truncated?)");
        int row2 = text.indexOf("\n2,") + 1;
        Path cutRow = Files.write(dir.resolve("cut2.csv"),
                Arrays.copyOf(all, text.substring(0, row2 + 20).getBytes(StandardCharsets.UTF_8).length));
        assertThatThrownBy(() -> parse(cutRow)).isInstanceOfSatisfying(ListFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.reason()).startsWith("the row has 4 fields but the header has 19");
        });
        Path uk = TestData.fixture("uk/sanctionsconlist_2018-04-13.csv");
        assertThatThrownBy(() -> parse(uk)).hasMessage(uk + ": not a UAE Local Terrorist List CSV: no header row"
                + " starting with '#' (followed by the Arabic column names) in the first 10 rows");
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThatThrownBy(() -> parse(empty)).hasMessage(empty + ": file is empty");
        assertThatThrownBy(() -> new UaeCsvParser().parse(ListInput.of(UAE).withMaxBytes(1000), "ae-local"))
                .hasMessageStartingWith(UAE + ": file is 44393 bytes, over the limit of 1000 bytes");
        Path headerOnly = Files.write(dir.resolve("header.csv"), Arrays.copyOf(all, text.substring(0, text.indexOf(
                "\n1,") + 1).getBytes(StandardCharsets.UTF_8).length));
        assertThatThrownBy(() -> parse(headerOnly)).hasMessage(headerOnly + ": no listed persons after the header"
                + " row: the file lists nobody");
    }

    @Test
    void aMissingColumnIsAnErrorAndABadDateAWarning() throws Exception {
        String text = Files.readString(UAE, StandardCharsets.UTF_8);
        Path noLatin = Files.writeString(dir.resolve("no-latin.csv"),
                text.replace("الاسم الكامل (بالحروف اللاتينية)", "الاسم"));
        assertThatThrownBy(() -> parse(noLatin)).hasMessage(noLatin + ":3: required column 'الاسم الكامل (بالحروف"
                + " اللاتينية)' missing from the header row");
        Path badDate = Files.writeString(dir.resolve("bad-date.csv"), text.replaceFirst("01-01-1965", "32-13-2000"));
        ParsedList parsed = parse(badDate);
        assertThat(parsed.entities()).hasSize(155);
        assertThat(parsed.warnings()).containsExactly(badDate + ":5: date of birth '32-13-2000' is not a date"
                + " (dd-mm-yyyy or yyyy); kept as property birth-date-text");
        Entity e = parsed.entities().get(0);
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.property("birth-date-text")).containsExactly("32-13-2000");
        assertThat(e.nationalities()).containsExactly("QA");
    }

    private static ParsedList parse(Path f) throws Exception {
        return new UaeCsvParser().parse(ListInput.of(f), "ae-local");
    }
}
