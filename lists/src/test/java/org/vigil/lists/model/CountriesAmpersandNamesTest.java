package org.vigil.lists.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Country names CLDR writes with "&" resolve when a list writes "and"; names with "&" still resolve. */
class CountriesAmpersandNamesTest {

    @Test
    void namesWithAndResolve() {
        assertThat(Countries.resolve("Bosnia and Herzegovina")).contains("BA");
        assertThat(Countries.resolve("Trinidad and Tobago")).contains("TT");
        assertThat(Countries.resolve("Antigua and Barbuda")).contains("AG");
        assertThat(Countries.resolve("St. Kitts and Nevis")).contains("KN"); // CLDR: "St. Kitts & Nevis"
        assertThat(Countries.resolve("Union of the Comoros")).contains("KM");
    }

    @Test
    void namesWithAmpersandStillResolve() {
        assertThat(Countries.resolve("Bosnia & Herzegovina")).contains("BA");
        assertThat(Countries.resolve("Trinidad & Tobago")).contains("TT");
    }

    @Test
    void splittingOnAndStillWorksForTwoCountries() {
        assertThat(Countries.resolveAll("Sudan and South Sudan")).containsExactly("SD", "SS");
    }
}
