package org.vigil.screening.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Entity;
import org.vigil.lists.testing.Entities;

class EntityFingerprintTest {
    private final Entity listed = Entities.person("un:QDi.001", "Ivan Petrov").programme("Al-Qaida")
            .listedOn(LocalDate.of(2020, 1, 2)).build();

    @Test
    void theSameListingGivesTheSameFingerprint() {
        Entity again = Entities.person("un:QDi.001", "Ivan Petrov").programme("Al-Qaida")
                .listedOn(LocalDate.of(2020, 1, 2)).build();
        assertThat(EntityFingerprint.of(listed)).matches("[0-9a-f]{64}").isEqualTo(EntityFingerprint.of(again));
    }

    @Test
    void anyChangedFieldOrIdChangesIt() {
        String fp = EntityFingerprint.of(listed);
        assertThat(EntityFingerprint.of(listed.toBuilder().programme("SDGT").build())).isNotEqualTo(fp);
        assertThat(EntityFingerprint.of(listed.toBuilder().remark("updated").build())).isNotEqualTo(fp);
        assertThat(EntityFingerprint.of(Entities.person("un:QDi.002", "Ivan Petrov").programme("Al-Qaida")
                .listedOn(LocalDate.of(2020, 1, 2)).build())).isNotEqualTo(fp);
    }
}
