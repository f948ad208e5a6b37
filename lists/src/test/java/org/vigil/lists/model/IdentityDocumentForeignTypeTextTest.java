package org.vigil.lists.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UN list writes some passport types in French and Spanish. */
class IdentityDocumentForeignTypeTextTest {

    @Test
    void frenchAndSpanishPassports() {
        assertThat(IdentityDocument.classify("Numéro de passeport")).isEqualTo(IdentityDocument.Type.PASSPORT);
        assertThat(IdentityDocument.classify("Número de pasaporte")).isEqualTo(IdentityDocument.Type.PASSPORT);
        assertThat(IdentityDocument.classify("Passport")).isEqualTo(IdentityDocument.Type.PASSPORT);
    }
}
