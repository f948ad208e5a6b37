package org.vigil.lists.format.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The element names of the UN Security Council consolidated list XML (sc-sanctions.xsd) that the parser maps, as
 * found in the 2018-10-29, 2025-08-02 and 2026-02-27 publications. Anything else is reported as a warning (and a
 * record-level field is kept as a property), so a schema change never drops data silently.
 */
final class UnSchema {
    static final String ROOT = "CONSOLIDATED_LIST";
    static final String INDIVIDUALS = "INDIVIDUALS";
    static final String ENTITIES = "ENTITIES";
    static final String INDIVIDUAL = "INDIVIDUAL";
    static final String ENTITY = "ENTITY";
    static final String VALUE = "VALUE";

    static final String DATAID = "DATAID";
    static final String VERSIONNUM = "VERSIONNUM";
    static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
    static final String UN_LIST_TYPE = "UN_LIST_TYPE";
    static final String REFERENCE_NUMBER = "REFERENCE_NUMBER";
    static final String LISTED_ON = "LISTED_ON";
    static final String NAME_ORIGINAL_SCRIPT = "NAME_ORIGINAL_SCRIPT";
    static final String COMMENTS1 = "COMMENTS1";
    static final String TITLE = "TITLE";
    static final String DESIGNATION = "DESIGNATION";
    static final String NATIONALITY = "NATIONALITY";
    static final String LIST_TYPE = "LIST_TYPE";
    static final String LAST_DAY_UPDATED = "LAST_DAY_UPDATED";
    static final String GENDER = "GENDER";
    static final String SUBMITTED_BY = "SUBMITTED_BY";
    static final String SUBMITTED_ON = "SUBMITTED_ON";
    static final String SORT_KEY = "SORT_KEY";
    static final String SORT_KEY_LAST_MOD = "SORT_KEY_LAST_MOD";

    static final String INDIVIDUAL_ALIAS = "INDIVIDUAL_ALIAS";
    static final String ENTITY_ALIAS = "ENTITY_ALIAS";
    static final String INDIVIDUAL_ADDRESS = "INDIVIDUAL_ADDRESS";
    static final String ENTITY_ADDRESS = "ENTITY_ADDRESS";
    static final String INDIVIDUAL_DATE_OF_BIRTH = "INDIVIDUAL_DATE_OF_BIRTH";
    static final String INDIVIDUAL_PLACE_OF_BIRTH = "INDIVIDUAL_PLACE_OF_BIRTH";
    static final String INDIVIDUAL_DOCUMENT = "INDIVIDUAL_DOCUMENT";

    // children of the groups above
    static final String QUALITY = "QUALITY";
    static final String ALIAS_NAME = "ALIAS_NAME";
    static final String DATE_OF_BIRTH = "DATE_OF_BIRTH";
    static final String CITY_OF_BIRTH = "CITY_OF_BIRTH";
    static final String COUNTRY_OF_BIRTH = "COUNTRY_OF_BIRTH";
    static final String NOTE = "NOTE";
    static final String STREET = "STREET";
    static final String CITY = "CITY";
    static final String STATE_PROVINCE = "STATE_PROVINCE";
    static final String ZIP_CODE = "ZIP_CODE";
    static final String COUNTRY = "COUNTRY";
    static final String TYPE_OF_DATE = "TYPE_OF_DATE";
    static final String DATE = "DATE";
    static final String YEAR = "YEAR";
    static final String FROM_YEAR = "FROM_YEAR";
    static final String TO_YEAR = "TO_YEAR";
    static final String TYPE_OF_DOCUMENT = "TYPE_OF_DOCUMENT";
    static final String TYPE_OF_DOCUMENT2 = "TYPE_OF_DOCUMENT2";
    static final String NUMBER = "NUMBER";
    static final String ISSUING_COUNTRY = "ISSUING_COUNTRY";
    static final String COUNTRY_OF_ISSUE = "COUNTRY_OF_ISSUE";
    static final String DATE_OF_ISSUE = "DATE_OF_ISSUE";
    static final String CITY_OF_ISSUE = "CITY_OF_ISSUE";

    /** Record fields read on purpose but not mapped: the UN's own sort helpers, empty in every known file. */
    static final Set<String> IGNORED = Set.of(SORT_KEY, SORT_KEY_LAST_MOD);

    private static final List<String> COMMON_FIELDS = concat(List.of(DATAID, VERSIONNUM), NAME_PARTS,
            List.of(UN_LIST_TYPE, REFERENCE_NUMBER, LISTED_ON, NAME_ORIGINAL_SCRIPT, COMMENTS1, LIST_TYPE,
                    LAST_DAY_UPDATED, SUBMITTED_BY, SUBMITTED_ON, SORT_KEY, SORT_KEY_LAST_MOD));
    private static final Set<String> ALIAS_FIELDS =
            Set.of(QUALITY, ALIAS_NAME, DATE_OF_BIRTH, CITY_OF_BIRTH, COUNTRY_OF_BIRTH, NOTE);
    private static final Set<String> ADDRESS_FIELDS = Set.of(STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY, NOTE);
    private static final Set<String> VALUE_LIST = Set.of(VALUE);

    /** For each element name, the child element names it may have; names not listed here have no children. */
    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            Map.entry(ROOT, Set.of(INDIVIDUALS, ENTITIES)),
            Map.entry(INDIVIDUALS, Set.of(INDIVIDUAL)),
            Map.entry(ENTITIES, Set.of(ENTITY)),
            Map.entry(INDIVIDUAL, Set.copyOf(concat(COMMON_FIELDS, List.of(TITLE, DESIGNATION, NATIONALITY, GENDER,
                    INDIVIDUAL_ALIAS, INDIVIDUAL_ADDRESS, INDIVIDUAL_DATE_OF_BIRTH, INDIVIDUAL_PLACE_OF_BIRTH,
                    INDIVIDUAL_DOCUMENT)))),
            Map.entry(ENTITY, Set.copyOf(concat(COMMON_FIELDS, List.of(ENTITY_ALIAS, ENTITY_ADDRESS)))),
            Map.entry(TITLE, VALUE_LIST),
            Map.entry(DESIGNATION, VALUE_LIST),
            Map.entry(NATIONALITY, VALUE_LIST),
            Map.entry(LIST_TYPE, VALUE_LIST),
            Map.entry(LAST_DAY_UPDATED, VALUE_LIST),
            Map.entry(INDIVIDUAL_ALIAS, ALIAS_FIELDS),
            Map.entry(ENTITY_ALIAS, ALIAS_FIELDS),
            Map.entry(INDIVIDUAL_ADDRESS, ADDRESS_FIELDS),
            Map.entry(ENTITY_ADDRESS, ADDRESS_FIELDS),
            Map.entry(INDIVIDUAL_DATE_OF_BIRTH, Set.of(TYPE_OF_DATE, DATE, YEAR, FROM_YEAR, TO_YEAR, NOTE)),
            Map.entry(INDIVIDUAL_PLACE_OF_BIRTH, Set.of(STREET, CITY, STATE_PROVINCE, COUNTRY, NOTE)),
            Map.entry(INDIVIDUAL_DOCUMENT, Set.of(TYPE_OF_DOCUMENT, TYPE_OF_DOCUMENT2, NUMBER, ISSUING_COUNTRY,
                    COUNTRY_OF_ISSUE, DATE_OF_ISSUE, CITY_OF_ISSUE, NOTE)));

    private UnSchema() {
    }

    /** True if the parser knows {@code child} as a child element of {@code parent}. */
    static boolean isKnown(String parent, String child) {
        return CHILDREN.getOrDefault(parent, Set.of()).contains(child);
    }

    /** The record-level element names the parser knows for INDIVIDUAL or ENTITY. */
    static Set<String> recordFields(String recordName) {
        return CHILDREN.getOrDefault(recordName, Set.of());
    }

    /** Elements below {@code element} (at any depth) that the parser does not know, in document order. */
    static List<Unknown> unknownBelow(XmlElement element) {
        List<Unknown> out = new ArrayList<>();
        collect(element, out);
        return out;
    }

    private static void collect(XmlElement parent, List<Unknown> out) {
        for (XmlElement c : parent.children()) {
            if (isKnown(parent.name(), c.name())) {
                collect(c, out);
            } else {
                out.add(new Unknown(parent.name(), c));
            }
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** An element the parser does not know, and the element it appeared in. */
    record Unknown(String parent, XmlElement element) {
    }
}
