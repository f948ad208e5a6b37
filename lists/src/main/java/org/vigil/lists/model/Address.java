package org.vigil.lists.model;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A postal address or location. All text fields are "" when the source leaves them out.
 *
 * @param country ISO 3166-1 alpha-2 code, when the source's country could be resolved
 * @param note    a remark the source attaches (e.g. "location as of May 2008")
 */
public record Address(String street, String city, String region, String postalCode, Optional<String> country,
                      String countryText, String note) {

    public Address {
        street = Text.clean(street);
        city = Text.clean(city);
        region = Text.clean(region);
        postalCode = Text.clean(postalCode);
        Objects.requireNonNull(country, "country");
        countryText = Text.clean(countryText);
        note = Text.clean(note);
    }

    public boolean isEmpty() {
        return street.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty()
                && country.isEmpty() && countryText.isEmpty() && note.isEmpty();
    }

    /** One line, e.g. "House No. 116E, Mohalla Johar, Lahore City, Lahore District, Pakistan". */
    public String full() {
        String c = countryText.isEmpty() ? country.orElse("") : countryText;
        return Stream.of(street, city, region, postalCode, c)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }
}
