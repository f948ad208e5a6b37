package org.vigil.lists.format.un;

import static org.vigil.lists.format.un.UnSchema.CITY;
import static org.vigil.lists.format.un.UnSchema.COUNTRY;
import static org.vigil.lists.format.un.UnSchema.NOTE;
import static org.vigil.lists.format.un.UnSchema.STATE_PROVINCE;
import static org.vigil.lists.format.un.UnSchema.STREET;
import static org.vigil.lists.format.un.UnSchema.ZIP_CODE;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Place;

/**
 * Addresses (INDIVIDUAL_ADDRESS, ENTITY_ADDRESS: STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY, NOTE) and places of
 * birth (INDIVIDUAL_PLACE_OF_BIRTH: STREET, CITY, STATE_PROVINCE, COUNTRY, NOTE). Resolved address countries are
 * also added to the record's countries. Empty groups (the UN writes many {@code <COUNTRY/>}) are skipped.
 */
final class UnPlaces {
    private UnPlaces() {
    }

    static void address(XmlElement a, UnRecord rec) {
        String countryText = a.value(COUNTRY);
        Optional<String> country = a.first(COUNTRY).flatMap(c -> rec.country(c, countryText, "address"));
        Address address = new Address(a.value(STREET), a.value(CITY), a.value(STATE_PROVINCE), a.value(ZIP_CODE),
                country, UnRecord.isNotAvailable(countryText) ? "" : countryText, a.value(NOTE));
        if (address.isEmpty()) {
            return;
        }
        rec.entity().address(address);
        country.ifPresent(rec.entity()::country);
    }

    /**
     * A place of birth. The text reads street, city, province and country as written, then the note (e.g. "Manono
     * Territory, Katanga Province (now Tanganyika Province)"); a place given only as a note is that note.
     */
    static void placeOfBirth(XmlElement p, UnRecord rec) {
        String city = p.value(CITY);
        String region = p.value(STATE_PROVINCE);
        String countryText = p.value(COUNTRY);
        String note = p.value(NOTE);
        String written = join(p.value(STREET), city, region, UnRecord.isNotAvailable(countryText) ? "" : countryText);
        if (written.isEmpty() && note.isEmpty()) {
            return;
        }
        Optional<String> country = p.first(COUNTRY).flatMap(c -> rec.country(c, countryText, "place of birth"));
        String text = written.isEmpty() ? note
                : note.isEmpty() ? written
                : written + " " + (note.startsWith("(") ? note : "(" + note + ")");
        rec.entity().birthPlace(new Place(city, region, country, text));
    }

    /** The non-empty values joined with ", ". */
    static String join(String... values) {
        return Stream.of(values).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }
}
