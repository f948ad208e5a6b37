package org.vigil.lists.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Country spellings of OFAC's legacy CSV files (vessel flags, add.csv, remarks) that CLDR's names miss. */
class CountriesOfacSpellingsTest {

    @Test
    void ofacSpellingsResolve() {
        assertThat(Countries.resolve("Bosnia and Herzegovina")).contains("BA");
        assertThat(Countries.resolve("Bosina-Herzegovina")).contains("BA");
        assertThat(Countries.resolve("Hong Kong")).contains("HK");
        assertThat(Countries.resolve("Palestinian Authority")).contains("PS");
        assertThat(Countries.resolve("Phillipines")).contains("PH");
        assertThat(Countries.resolve("Macedonia, The Former Yugoslav Republic of")).contains("MK");
        assertThat(Countries.resolve("North Macedonia, The Republic of")).contains("MK");
        assertThat(Countries.resolve("Trinidad and Tobago")).contains("TT");
        assertThat(Countries.resolve("Antigua and Barbuda")).contains("AG");
        assertThat(Countries.resolve("St. Vincent and the Grenadines")).contains("VC");
        assertThat(Countries.resolve("Saint Vincent and the Grenadines")).contains("VC");
        assertThat(Countries.resolve("St. Kitts and Nevis")).contains("KN");
        assertThat(Countries.resolve("Saint Kitts and Nevis")).contains("KN");
        assertThat(Countries.resolve("Man, Isle of")).contains("IM");
        assertThat(Countries.resolve("Republic of Serbia")).contains("RS");
        assertThat(Countries.resolve("Bahamas, The")).contains("BS");
    }
}
