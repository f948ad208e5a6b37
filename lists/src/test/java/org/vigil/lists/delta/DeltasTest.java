package org.vigil.lists.delta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.lists.testing.Entities.org;
import static org.vigil.lists.testing.Entities.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.NameKind;

class DeltasTest {

    @Test
    void recordsAreAddedRemovedChangedOrUnchanged() {
        Entity keep = person("s:1", "Keep").build();
        Entity gone = person("s:2", "Gone").build();
        Entity before = org("s:3", "LASHKAR-E-TAYYIBA").name("Lashkar-e-Toiba", NameKind.STRONG_ALIAS)
                .programme("Al-Qaida").listedOn(LocalDate.of(2005, 5, 2)).build();
        Entity after = org("s:3", "LASHKAR-E-TAYYIBA").name("Lashkar-e-Toiba", NameKind.STRONG_ALIAS)
                .name("Jamaat-ud-Dawa", NameKind.STRONG_ALIAS).programme("Al-Qaida")
                .listedOn(LocalDate.of(2005, 5, 2)).lastUpdated(LocalDate.of(2023, 10, 30)).build();
        Entity added = person("s:4", "New").birthDate(FuzzyDate.year(1970)).build();

        Delta d = Deltas.between("a", List.of(keep, gone, before), "b", List.of(keep, after, added));

        assertThat(d.added()).extracting(Entity::caption).containsExactly("New");
        assertThat(d.removed()).extracting(Entity::caption).containsExactly("Gone");
        assertThat(d.unchanged()).isEqualTo(1);
        assertThat(d.changed()).hasSize(1);
        EntityChange c = d.changed().get(0);
        assertThat(c.namesChanged()).isTrue();
        assertThat(c.fields()).containsExactly(
                new FieldChange("names", List.of("strong-alias: Jamaat-ud-Dawa"), List.of()),
                new FieldChange("last-updated", List.of("2023-10-30"), List.of()));
    }

    @Test
    void reorderedValuesAreNotAChange() {
        Entity a = person("s:1", "X").name("Y", NameKind.STRONG_ALIAS).name("Z", NameKind.STRONG_ALIAS).build();
        Entity b = person("s:1", "X").name("Z", NameKind.STRONG_ALIAS).name("Y", NameKind.STRONG_ALIAS).build();
        Delta d = Deltas.between("a", List.of(a), "b", List.of(b));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.unchanged()).isEqualTo(1);
    }

    @Test
    void aRemovedNameAndAChangedDateAreReportedBothWays() {
        Entity a = person("s:1", "X").name("Old Alias", NameKind.WEAK_ALIAS).birthDate(FuzzyDate.year(1960)).build();
        Entity b = person("s:1", "X").birthDate(FuzzyDate.day(1960, 12, 30)).build();
        List<FieldChange> f = Deltas.compare(a, b);
        assertThat(f).containsExactly(
                new FieldChange("names", List.of(), List.of("weak-alias: Old Alias")),
                new FieldChange("birth-dates", List.of("1960-12-30"), List.of("1960")));
    }
}
