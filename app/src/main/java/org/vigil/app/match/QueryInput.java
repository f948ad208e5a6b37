package org.vigil.app.match;

import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Schema;
import org.vigil.match.Query;
import org.vigil.match.analysis.NameAnalyzer;

/**
 * A query as the user wrote it (command-line options or a row of an input file), before validation. Empty strings
 * mean "not given".
 */
public record QueryInput(String name, String type, String dob, String country, String gender) {

    public QueryInput {
        name = clean(name);
        type = clean(type);
        dob = clean(dob);
        country = clean(country);
        gender = clean(gender);
    }

    /** This input with the blanks filled from {@code defaults} (the command-line options of a batch run). */
    QueryInput orElse(QueryInput defaults) {
        return new QueryInput(name, type.isEmpty() ? defaults.type : type, dob.isEmpty() ? defaults.dob : dob,
                country.isEmpty() ? defaults.country : country, gender.isEmpty() ? defaults.gender : gender);
    }

    /**
     * The validated query.
     *
     * @throws IllegalArgumentException naming the field and what is wrong with it
     */
    public Query toQuery() {
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty name");
        }
        if (name.length() > NameAnalyzer.MAX_CHARS) {
            throw new IllegalArgumentException("name longer than " + NameAnalyzer.MAX_CHARS + " characters");
        }
        Query q = Query.name(name);
        if (!type.isEmpty()) {
            q = q.withType(Schema.parse(type));
        }
        if (!dob.isEmpty()) {
            Optional<FuzzyDate> d = FuzzyDate.tryParseIso(dob);
            q = q.withBirthDate(d.orElseThrow(() -> new IllegalArgumentException(
                    "invalid dob '" + dob + "': expected YYYY, YYYY-MM or YYYY-MM-DD")));
        }
        if (!country.isEmpty()) {
            q = q.withCountry(Countries.resolve(country).orElseThrow(() -> new IllegalArgumentException(
                    "unknown country '" + country + "': expected an ISO 3166 code such as PK, or a country name")));
        }
        if (!gender.isEmpty()) {
            Gender g = Gender.parse(gender);
            if (g == Gender.UNKNOWN && !gender.toLowerCase(Locale.ROOT).equals("unknown")) {
                throw new IllegalArgumentException("invalid gender '" + gender + "': expected male or female");
            }
            q = q.withGender(g);
        }
        return q;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
