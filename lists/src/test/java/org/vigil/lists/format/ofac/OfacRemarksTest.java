package org.vigil.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.FuzzyDate.Precision;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.IdentityDocument.Type;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;

/** The Remarks mini-language, on Remarks texts copied from OFAC's files (ent_num in each test's comment). */
class OfacRemarksTest {

    /** sdn.csv 2021-07, ent_num 10689 (SAEED, Muhammad). */
    private static final String SAEED = "DOB 05 Jun 1950; POB Sargodha, Punjab, Pakistan; nationality Pakistan; "
            + "Passport BE5978421 (Pakistan) issued 14 Nov 2007 expires 12 Nov 2012; alt. Passport Booklet A5250088 "
            + "(Pakistan); National ID No. 3520025509842-7 (Pakistan); alt. National ID No. 23250460642 (Pakistan); "
            + "a.k.a. 'HAFIZ SAHIB'; a.k.a. 'TATA JI'.";

    @Test
    void splitsAtSemicolonsAndDropsTheFinalFullStop() {
        assertThat(OfacRemarks.clauses("a.k.a. 'JUD'; a.k.a. 'TAJK'; a.k.a. 'MML'."))
                .containsExactly("a.k.a. 'JUD'", "a.k.a. 'TAJK'", "a.k.a. 'MML'");
        // ent_num 7940: OFAC once left out the space after the semicolon
        assertThat(OfacRemarks.clauses("DOB 01 Feb 1966; POB Hashmija, Iraq; nationality possibly Palestinian;"
                + "arrested 23 Apr 2002; a.k.a. 'ABU ALI'."))
                .containsExactly("DOB 01 Feb 1966", "POB Hashmija, Iraq", "nationality possibly Palestinian",
                        "arrested 23 Apr 2002", "a.k.a. 'ABU ALI'");
    }

    @Test
    void keepsTheDotOfAClosingAbbreviation() {
        // ent_num 12300 (remarks continued in sdn_comments.csv) ends with a company name
        assertThat(OfacRemarks.clauses("Linked To: HOTELES Y BIENES S.A.; Linked To: R D I S.A."))
                .containsExactly("Linked To: HOTELES Y BIENES S.A.", "Linked To: R D I S.A.");
        assertThat(OfacRemarks.clauses("Linked To: VILLAS DEL COLLI S.A. DE C.V."))
                .containsExactly("Linked To: VILLAS DEL COLLI S.A. DE C.V.");
        assertThat(OfacRemarks.clauses("Linked To: LAZARUS GROUP.")).containsExactly("Linked To: LAZARUS GROUP");
    }

    @Test
    void doesNotSplitInsideParentheses() {
        // ent_num 11313: a parenthesised note with semicolons inside
        List<String> c = OfacRemarks.clauses("DOB 1969; National ID No. 1372584 (Kenya); (Following data derived "
                + "from an Eritrean passport: Alt. DOB: 10 October 1969; Alt. POB: Keren Eritrea); a.k.a. "
                + "'ABU MANSUR'.");
        assertThat(c).containsExactly("DOB 1969", "National ID No. 1372584 (Kenya)",
                "(Following data derived from an Eritrean passport: Alt. DOB: 10 October 1969; Alt. POB: Keren Eritrea)",
                "a.k.a. 'ABU MANSUR'");
        // unbalanced (a truncated text): split anyway
        assertThat(OfacRemarks.clauses("Listing Date (EO 14024 Direct; a.k.a. 'X'"))
                .containsExactly("Listing Date (EO 14024 Direct", "a.k.a. 'X'");
    }

    @Test
    void saeedFieldByField() {
        OfacRemarks.Result r = OfacRemarks.parse(SAEED, true);
        assertThat(r.birthDates()).containsExactly(FuzzyDate.day(1950, 6, 5).withText("05 Jun 1950"));
        assertThat(r.birthPlaces()).containsExactly(
                new Place("Sargodha", "Punjab", Optional.of("PK"), "Sargodha, Punjab, Pakistan"));
        assertThat(r.nationalities()).containsExactly("PK");
        assertThat(r.documents()).containsExactly(
                new IdentityDocument(Type.PASSPORT, "Passport", "BE5978421", Optional.of("PK"),
                        Optional.of(LocalDate.of(2007, 11, 14)), Optional.of(LocalDate.of(2012, 11, 12)), ""),
                new IdentityDocument(Type.PASSPORT, "Passport Booklet", "A5250088", Optional.of("PK")),
                new IdentityDocument(Type.NATIONAL_ID, "National ID No.", "3520025509842-7", Optional.of("PK")),
                new IdentityDocument(Type.NATIONAL_ID, "National ID No.", "23250460642", Optional.of("PK")));
        assertThat(r.names()).containsExactly(new Name("HAFIZ SAHIB", NameKind.WEAK_ALIAS),
                new Name("TATA JI", NameKind.WEAK_ALIAS));
        assertThat(r.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(r.links()).isEmpty();
        assertThat(r.properties()).isEmpty();
        assertThat(r.unrecognised()).isEmpty();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void datesOfBirthKeepTheirPrecision() {
        // ent_num 10692, 7782, 15496, 12610
        OfacRemarks.Result r = OfacRemarks.parse("DOB 17 Aug 1943; alt. DOB 1943; alt. DOB Feb 1949; "
                + "alt. DOB circa 1951; DOB 1929 to 1930; alt. DOB 01 Jan 1961 to 31 Dec 1962", true);
        assertThat(r.birthDates()).extracting(FuzzyDate::canonical)
                .containsExactly("1943-08-17", "1943", "1949-02", "~1951", "1929..1930", "1961..1962");
        assertThat(r.birthDates()).extracting(FuzzyDate::precision).containsExactly(Precision.DAY, Precision.YEAR,
                Precision.MONTH, Precision.YEAR, Precision.RANGE, Precision.RANGE);
        assertThat(r.birthDates().get(3).approximate()).isTrue();
        assertThat(r.birthDates().get(5).earliest()).isEqualTo(LocalDate.of(1961, 1, 1));
        assertThat(r.birthDates().get(5).latest()).isEqualTo(LocalDate.of(1962, 12, 31));
    }

    @Test
    void anUnreadableDateIsAProblemAndStaysInTheText() {
        OfacRemarks.Result r = OfacRemarks.parse("DOB 31 Foo 1950; nationality Iran", true);
        assertThat(r.birthDates()).isEmpty();
        assertThat(r.unrecognised()).containsExactly("DOB 31 Foo 1950");
        assertThat(r.problems()).containsExactly("unreadable date of birth '31 Foo 1950' (kept in the remarks)");
        assertThat(r.nationalities()).containsExactly("IR");
    }

    @Test
    void nationalityCitizenshipAndGender() {
        // ent_num 10481 (SOLEIMANI) and 12610 (QADHAFI, Ayesha), 7940
        OfacRemarks.Result r = OfacRemarks.parse("nationality Iran; citizen Iran; alt. citizen Korea, North; "
                + "Gender Female; nationality possibly Palestinian", true);
        assertThat(r.nationalities()).containsExactly("IR", "KP", "PS");
        assertThat(r.gender()).isEqualTo(Gender.FEMALE);
        OfacRemarks.Result unknown = OfacRemarks.parse("nationality Atlantis", true);
        assertThat(unknown.nationalities()).isEmpty();
        assertThat(unknown.property("nationality-text")).containsExactly("Atlantis");
        assertThat(unknown.problems()).singleElement().asString().contains("Atlantis");
    }

    @Test
    void placesOfBirth() {
        OfacRemarks.Result r = OfacRemarks.parse("POB Qom, Iran; alt. POB India; POB Shati", true);
        assertThat(r.birthPlaces()).containsExactly(new Place("Qom", "", Optional.of("IR"), "Qom, Iran"),
                new Place("", "", Optional.of("IN"), "India"), Place.ofText("Shati", Optional.empty()));
    }

    @Test
    void documentsWithAndWithoutCountryAndDates() {
        // ent_num 12610, 10481, 3754, 4106
        OfacRemarks.Result r = OfacRemarks.parse("alt. Passport B/011641; Diplomatic Passport 008827 (Iran) issued "
                + "1999; SSN 523-33-8386 (United States); Cedula No. 16247821 (Colombia); Passport G025057 issued 23 "
                + "Jun 1999 expires 05 Feb 2004; Tax ID No. AABA 670850 Y; Matricula Mercantil No 57622 (Uraba)", true);
        assertThat(r.documents()).containsExactly(
                new IdentityDocument(Type.PASSPORT, "Passport", "B/011641", Optional.empty()),
                new IdentityDocument(Type.PASSPORT, "Diplomatic Passport", "008827", Optional.of("IR"),
                        Optional.empty(), Optional.empty(), "issued 1999"),
                new IdentityDocument(Type.NATIONAL_ID, "SSN", "523-33-8386", Optional.of("US")),
                new IdentityDocument(Type.NATIONAL_ID, "Cedula No.", "16247821", Optional.of("CO")),
                new IdentityDocument(Type.PASSPORT, "Passport", "G025057", Optional.empty(),
                        Optional.of(LocalDate.of(1999, 6, 23)), Optional.of(LocalDate.of(2004, 2, 5)), ""),
                new IdentityDocument(Type.TAX_ID, "Tax ID No.", "AABA 670850 Y", Optional.empty()),
                new IdentityDocument(Type.COMPANY_REGISTRATION, "Matricula Mercantil No", "57622",
                        Optional.empty(), Optional.empty(), Optional.empty(), "(Uraba)"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.unrecognised()).isEmpty();
    }

    @Test
    void registrationNumbersOfCompaniesVesselsAndBanks() {
        // ent_num 23171, 906, 17067, 15036, 10692
        OfacRemarks.Result r = OfacRemarks.parse("D-U-N-S Number 542957624; SWIFT/BIC HAVIGB2L; Company Number "
                + "01074897 (United Kingdom); Identification Number IMO 5342883; Vessel Registration Identification IMO "
                + "9187629; MMSI 572469210; Registration ID 4-6032-0048-1 (Saudi Arabia); "
                + "International Maritime Organization No. (5777731)", false);
        assertThat(r.documents()).containsExactly(
                new IdentityDocument(Type.COMPANY_REGISTRATION, "D-U-N-S Number", "542957624", Optional.empty()),
                new IdentityDocument(Type.SWIFT_BIC, "SWIFT/BIC", "HAVIGB2L", Optional.empty()),
                new IdentityDocument(Type.COMPANY_REGISTRATION, "Company Number", "01074897", Optional.of("GB")),
                new IdentityDocument(Type.VESSEL_IMO, "Identification Number IMO", "5342883", Optional.empty()),
                new IdentityDocument(Type.VESSEL_IMO, "Vessel Registration Identification IMO", "9187629",
                        Optional.empty()),
                new IdentityDocument(Type.OTHER, "MMSI", "572469210", Optional.empty()),
                new IdentityDocument(Type.COMPANY_REGISTRATION, "Registration ID", "4-6032-0048-1", Optional.of("SA")),
                new IdentityDocument(Type.VESSEL_IMO, "International Maritime Organization No.", "5777731",
                        Optional.empty()));
    }

    @Test
    void quotedAliases() {
        // ent_num 17567, 10692, 4243; n.k.a. is rare in remarks but a name all the same
        OfacRemarks.Result r = OfacRemarks.parse("a.k.a. 'EGYPT'S SOLDIERS'; a.k.a. 'ABU 'ABD AL-'AZIZ'; "
                + "f.k.a. 'ANA I'; n.k.a. 'NEW NAME'; a.k.a. 'CHAPPORI, Petit'", true);
        assertThat(r.names()).containsExactly(new Name("EGYPT'S SOLDIERS", NameKind.WEAK_ALIAS),
                new Name("ABU 'ABD AL-'AZIZ", NameKind.WEAK_ALIAS), new Name("ANA I", NameKind.FORMER_NAME),
                new Name("NEW NAME", NameKind.WEAK_ALIAS),
                new Name("CHAPPORI, Petit", NameKind.WEAK_ALIAS, List.of(
                        new NamePart(NamePart.Type.FAMILY, "CHAPPORI"), new NamePart(NamePart.Type.GIVEN, "Petit"))));
        assertThat(r.property("now-known-as")).containsExactly("NEW NAME");
        // a quote cut off (the rest of the text in a comments file that was not given) is not an alias
        OfacRemarks.Result cut = OfacRemarks.parse("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo", true);
        assertThat(cut.names()).extracting(Name::value).containsExactly("tianyinyin0404");
        assertThat(cut.unrecognised()).containsExactly("a.k.a. 'snowsjo");
    }

    @Test
    void linkedToIsALinkByNameWithoutTarget() {
        OfacRemarks.Result r = OfacRemarks.parse("DOB 1929 to 1930; Linked To: SUMIYOSHI-KAI; "
                + "Linked To: LASHKAR E-TAYYIBA.", true);
        assertThat(r.links()).containsExactly(
                new Link(Link.Type.LINKED_TO, "SUMIYOSHI-KAI", Optional.empty(), "Linked To: SUMIYOSHI-KAI"),
                new Link(Link.Type.LINKED_TO, "LASHKAR E-TAYYIBA", Optional.empty(), "Linked To: LASHKAR E-TAYYIBA"));
    }

    @Test
    void labelledValuesBecomeProperties() {
        // ent_num 29020, 10933, 25064, 15552, 28263, 15436, 15036
        OfacRemarks.Result r = OfacRemarks.parse("Website www.facebook.com/ZKGrandTown/; Organization Established "
                + "Date 2017; alt. Organization Established Date 17 Dec 2016; Organization Type: Real estate activities "
                + "on a fee or contract basis; Email Address dam.d.free@net.sy; Phone Number 8613621583465; "
                + "Additional Sanctions Information - Subject to Secondary Sanctions; Executive Order 13846 information: "
                + "FOREIGN EXCHANGE.  Sec. 5(a)(ii); Secondary sanctions risk: North Korea Sanctions Regulations, "
                + "sections 510.201 and 510.210; Digital Currency Address - XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak; "
                + "Rank Brigadier General; Title Basij Deputy Commander; Position: Owner; Aircraft Manufacture Date 28 "
                + "Aug 2002; Aircraft Model A300B4-622R; Aircraft Operator MAHAN AIR; Former Vessel Flag Malta; "
                + "Nationality of Registration Korea, North", false);
        assertThat(r.property("website")).containsExactly("www.facebook.com/ZKGrandTown/");
        assertThat(r.property("organization-established")).containsExactly("2017", "2016-12-17");
        assertThat(r.property("organization-type")).containsExactly("Real estate activities on a fee or contract basis");
        assertThat(r.property("email")).containsExactly("dam.d.free@net.sy");
        assertThat(r.property("phone")).containsExactly("8613621583465");
        assertThat(r.property("additional-sanctions-information")).containsExactly("Subject to Secondary Sanctions");
        assertThat(r.property("executive-order")).containsExactly("13846 information: FOREIGN EXCHANGE. Sec. 5(a)(ii)");
        assertThat(r.property("secondary-sanctions-risk"))
                .containsExactly("North Korea Sanctions Regulations, sections 510.201 and 510.210");
        assertThat(r.property("digital-currency-address")).containsExactly("XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak");
        assertThat(r.property("rank")).containsExactly("Brigadier General");
        assertThat(r.property("title")).containsExactly("Basij Deputy Commander");
        assertThat(r.property("position")).containsExactly("Owner");
        assertThat(r.property("aircraft-manufacture-date")).containsExactly("2002-08-28");
        assertThat(r.property("aircraft-model")).containsExactly("A300B4-622R");
        assertThat(r.property("aircraft-operator")).containsExactly("MAHAN AIR");
        assertThat(r.property("former-vessel-flag")).containsExactly("Malta");
        assertThat(r.property("registration-country")).containsExactly("Korea, North");
        assertThat(r.countries()).containsExactly("KP");
        assertThat(r.unrecognised()).isEmpty();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void unrecognisedClausesAreReturnedAsWritten() {
        // ent_num 3754: a position without a label; 11313's parenthesised note
        OfacRemarks.Result r = OfacRemarks.parse("DOB 09 Feb 1951; POB Gaza, Egypt; Passport 92/664 (Egypt); "
                + "Political Leader in Amman, Jordan and Damascus, Syria for HAMAS; all offices worldwide; "
                + "a.k.a. 'ABU-'UMAR'.", true);
        assertThat(r.unrecognised()).containsExactly(
                "Political Leader in Amman, Jordan and Damascus, Syria for HAMAS", "all offices worldwide");
        assertThat(r.names()).extracting(Name::value).containsExactly("ABU-'UMAR");
        assertThat(r.documents()).extracting(IdentityDocument::number).containsExactly("92/664");
    }

    @Test
    void emptyRemarks() {
        OfacRemarks.Result r = OfacRemarks.parse("", false);
        assertThat(r.unrecognised()).isEmpty();
        assertThat(r.names()).isEmpty();
    }
}
