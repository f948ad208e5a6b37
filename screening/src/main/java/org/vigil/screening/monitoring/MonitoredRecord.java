package org.vigil.screening.monitoring;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Schema;
import org.vigil.match.Query;

/**
 * A monitored record (a customer): its id, name and what else is known about it.
 *
 * @param id      the caller's record id (a customer number), 1..200 characters
 * @param name    the name to screen, 1..1000 characters
 * @param type    person, organization, ...; {@link Schema#UNKNOWN} when not known
 * @param dob     date of birth or incorporation as YYYY, YYYY-MM or YYYY-MM-DD
 * @param country ISO 3166-1 alpha-2 code
 */
public record MonitoredRecord(String id, String name, Schema type, Optional<FuzzyDate> dob, Optional<String> country) {
    static final int MAX_ID = 200;
    static final int MAX_NAME = 1000;

    public MonitoredRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: required, must not be blank");
        }
        if (id.length() > MAX_ID) {
            throw new IllegalArgumentException("id: longer than " + MAX_ID + " characters");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: required, must not be blank");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: longer than " + MAX_NAME + " characters");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dob, "dob");
        Objects.requireNonNull(country, "country");
        if (dob.isPresent() && (dob.get().approximate() || dob.get().precision() == FuzzyDate.Precision.RANGE)) {
            throw new IllegalArgumentException("dob: expected an exact YYYY, YYYY-MM or YYYY-MM-DD date, was '"
                    + dob.get().canonical() + "'");
        }
        country = country.map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty());
        if (country.isPresent() && !country.get().matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country: expected a two-letter ISO 3166-1 code, was '"
                    + country.get() + "'");
        }
    }

    /** A name-only record of unknown type. */
    public static MonitoredRecord of(String id, String name) {
        return new MonitoredRecord(id, name, Schema.UNKNOWN, Optional.empty(), Optional.empty());
    }

    /**
     * Reads the text fields of an import row or API request; blank optional fields are absent. Errors name the field.
     */
    public static MonitoredRecord parse(String id, String name, String type, String dob, String country) {
        Schema t = type == null || type.isBlank() ? Schema.UNKNOWN : parseType(type);
        Optional<FuzzyDate> d = Optional.empty();
        if (dob != null && !dob.isBlank()) {
            d = Optional.of(FuzzyDate.tryParseIso(dob).orElseThrow(() -> new IllegalArgumentException(
                    "dob: invalid date '" + dob + "', expected YYYY, YYYY-MM or YYYY-MM-DD")));
        }
        return new MonitoredRecord(id == null ? null : id.strip(), name == null ? null : name.strip(), t, d,
                Optional.ofNullable(country));
    }

    private static Schema parseType(String type) {
        try {
            return Schema.parse(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("type: " + e.getMessage(), e);
        }
    }

    /** The screening query for this record. */
    public Query query() {
        Query q = Query.name(name).withType(type);
        if (dob.isPresent()) {
            q = q.withBirthDate(dob.get());
        }
        if (country.isPresent()) {
            q = q.withCountry(country.get());
        }
        return q;
    }
}
