package org.vigil.match.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.Entities;
import org.vigil.match.Explanation.AttributeEffect;
import org.vigil.match.Query;

class AttributeScorerTest {

    static final Query Q = Query.name("Hafiz Muhammad Saeed");

    static Entity person() {
        return Entities.person("un-sc:QDi.263", "Hafiz Muhammad Saeed").build();
    }

    static Entity bornOn(FuzzyDate... dates) {
        Entity.Builder b = Entities.person("un-sc:QDi.263", "Hafiz Muhammad Saeed");
        for (FuzzyDate d : dates) {
            b.birthDate(d);
        }
        return b.build();
    }

    static Optional<AttributeEffect> effect(Query q, Entity e, String attribute) {
        List<AttributeEffect> all = AttributeScorer.effects(q, e);
        assertThat(all).extracting(AttributeEffect::attribute).doesNotHaveDuplicates();
        return all.stream().filter(a -> a.attribute().equals(attribute)).findFirst();
    }

    static double dob(String query, Entity e) {
        return effect(Q.withBirthDate(FuzzyDate.parseIso(query)), e, "birthDate").orElseThrow().delta();
    }

    @Test
    void nothingMovesWhenTheQueryHasOnlyAName() {
        Entity rich = Entities.person("un-sc:QDi.263", "Hafiz Muhammad Saeed").birthDate(FuzzyDate.year(1950))
                .nationality("PK").gender(Gender.MALE).build();
        assertThat(AttributeScorer.effects(Q, rich)).isEmpty();
    }

    @Test
    void typeMismatch() {
        Entity org = Entities.org("un-sc:QDe.118", "Lashkar-e-Tayyiba").build();
        AttributeEffect e = effect(Q.withType(Schema.PERSON), org, "type").orElseThrow();
        assertThat(e.delta()).isNegative();
        assertThat(e.reason()).contains("person").contains("organization");
        assertThat(effect(Q.withType(Schema.ORGANIZATION), person(), "type")).get()
                .satisfies(a -> assertThat(a.delta()).isNegative());
        assertThat(effect(Q.withType(Schema.VESSEL), person(), "type")).isPresent();
        assertThat(effect(Q.withType(Schema.PERSON), person(), "type")).isEmpty();
        assertThat(effect(Q.withType(Schema.UNKNOWN), org, "type")).isEmpty();
        Entity unknown = Entity.builder(org.id(), Schema.UNKNOWN).name("X", NameKind.PRIMARY)
                .build();
        assertThat(effect(Q.withType(Schema.PERSON), unknown, "type")).isEmpty();
    }

    @Test
    void compatibleTypes() {
        assertThat(AttributeScorer.compatible(Schema.PERSON, Schema.PERSON)).isTrue();
        assertThat(AttributeScorer.compatible(Schema.UNKNOWN, Schema.VESSEL)).isTrue();
        assertThat(AttributeScorer.compatible(Schema.AIRCRAFT, Schema.UNKNOWN)).isTrue();
        assertThat(AttributeScorer.compatible(Schema.PERSON, Schema.ORGANIZATION)).isFalse();
        assertThat(AttributeScorer.compatible(Schema.VESSEL, Schema.AIRCRAFT)).isFalse();
    }

    @Test
    void dateOfBirthOrdering() {
        Entity day = bornOn(FuzzyDate.day(1950, 6, 5));
        double same = dob("1950-06-05", day);
        double consistent = dob("1950", day);
        double near = dob("1951-03-01", day);
        double far = dob("1960-06-05", day);
        assertThat(same).isPositive();
        assertThat(consistent).isPositive().isLessThan(same);
        assertThat(near).isNegative();
        assertThat(far).isNegative().isLessThan(near);
    }

    @Test
    void dateConsistentAtTheListsPrecision() {
        Entity year = bornOn(FuzzyDate.year(1950));
        double sameDay = dob("1950-06-05", bornOn(FuzzyDate.day(1950, 6, 5)));
        assertThat(dob("1950-06-05", year)).as("a day inside a listed year is consistent, not the same day")
                .isPositive().isLessThan(sameDay);
        assertThat(dob("1950", year)).isPositive().isLessThan(sameDay);
        assertThat(dob("1950-06", bornOn(FuzzyDate.day(1950, 6, 5)))).isPositive();
        Entity range = bornOn(FuzzyDate.years(1948, 1952));
        assertThat(dob("1951-01-01", range)).isPositive();
        assertThat(dob("1947", range)).isNegative();
    }

    @Test
    void anyOfSeveralListedDatesCounts() {
        Entity two = bornOn(FuzzyDate.year(1950), FuzzyDate.day(1953, 2, 1));
        assertThat(dob("1953-02-01", two)).isEqualTo(dob("1953-02-01", bornOn(FuzzyDate.day(1953, 2, 1))));
        assertThat(dob("1950", two)).isPositive();
        assertThat(dob("1951", two)).as("nearest listed date one year off").isEqualTo(dob("1951", bornOn(
                FuzzyDate.year(1950))));
        assertThat(effect(Q.withBirthDate(FuzzyDate.year(1950)), two, "birthDate").orElseThrow().reason())
                .contains("1950");
    }

    @Test
    void oneYearOffIsAMildPenalty() {
        Entity day = bornOn(FuzzyDate.day(1950, 6, 5));
        double far = dob("1955-06-05", day);
        assertThat(dob("1951-06-05", day)).isNegative().isGreaterThan(far);
        assertThat(dob("1949-06-05", day)).isNegative().isGreaterThan(far);
        assertThat(dob("1951", bornOn(FuzzyDate.year(1950)))).isNegative().isGreaterThan(far);
        assertThat(dob("1949", bornOn(FuzzyDate.year(1950)))).isNegative().isGreaterThan(far);
        assertThat(dob("1952-06-06", day)).as("two years off").isEqualTo(far);
        assertThat(dob("1953", bornOn(FuzzyDate.year(1950)))).isEqualTo(far);
    }

    @Test
    void twoYearsOffAtYearPrecisionIsAMismatch() {
        double far = dob("1960", bornOn(FuzzyDate.year(1950)));
        assertThat(dob("1952", bornOn(FuzzyDate.year(1950)))).isEqualTo(far);
        assertThat(dob("1953", bornOn(FuzzyDate.year(1951)))).isEqualTo(far);
    }

    @Test
    void penaltiesHalveWhenTheListedDateIsApproximate() {
        double exactFar = dob("1960", bornOn(FuzzyDate.year(1950)));
        double approxFar = dob("1960", bornOn(FuzzyDate.year(1950).approx()));
        assertThat(approxFar).isNegative().isCloseTo(exactFar / 2, within(1e-9));
        double exactNear = dob("1951-02-01", bornOn(FuzzyDate.year(1950)));
        double approxNear = dob("1951-02-01", bornOn(FuzzyDate.year(1950).approx()));
        assertThat(approxNear).isNegative().isCloseTo(exactNear / 2, within(1e-9));
        // a consistent approximate date still helps
        assertThat(dob("1950", bornOn(FuzzyDate.year(1950).approx()))).isPositive();
    }

    @Test
    void noListedDateNoEffect() {
        assertThat(effect(Q.withBirthDate(FuzzyDate.year(1950)), person(), "birthDate")).isEmpty();
    }

    @Test
    void country() {
        Entity pk = Entities.person("un-sc:QDi.263", "Hafiz Muhammad Saeed").nationality("PK").build();
        assertThat(effect(Q.withCountry("PK"), pk, "country")).get()
                .satisfies(a -> assertThat(a.delta()).isPositive());
        assertThat(effect(Q.withCountry("pk "), pk, "country")).as("query codes are normalised").get()
                .satisfies(a -> assertThat(a.delta()).isPositive());
        AttributeEffect mismatch = effect(Q.withCountry("IN"), pk, "country").orElseThrow();
        assertThat(mismatch.delta()).isNegative();
        assertThat(mismatch.reason()).contains("IN").contains("PK");
        assertThat(effect(Q.withCountry("PK"), person(), "country")).as("record names no country").isEmpty();
        assertThat(effect(Q.withCountry(""), pk, "country")).isEmpty();
    }

    @Test
    void countryFromAddressesPlacesOfBirthAndCountries() {
        Entity viaAddress = Entities.person("un-sc:X.1", "A B")
                .address(new Address("", "Lahore", "", "", Optional.of("PK"), "Pakistan", "")).build();
        Entity viaBirthPlace = Entities.person("un-sc:X.2", "A B")
                .birthPlace(Place.ofText("Sargodha, Punjab", Optional.of("PK"))).build();
        Entity viaCountry = Entities.org("un-sc:X.3", "A B").country("PK").nationality("AF").build();
        for (Entity e : List.of(viaAddress, viaBirthPlace, viaCountry)) {
            assertThat(effect(Q.withCountry("PK"), e, "country")).as(e.id().toString()).get()
                    .satisfies(a -> assertThat(a.delta()).isPositive());
        }
        assertThat(effect(Q.withCountry("AF"), viaCountry, "country")).get()
                .satisfies(a -> assertThat(a.delta()).isPositive());
    }

    @Test
    void gender() {
        Entity male = Entities.person("un-sc:QDi.263", "Hafiz Muhammad Saeed").gender(Gender.MALE).build();
        assertThat(effect(Q.withGender(Gender.FEMALE), male, "gender")).get()
                .satisfies(a -> assertThat(a.delta()).isNegative());
        assertThat(effect(Q.withGender(Gender.MALE), male, "gender")).isEmpty();
        assertThat(effect(Q.withGender(Gender.FEMALE), person(), "gender")).isEmpty();
        assertThat(effect(Q.withGender(Gender.UNKNOWN), male, "gender")).isEmpty();
    }

    @Test
    void effectsCombine() {
        Entity rich = Entities.person("un-sc:QDi.263", "Hafiz Muhammad Saeed").birthDate(FuzzyDate.day(1950, 6, 5))
                .nationality("PK").gender(Gender.MALE).build();
        Query q = Q.withType(Schema.ORGANIZATION).withBirthDate(FuzzyDate.year(1970)).withCountry("IN")
                .withGender(Gender.FEMALE);
        assertThat(AttributeScorer.effects(q, rich)).extracting(AttributeEffect::attribute)
                .containsExactlyInAnyOrder("type", "birthDate", "country", "gender")
                .hasSize(4);
        assertThat(AttributeScorer.effects(q, rich)).allSatisfy(a -> {
            assertThat(a.delta()).isNegative();
            assertThat(a.reason()).isNotBlank();
        });
    }
}
