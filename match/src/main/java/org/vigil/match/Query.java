package org.vigil.match;

import java.util.Objects;
import java.util.Optional;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Schema;

/**
 * What to screen: a name and, optionally, what else is known about the subject.
 *
 * @param name      the name in any script
 * @param type      person, organization, vessel, aircraft; {@link Schema#UNKNOWN} when not known
 * @param birthDate date of birth (or of incorporation) at the precision known
 * @param country   ISO 3166-1 alpha-2 code of a nationality, residence or jurisdiction
 * @param gender    gender if known
 */
public record Query(String name, Schema type, Optional<FuzzyDate> birthDate, Optional<String> country,
                    Gender gender) {

    public Query {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(gender, "gender");
        country = country.map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).filter(c -> !c.isEmpty());
    }

    /** A name-only query. */
    public static Query name(String name) {
        return new Query(name, Schema.UNKNOWN, Optional.empty(), Optional.empty(), Gender.UNKNOWN);
    }

    public Query withType(Schema t) {
        return new Query(name, t, birthDate, country, gender);
    }

    public Query withBirthDate(FuzzyDate d) {
        return new Query(name, type, Optional.ofNullable(d), country, gender);
    }

    public Query withCountry(String c) {
        return new Query(name, type, birthDate, Optional.ofNullable(c), gender);
    }

    public Query withGender(Gender g) {
        return new Query(name, type, birthDate, country, g);
    }
}
