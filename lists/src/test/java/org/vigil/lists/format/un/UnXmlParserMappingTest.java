package org.vigil.lists.format.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;

/**
 * Field mapping on small hand-written records, for the cases the real files have too rarely (or not at all) to pin
 * down: each alias quality, each date-of-birth form, links from comments, unknown elements, duplicates.
 */
class UnXmlParserMappingTest {
    @TempDir
    Path dir;

    private ParsedList parse(String individuals, String entities) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n"
                + "<INDIVIDUALS>\n" + individuals + "</INDIVIDUALS>\n"
                + "<ENTITIES>\n" + entities + "</ENTITIES>\n"
                + "</CONSOLIDATED_LIST>\n";
        Path file = dir.resolve("un.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return new UnXmlParser().parse(ListInput.of(file), "un-test");
    }

    /** One INDIVIDUAL QDi.001 named "ALPHA BRAVO" with the given extra fields. */
    private Entity person(String fields) throws Exception {
        ParsedList l = parse("<INDIVIDUAL><FIRST_NAME>ALPHA</FIRST_NAME><SECOND_NAME>BRAVO</SECOND_NAME>"
                + "<REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>" + fields + "</INDIVIDUAL>\n", "");
        return l.entities().get(0);
    }

    private String warnings(String fields) throws Exception {
        ParsedList l = parse("<INDIVIDUAL><FIRST_NAME>ALPHA</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>"
                + fields + "</INDIVIDUAL>\n", "");
        return String.join("\n", l.warnings());
    }

    private static String dob(String children) {
        return "<INDIVIDUAL_DATE_OF_BIRTH>" + children + "</INDIVIDUAL_DATE_OF_BIRTH>";
    }

    @Test
    void idsUseTheSourceGivenToTheParser() throws Exception {
        Entity e = person("<COMMENTS1>Member of Some Group (QDe.002).</COMMENTS1>");
        assertThat(e.id()).isEqualTo(new EntityId("un-test", "QDi.001"));
        assertThat(e.links()).extracting(Link::target).containsExactly(Optional.of(new EntityId("un-test", "QDe.002")));
    }

    @Test
    void aliasQualities() throws Exception {
        Entity e = person("""
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Good One</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Low One</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Aka One</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Fka One</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME>No Quality</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>  </ALIAS_NAME></INDIVIDUAL_ALIAS>
                """);
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("ALPHA BRAVO", NameKind.PRIMARY), tuple("Good One", NameKind.STRONG_ALIAS),
                tuple("Low One", NameKind.WEAK_ALIAS), tuple("Aka One", NameKind.STRONG_ALIAS),
                tuple("Fka One", NameKind.FORMER_NAME), tuple("No Quality", NameKind.STRONG_ALIAS));
    }

    @Test
    void unknownAliasQualityIsAStrongAliasWithAWarning() throws Exception {
        String w = warnings("<INDIVIDUAL_ALIAS><QUALITY>Medium</QUALITY><ALIAS_NAME>X Y</ALIAS_NAME>"
                + "</INDIVIDUAL_ALIAS>");
        assertThat(w).endsWith("un.xml:4: QDi.001: unknown alias QUALITY 'Medium'; taken as a strong alias");
    }

    @Test
    void entityNameIsFirstName() throws Exception {
        ParsedList l = parse("", "<ENTITY><FIRST_NAME>SOME  TRUST\n</FIRST_NAME><REFERENCE_NUMBER>QDe.002"
                + "</REFERENCE_NUMBER><ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Old Trust</ALIAS_NAME>"
                + "</ENTITY_ALIAS></ENTITY>\n");
        Entity e = l.entities().get(0);
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.primaryName()).isEqualTo(new Name("SOME TRUST", NameKind.PRIMARY));
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("SOME TRUST", NameKind.PRIMARY), tuple("Old Trust", NameKind.FORMER_NAME));
    }

    @Test
    void datesOfBirthKeepTheirPrecision() throws Exception {
        Entity e = person(dob("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1950-06-05</DATE>")
                + dob("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1951</YEAR>")
                + dob("<TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1952</YEAR>")
                + dob("<TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1953</FROM_YEAR><TO_YEAR>1955</TO_YEAR>")
                + dob("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1960-01-01-05:00</DATE>")
                + dob("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><NOTE>August 1961</NOTE>")
                + dob("<TYPE_OF_DATE/>"));
        assertThat(e.birthDates()).extracting(FuzzyDate::canonical, FuzzyDate::precision).containsExactly(
                tuple("1950-06-05", FuzzyDate.Precision.DAY), tuple("1951", FuzzyDate.Precision.YEAR),
                tuple("~1952", FuzzyDate.Precision.YEAR), tuple("1953..1955", FuzzyDate.Precision.RANGE),
                tuple("1960-01-01", FuzzyDate.Precision.DAY), tuple("1961-08", FuzzyDate.Precision.MONTH));
        assertThat(e.birthDates().get(2).text()).isEqualTo("circa 1952");
        assertThat(e.birthDates().get(5).text()).isEqualTo("August 1961");
    }

    @Test
    void unreadableDateOfBirthIsKeptAsTextWithAWarning() throws Exception {
        Entity e = person(dob("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1950-13-45</DATE>"));
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.property("birth-date-text")).containsExactly("1950-13-45");
        assertThat(warnings(dob("<TYPE_OF_DATE>SOMETIME</TYPE_OF_DATE><YEAR>1950</YEAR>")))
                .endsWith("QDi.001: unknown TYPE_OF_DATE 'SOMETIME' in date of birth");
    }

    @Test
    void hijriDateInANote() throws Exception {
        Entity e = person(dob("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><NOTE>24/06/1402 (Hijri Calendar)</NOTE>"));
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1982, 4, 19)
                .withText("24/06/1402 (Hijri Calendar)"));
    }

    @Test
    void commentsGiveRemarkAndLinksButNoSelfLinkAndNoDuplicate() throws Exception {
        Entity e = person("""
                <COMMENTS1>Alpha Bravo (QDi.001) is the leader of
                Some Group (QDe.002). Member of Other Group (listed as QE.O.3.05). Also leader of Some Group
                (QDe.002).</COMMENTS1>""");
        assertThat(e.remarks()).containsExactly("Alpha Bravo (QDi.001) is the leader of Some Group (QDe.002)."
                + " Member of Other Group (listed as QE.O.3.05). Also leader of Some Group (QDe.002).");
        assertThat(e.links()).containsExactly(
                new Link(Link.Type.LEADER_OF, "QDe.002", Optional.of(new EntityId("un-test", "QDe.002")),
                        "Alpha Bravo (QDi.001) is the leader of Some Group (QDe.002)."),
                new Link(Link.Type.MEMBER_OF, "QDe.003", Optional.of(new EntityId("un-test", "QDe.003")),
                        "Member of Other Group (listed as QE.O.3.05)."));
    }

    @Test
    void enumeratedReferencesShareTheRelation() throws Exception {
        Entity e = person("<COMMENTS1>Associated with A (deceased), B (QDi.002), and C (QDi.003) (deceased)."
                + " Has met D (QDi.004).</COMMENTS1>");
        assertThat(e.links()).extracting(Link::type, Link::reference).containsExactly(
                tuple(Link.Type.ASSOCIATED_WITH, "QDi.002"), tuple(Link.Type.ASSOCIATED_WITH, "QDi.003"),
                tuple(Link.Type.RELATED, "QDi.004"));
    }

    @Test
    void titlesDesignationsAndOtherProperties() throws Exception {
        Entity e = person("""
                <DATAID>42</DATAID><VERSIONNUM>1</VERSIONNUM>
                <TITLE><VALUE>Dr.</VALUE><VALUE>Minister of Something Important (2001-2005)</VALUE></TITLE>
                <DESIGNATION><VALUE>Chief</VALUE></DESIGNATION>
                <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
                <SUBMITTED_BY>Germany</SUBMITTED_BY>
                <LAST_DAY_UPDATED><VALUE>2010-01-01</VALUE><VALUE/><VALUE>2012-05-06</VALUE></LAST_DAY_UPDATED>
                <LISTED_ON>2009-02-03</LISTED_ON>
                <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
                <SORT_KEY/><SORT_KEY_LAST_MOD/>""");
        assertThat(e.primaryName().parts()).extracting(p -> p.type().label() + ":" + p.value())
                .containsExactly("title:Dr.", "unspecified:ALPHA", "unspecified:BRAVO");
        assertThat(e.property("title")).containsExactly("Dr.", "Minister of Something Important (2001-2005)");
        assertThat(e.property("position")).containsExactly("Chief");
        assertThat(e.property("data-id")).containsExactly("42");
        assertThat(e.property("version")).containsExactly("1");
        assertThat(e.property("list-type")).containsExactly("UN List");
        assertThat(e.property("submitted-by")).containsExactly("Germany");
        assertThat(e.lastUpdated()).contains(LocalDate.of(2012, 5, 6));
        assertThat(e.listedOn()).contains(LocalDate.of(2009, 2, 3));
        assertThat(e.programmes()).containsExactly("Al-Qaida");
        assertThat(e.properties()).containsOnlyKeys("title", "position", "data-id", "version", "list-type",
                "submitted-by");
    }

    @Test
    void nationalities() throws Exception {
        ParsedList l = parse("<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>"
                + "<NATIONALITY><VALUE>na</VALUE><VALUE>Pakistani</VALUE>"
                + "<VALUE>Bahrain (citizenship revoked in Jan. 2015)</VALUE><VALUE>Atlantis</VALUE></NATIONALITY>"
                + "</INDIVIDUAL>\n", "");
        Entity e = l.entities().get(0);
        assertThat(e.nationalities()).containsExactly("PK", "BH");
        assertThat(e.property("nationality-text")).containsExactly("Bahrain (citizenship revoked in Jan. 2015)",
                "Atlantis");
        assertThat(l.warnings()).singleElement().asString()
                .endsWith("un.xml:4: QDi.001: nationality 'Atlantis' is not a known country; kept as property"
                        + " nationality-text");
    }

    @Test
    void documents() throws Exception {
        Entity e = person("""
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>
                  <TYPE_OF_DOCUMENT2>Driver's Permit</TYPE_OF_DOCUMENT2><NUMBER>D-1</NUMBER>
                  <ISSUING_COUNTRY>Trinidad and Tobago</ISSUING_COUNTRY><COUNTRY_OF_ISSUE>Jamaica</COUNTRY_OF_ISSUE>
                  <DATE_OF_ISSUE>2001-02-03</DATE_OF_ISSUE><CITY_OF_ISSUE>Port of Spain</CITY_OF_ISSUE>
                  <NOTE>expired</NOTE></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><TYPE_OF_DOCUMENT2>Passport
                  </TYPE_OF_DOCUMENT2><NUMBER>P 2</NUMBER><ISSUING_COUNTRY>Narnia</ISSUING_COUNTRY>
                  <DATE_OF_ISSUE>June 2001</DATE_OF_ISSUE></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Numéro de passeport </TYPE_OF_DOCUMENT><NUMBER>F3</NUMBER>
                  </INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
                  <NOTE>Tunisian passport number L 191609</NOTE></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT/>""");
        assertThat(e.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.DRIVING_LICENCE,
                        "National Identification Number (Driver's Permit)", "D-1", Optional.of("TT"),
                        Optional.of(LocalDate.of(2001, 2, 3)), Optional.empty(),
                        "expired; country of issue: Jamaica; issued in Port of Spain"),
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "Passport", "P 2", Optional.empty(),
                        Optional.empty(), Optional.empty(), "issuing country: Narnia; issued: June 2001"),
                new IdentityDocument(IdentityDocument.Type.PASSPORT, "Numéro de passeport", "F3", Optional.empty()));
        assertThat(e.property("document-text")).containsExactly("Passport, Tunisian passport number L 191609");
    }

    @Test
    void addressesAndPlacesOfBirth() throws Exception {
        Entity e = person("""
                <INDIVIDUAL_ADDRESS><STREET>1 Main St</STREET><CITY>Oslo</CITY><ZIP_CODE>0578</ZIP_CODE>
                  <COUNTRY>Norway</COUNTRY><NOTE>previous</NOTE></INDIVIDUAL_ADDRESS>
                <INDIVIDUAL_ADDRESS><COUNTRY/></INDIVIDUAL_ADDRESS>
                <INDIVIDUAL_ADDRESS><CITY>Somewhere</CITY><COUNTRY>Sudan/South Sudan</COUNTRY></INDIVIDUAL_ADDRESS>
                <INDIVIDUAL_PLACE_OF_BIRTH><STREET>Moni village</STREET><CITY>Shigal District</CITY>
                  <STATE_PROVINCE>Kunar Province</STATE_PROVINCE><COUNTRY>Afghanistan</COUNTRY>
                  </INDIVIDUAL_PLACE_OF_BIRTH>
                <INDIVIDUAL_PLACE_OF_BIRTH><NOTE>possibly Sabratha</NOTE></INDIVIDUAL_PLACE_OF_BIRTH>
                <INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY/></INDIVIDUAL_PLACE_OF_BIRTH>""");
        assertThat(e.addresses()).extracting(a -> a.full() + " | " + a.country().orElse("-") + " | " + a.note())
                .containsExactly("1 Main St, Oslo, 0578, Norway | NO | previous",
                        "Somewhere, Sudan/South Sudan | - | ");
        assertThat(e.countries()).containsExactly("NO");
        assertThat(e.birthPlaces()).containsExactly(
                new Place("Shigal District", "Kunar Province", Optional.of("AF"),
                        "Moni village, Shigal District, Kunar Province, Afghanistan"),
                Place.ofText("possibly Sabratha", Optional.empty()));
    }

    @Test
    void aliasBirthDetailsAndNotes() throws Exception {
        Entity e = person(dob("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-02-05</DATE>") + """
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Other Name</ALIAS_NAME>
                  <DATE_OF_BIRTH>1969</DATE_OF_BIRTH><CITY_OF_BIRTH>Tripoli</CITY_OF_BIRTH>
                  <COUNTRY_OF_BIRTH>Libya</COUNTRY_OF_BIRTH><NOTE>In Arabic: اسم آخر</NOTE></INDIVIDUAL_ALIAS>""");
        assertThat(e.birthDates()).containsExactly(FuzzyDate.day(1970, 2, 5), FuzzyDate.year(1969));
        assertThat(e.birthPlaces()).containsExactly(new Place("Tripoli", "", Optional.of("LY"), "Tripoli, Libya"));
        assertThat(e.property("alias-note")).containsExactly("Other Name: In Arabic: اسم آخر");
        assertThat(e.names()).extracting(Name::value, Name::kind)
                .contains(tuple("اسم آخر", NameKind.ORIGINAL_SCRIPT));
    }

    @Test
    void unknownElementsAreKeptAndReported() throws Exception {
        ParsedList l = parse("<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>"
                + "<COMMENTS2>second comment</COMMENTS2>\n"
                + "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>B</ALIAS_NAME><SCRIPT>x</SCRIPT>"
                + "</INDIVIDUAL_ALIAS></INDIVIDUAL>\n<VESSEL><NAME>x</NAME></VESSEL>\n", "");
        Entity e = l.entities().get(0);
        assertThat(e.property("comments2")).containsExactly("second comment");
        assertThat(l.warnings()).hasSize(3);
        assertThat(l.warnings().get(0)).endsWith("un.xml:4: QDi.001: unknown element <COMMENTS2> in <INDIVIDUAL>;"
                + " kept as property comments2");
        assertThat(l.warnings().get(1)).endsWith("un.xml:5: QDi.001: unknown element <SCRIPT> in <INDIVIDUAL_ALIAS>"
                + " ignored");
        assertThat(l.warnings().get(2)).endsWith("un.xml:6: unknown element <VESSEL> in <INDIVIDUALS> ignored");
    }

    @Test
    void duplicateReferenceNumberKeepsTheFirstRecord() throws Exception {
        ParsedList l = parse("""
                <INDIVIDUAL><FIRST_NAME>FIRST</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME>SECOND</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>
                """, "");
        assertThat(l.entities()).singleElement().extracting(Entity::caption).isEqualTo("FIRST");
        assertThat(l.warnings()).singleElement().asString().endsWith("un.xml:5: REFERENCE_NUMBER QDi.001 was"
                + " already used by the record on line 4; this second record is skipped");
    }

    @Test
    void latinOriginalScriptIsAStrongAliasAndLanguageLabelsAreDropped() throws Exception {
        Entity e = person("<NAME_ORIGINAL_SCRIPT>JAMAAH ANSHARUT DAULAH</NAME_ORIGINAL_SCRIPT>"
                + "<NAME_ORIGINAL_SCRIPT>ኤርሚኣስ ግርማይ (Tigrinya)</NAME_ORIGINAL_SCRIPT>"
                + "<NAME_ORIGINAL_SCRIPT> </NAME_ORIGINAL_SCRIPT>");
        assertThat(e.names()).extracting(Name::value, Name::kind, Name::script).containsExactly(
                tuple("ALPHA BRAVO", NameKind.PRIMARY, "Latin"),
                tuple("JAMAAH ANSHARUT DAULAH", NameKind.STRONG_ALIAS, "Latin"),
                tuple("ኤርሚኣስ ግርማይ", NameKind.ORIGINAL_SCRIPT, "Ethiopic"));
    }

    @Test
    void genderValues() throws Exception {
        assertThat(person("<GENDER>MALE</GENDER>").gender().label()).isEqualTo("male");
        assertThat(person("<GENDER>Female</GENDER>").gender().label()).isEqualTo("female");
        Entity unknown = person("<GENDER>Unknown</GENDER>");
        assertThat(unknown.gender().label()).isEqualTo("unknown");
        assertThat(unknown.properties()).doesNotContainKey("gender-text");
        assertThat(person("<GENDER>Other text</GENDER>").property("gender-text")).containsExactly("Other text");
    }

    @Test
    void missingDateGeneratedIsAWarning() throws Exception {
        Path file = dir.resolve("no-date.xml");
        Files.writeString(file, "<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>");
        ParsedList l = new UnXmlParser().parse(ListInput.of(file), "un-sc");
        assertThat(l.entities()).isEmpty();
        assertThat(l.published()).isEmpty();
        assertThat(l.warnings()).containsExactly(file + ":1: <CONSOLIDATED_LIST> has no dateGenerated attribute;"
                + " the publication date is unknown");
    }

    @Test
    void listedOnThatIsNotADate() throws Exception {
        Entity e = person("<LISTED_ON>sometime in 2001</LISTED_ON>");
        assertThat(e.listedOn()).isEmpty();
        assertThat(e.property("listed-on-text")).containsExactly("sometime in 2001");
    }

    @Test
    void emptySectionsGiveAnEmptyList() throws Exception {
        ParsedList l = parse("", "");
        assertThat(l.entities()).isEqualTo(List.of());
        assertThat(l.warnings()).isEmpty();
        assertThat(l.format().id()).isEqualTo("un-xml");
    }
}
