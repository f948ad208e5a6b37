package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {

    @Test
    void aNameWithoutParenthesesHasOneForm() {
        assertThat(NameForms.of("Lashkar-e-Tayyiba")).containsExactly("Lashkar-e-Tayyiba");
    }

    @Test
    void parentheticalAcronymIsAlsoAFormOfItsOwn() {
        assertThat(NameForms.of("Falah-i-Insaniat Foundation (FIF)"))
                .containsExactly("Falah-i-Insaniat Foundation (FIF)", "Falah-i-Insaniat Foundation", "FIF");
        assertThat(NameForms.of("TEHRIK-E TALIBAN PAKISTAN (TTP)"))
                .containsExactly("TEHRIK-E TALIBAN PAKISTAN (TTP)", "TEHRIK-E TALIBAN PAKISTAN", "TTP");
    }

    @Test
    void aGlossOfSeveralWordsIsOnlyDropped() {
        assertThat(NameForms.of("Al Rashid Trust (a charity)"))
                .containsExactly("Al Rashid Trust (a charity)", "Al Rashid Trust");
    }

    @Test
    void textAfterTheParenthesisIsKept() {
        java.util.List<String> forms = NameForms.of("Jamaat (JuD) ud Dawa");
        assertThat(forms).hasSize(3);
        assertThat(forms.get(1).replaceAll(" +", " ")).isEqualTo("Jamaat ud Dawa");
        assertThat(forms.get(2)).isEqualTo("JuD");
    }

    @Test
    void oneLetterOrEmptyParenthesesAreNotForms() {
        assertThat(NameForms.of("Abu Ali (A)")).containsExactly("Abu Ali (A)", "Abu Ali");
        assertThat(NameForms.of("Abu Ali ()")).containsExactly("Abu Ali ()", "Abu Ali");
        assertThat(NameForms.of("(XYZ)")).containsExactly("(XYZ)", "XYZ");
    }

    @Test
    void unbalancedParenthesesLeaveTheNameAlone() {
        assertThat(NameForms.of("Abu Ali (Ali")).containsExactly("Abu Ali (Ali");
        assertThat(NameForms.of("Abu Ali) (")).containsExactly("Abu Ali) (");
    }
}
