package org.vigil.lists.model;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A place, such as a place of birth.
 *
 * @param city    city or town, "" if not given
 * @param region  state, province or district, "" if not given
 * @param country ISO 3166-1 alpha-2 code, when the source's country could be resolved
 * @param text    the place as the source wrote it
 */
public record Place(String city, String region, Optional<String> country, String text) {

    public Place {
        city = Text.clean(city);
        region = Text.clean(region);
        Objects.requireNonNull(country, "country");
        text = Text.clean(text);
        if (text.isEmpty()) {
            text = Stream.of(city, region, country.orElse(""))
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty place");
        }
    }

    public static Place ofText(String text, Optional<String> country) {
        return new Place("", "", country, text);
    }
}
