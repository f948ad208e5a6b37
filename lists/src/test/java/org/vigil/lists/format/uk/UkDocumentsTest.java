package org.vigil.lists.format.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.lists.format.uk.UkDocuments.Field;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.IdentityDocument.Type;

/** Document texts as they occur in the UK list of 2018. */
class UkDocumentsTest {

    @Test
    void readsEnumeratedPassportsWithTheirCountries() {
        assertThat(UkDocuments.parse("(1) K929139 (Tunisian). Issued on 14 Feb 1995. Expired on 13 Feb 2000. (2)"
                + " 00319547 (Tunisian) Issued on 8 December 1994.", Field.PASSPORT))
                .extracting(IdentityDocument::type, IdentityDocument::number, IdentityDocument::country,
                        IdentityDocument::note)
                .containsExactly(
                        tuple(Type.PASSPORT, "K929139", Optional.of("TN"),
                                "K929139 (Tunisian). Issued on 14 Feb 1995. Expired on 13 Feb 2000."),
                        tuple(Type.PASSPORT, "00319547", Optional.of("TN"),
                                "00319547 (Tunisian) Issued on 8 December 1994."));
        assertThat(UkDocuments.parse("(1) C2002515 (Iran) (2) 477845448 (USA)", Field.PASSPORT))
                .extracting(IdentityDocument::number, IdentityDocument::country)
                .containsExactly(tuple("C2002515", Optional.of("IR")), tuple("477845448", Optional.of("US")));
    }

    @Test
    void takesTheCountryFromTheWordsBeforeTheNumber() {
        assertThat(UkDocuments.parse("Qatari passport no.00966737", Field.PASSPORT)).singleElement()
                .extracting(IdentityDocument::typeText, IdentityDocument::number, IdentityDocument::country)
                .containsExactly("Qatari passport no", "00966737", Optional.of("QA"));
        assertThat(UkDocuments.parse("Passport: Pakistani Passport no. FA0157612. Issued: 23/01/2009.",
                Field.PASSPORT)).singleElement().extracting(IdentityDocument::number, IdentityDocument::country)
                .containsExactly("FA0157612", Optional.of("PK"));
        assertThat(UkDocuments.parse("D 000763 (Afghan). Issued on 9 Jan 1997", Field.PASSPORT)).singleElement()
                .extracting(IdentityDocument::number, IdentityDocument::country)
                .containsExactly("D 000763", Optional.of("AF"));
    }

    @Test
    void datesAndWordsAreNotNumbersOrCountries() {
        // "no" is "number", not Norway; "(as ...)" is not American Samoa; dates are skipped
        assertThat(UkDocuments.parse("no.: 0216155930", Field.PASSPORT)).singleElement()
                .extracting(IdentityDocument::number, IdentityDocument::country)
                .containsExactly("0216155930", Optional.empty());
        assertThat(UkDocuments.parse("103-0037-6235 (as mentioned in the passport)", Field.NATIONAL_ID))
                .singleElement().extracting(IdentityDocument::number, IdentityDocument::country)
                .containsExactly("103-0037-6235", Optional.empty());
        assertThat(UkDocuments.parse("Passport Number 010312413, issue number 002-15-L093534, date of issue 14 July"
                + " 2015", Field.PASSPORT)).singleElement().extracting(IdentityDocument::number).isEqualTo("010312413");
        assertThat(UkDocuments.parse("LIBYAN PASSPORT No.B/001897", Field.PASSPORT)).singleElement()
                .extracting(IdentityDocument::number, IdentityDocument::country)
                .containsExactly("B/001897", Optional.of("LY"));
        assertThat(UkDocuments.parse("Issued in July 1996", Field.PASSPORT)).isEmpty();
    }

    @Test
    void nationalNumbersKeepTheirKind() {
        assertThat(UkDocuments.parse("Italian Fiscal Code SSYBLK62T26Z336L", Field.NATIONAL_ID)).singleElement()
                .extracting(IdentityDocument::type, IdentityDocument::number, IdentityDocument::country)
                .containsExactly(Type.TAX_ID, "SSYBLK62T26Z336L", Optional.of("IT"));
        assertThat(UkDocuments.parse("A) Trinidad and Tobago National Identification Card 19860222007, issued on 16"
                + " Jun 2011 (b) Trinidad and Tobago Birth Certificate B394445, issued on 23.1.2007  (c) Trinidad and"
                + " Tobago Driver's Permit 892124B, issued on 30.8.20", Field.NATIONAL_ID))
                .extracting(IdentityDocument::type, IdentityDocument::number, IdentityDocument::country)
                .containsExactly(tuple(Type.NATIONAL_ID, "19860222007", Optional.of("TT")),
                        tuple(Type.OTHER, "B394445", Optional.of("TT")),
                        tuple(Type.DRIVING_LICENCE, "892124B", Optional.of("TT")));
        assertThat(UkDocuments.parse("4414 (Afghan) (tazkira)", Field.NATIONAL_ID)).singleElement()
                .extracting(IdentityDocument::type, IdentityDocument::typeText, IdentityDocument::country)
                .containsExactly(Type.NATIONAL_ID, "NI Number", Optional.of("AF"));
    }
}
