package org.vigil.lists.format.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Enumerations;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Text;

/** Places of birth and addresses of the UK list. */
final class UkPlaces {
    static final List<UkColumn> ADDRESS_COLUMNS = List.of(UkColumn.ADDRESS_1, UkColumn.ADDRESS_2, UkColumn.ADDRESS_3,
            UkColumn.ADDRESS_4, UkColumn.ADDRESS_5, UkColumn.ADDRESS_6, UkColumn.POSTCODE, UkColumn.COUNTRY);
    private UkPlaces() {
    }

    /**
     * The places of birth in "Town of Birth" and "Country of Birth". The UK merges the UN's several places into
     * enumerations, matched by number: town "(1) Manzil Tmim (2)-(6) -" with country "(1)-(2) Tunisia (3) Libya ..."
     * gives "Manzil Tmim, Tunisia", "Tunisia", "Libya"...; an unnumbered side applies to every item of the other
     * ("(a) Surakarta (b) Pekalongan" with "Indonesia"). "-" is an unknown value.
     *
     * @param unresolved told each country text that names no known country
     */
    static List<Place> birthPlaces(String town, String country, Consumer<String> unresolved) {
        if (town.isEmpty() && country.isEmpty()) {
            return List.of();
        }
        Side towns = Side.of(town);
        Side countries = Side.of(country);
        TreeMap<Integer, Boolean> indices = new TreeMap<>();
        towns.numbered.keySet().forEach(i -> indices.put(i, true));
        countries.numbered.keySet().forEach(i -> indices.put(i, true));
        List<Place> out = new ArrayList<>();
        if (indices.isEmpty()) {
            place(towns.all, countries.all, unresolved).ifPresent(out::add);
            return out;
        }
        for (int i : indices.keySet()) {
            place(towns.numbered.getOrDefault(i, towns.all), countries.numbered.getOrDefault(i, countries.all),
                    unresolved).filter(p -> !out.contains(p)).ifPresent(out::add);
        }
        return out;
    }

    /** Address 1..6, Post/Zip Code and Country; Address 6 is usually the town. */
    static Address address(UkRow row, Consumer<String> unresolved) {
        String street = UkColumn.STREET_LINES.stream().map(row::get).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        String countryText = row.get(UkColumn.COUNTRY);
        Optional<String> country = country(countryText, unresolved);
        return new Address(street, row.get(UkColumn.ADDRESS_6), "", row.get(UkColumn.POSTCODE), country, countryText,
                "");
    }

    /** The one country a text names; a text naming none, or several, resolves to none. */
    static Optional<String> country(String text, Consumer<String> unresolved) {
        if (isUnknown(text)) {
            return Optional.empty();
        }
        List<String> codes = Countries.resolveAll(text);
        if (codes.isEmpty()) {
            unresolved.accept(text);
        }
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    private static Optional<Place> place(String town, String country, Consumer<String> unresolved) {
        String t = isUnknown(town) ? "" : town;
        String c = isUnknown(country) ? "" : country;
        if (t.isEmpty() && c.isEmpty()) {
            return Optional.empty();
        }
        String text = Stream.of(t, c).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        return Optional.of(new Place(t, "", country(c, unresolved), text));
    }

    private static boolean isUnknown(String s) {
        String t = Text.clean(s);
        return t.isEmpty() || t.equals("-");
    }

    /** One side (towns or countries) of an enumerated place of birth. */
    private record Side(TreeMap<Integer, String> numbered, String all) {
        static Side of(String text) {
            TreeMap<Integer, String> numbered = new TreeMap<>();
            String all = "";
            for (Enumerations.Item item : Enumerations.split(text)) {
                if (item.indices().isEmpty()) {
                    all = item.text();
                } else {
                    item.indices().forEach(i -> numbered.put(i, item.text()));
                }
            }
            return new Side(numbered, numbered.isEmpty() ? all : "");
        }
    }
}
