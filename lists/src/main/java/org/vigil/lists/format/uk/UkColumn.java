package org.vigil.lists.format.uk;

import java.util.List;
import java.util.Locale;
import org.vigil.lists.model.Text;

/**
 * The columns of the UK consolidated list CSV that the parser understands, by header name. The historical
 * sanctionsconlist.csv has 29 of them; the later OFSI ConList.csv adds the non-Latin name, alias quality, passport and
 * national-identification number/details and the UK Sanctions List designation date. Other columns are kept as
 * properties.
 */
enum UkColumn {
    NAME_6(true, "Name 6"),
    NAME_1(false, "Name 1"),
    NAME_2(false, "Name 2"),
    NAME_3(false, "Name 3"),
    NAME_4(false, "Name 4"),
    NAME_5(false, "Name 5"),
    TITLE(false, "Title"),
    NON_LATIN_NAME(false, "Name Non-Latin Script"),
    NON_LATIN_SCRIPT(false, "Non-Latin Script Type"),
    NON_LATIN_LANGUAGE(false, "Non-Latin Script Language"),
    DOB(false, "DOB"),
    TOWN_OF_BIRTH(false, "Town of Birth"),
    COUNTRY_OF_BIRTH(false, "Country of Birth"),
    NATIONALITY(false, "Nationality"),
    PASSPORT_NUMBER(false, "Passport Number"),
    PASSPORT_DETAILS(false, "Passport Details"),
    NATIONAL_ID_NUMBER(false, "NI Number", "National Identification Number"),
    NATIONAL_ID_DETAILS(false, "National Identification Details"),
    POSITION(false, "Position"),
    ADDRESS_1(false, "Address 1"),
    ADDRESS_2(false, "Address 2"),
    ADDRESS_3(false, "Address 3"),
    ADDRESS_4(false, "Address 4"),
    ADDRESS_5(false, "Address 5"),
    ADDRESS_6(false, "Address 6"),
    POSTCODE(false, "Post/Zip Code"),
    COUNTRY(false, "Country"),
    OTHER_INFORMATION(false, "Other Information"),
    GROUP_TYPE(true, "Group Type"),
    ALIAS_TYPE(false, "Alias Type"),
    ALIAS_QUALITY(false, "Alias Quality"),
    REGIME(false, "Regime"),
    LISTED_ON(false, "Listed On"),
    UK_DESIGNATED(false, "UK Sanctions List Date Designated"),
    LAST_UPDATED(false, "Last Updated"),
    GROUP_ID(true, "Group ID");

    static final List<UkColumn> GIVEN_NAMES = List.of(NAME_1, NAME_2, NAME_3, NAME_4, NAME_5);
    static final List<UkColumn> STREET_LINES = List.of(ADDRESS_1, ADDRESS_2, ADDRESS_3, ADDRESS_4, ADDRESS_5);

    private final boolean required;
    private final List<String> headers;

    UkColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    boolean required() {
        return required;
    }

    /** The header as the historical file spells it. */
    String header() {
        return headers.get(0);
    }

    boolean matches(String headerCell) {
        String h = normalize(headerCell);
        return headers.stream().anyMatch(name -> normalize(name).equals(h));
    }

    static String normalize(String headerCell) {
        return Text.clean(headerCell).toLowerCase(Locale.ROOT);
    }
}
