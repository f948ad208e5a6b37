package org.vigil.lists.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.lists.testing.Entities.org;
import static org.vigil.lists.testing.Entities.person;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.NameKind;

class ListVersionTest {
    static VersionInfo info(List<Entity> e) {
        return new VersionInfo("t@2026-01-01-00000000", "t", ListFormat.VIGIL_CSV, Optional.empty(), "0".repeat(64),
                Instant.EPOCH, Counts.of(e), List.of("f"), "", 0);
    }

    static ListVersion build(Entity... entities) {
        List<Entity> l = List.of(entities);
        return ListVersion.build(info(l), l, List.of());
    }

    static Link byName(String name) {
        return new Link(Link.Type.LINKED_TO, name, Optional.empty(), "Linked To: " + name);
    }

    @Test
    void namedLinksResolveToTheOneRecordWithThatPrimaryNameOrStrongAlias() {
        Entity let = org("t:7140", "LASHKAR E-TAYYIBA").name("JAMAAT-UD-DAWA", NameKind.STRONG_ALIAS).build();
        Entity a = person("t:1", "IQBAL, Muhammad").link(byName("LASHKAR E-TAYYIBA")).build();
        Entity b = person("t:2", "SHEIKH, Umair").link(byName("Jamaat ud Dawa")).build();

        ListVersion v = build(let, a, b);

        assertThat(v.get(EntityId.parse("t:1")).orElseThrow().links().get(0).target())
                .contains(EntityId.parse("t:7140"));
        assertThat(v.get(EntityId.parse("t:2")).orElseThrow().links().get(0).target())
                .contains(EntityId.parse("t:7140"));
        assertThat(v.incoming(EntityId.parse("t:7140"))).extracting(ListVersion.Incoming::from)
                .containsExactly(EntityId.parse("t:1"), EntityId.parse("t:2"));
        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void ambiguousWeakOrMissingNamesStayUnresolved() {
        Entity x1 = org("t:1", "AL-NOOR").build();
        Entity x2 = org("t:2", "AL NOOR").build();
        Entity weak = org("t:3", "SOMETHING").name("LT", NameKind.WEAK_ALIAS).build();
        Entity a = person("t:4", "A").link(byName("AL-NOOR")).link(byName("LT")).link(byName("NOBODY")).build();

        ListVersion v = build(x1, x2, weak, a);

        assertThat(v.get(EntityId.parse("t:4")).orElseThrow().links()).allSatisfy(l -> assertThat(l.target()).isEmpty());
        assertThat(v.warnings()).containsExactly("3 links name a record that is not in this list (kept, unresolved)");
    }

    @Test
    void referenceLinksToMissingRecordsOrToItselfAreUnresolved() {
        Link missing = new Link(Link.Type.LEADER_OF, "QDe.999", Optional.of(EntityId.parse("t:QDe.999")), "");
        Link self = new Link(Link.Type.RELATED, "QDi.1", Optional.of(EntityId.parse("t:QDi.1")), "");
        ListVersion v = build(person("t:QDi.1", "A").link(missing).link(self).build());
        assertThat(v.entities().get(0).links()).allSatisfy(l -> assertThat(l.target()).isEmpty());
        assertThat(v.incoming(EntityId.parse("t:QDi.1"))).isEmpty();
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> build(person("t:1", "A").build(), person("t:1", "B").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two records have the id t:1");
    }

    @Test
    void entitiesAreSortedById() {
        ListVersion v = build(person("t:b", "B").build(), person("t:a", "A").build());
        assertThat(v.entities()).extracting(e -> e.id().sourceId()).containsExactly("a", "b");
    }

    @Test
    void aCitedUnReferenceResolvesToTheRecordCarryingIt() {
        Entity isil = org("gb-hmt:13010", "ISIL").property("un-reference", "QDe.115").build();
        Link cited = new Link(Link.Type.MEMBER_OF, "QDe.115", Optional.empty(), "Member of ISIL (QDe.115).");
        Link oldStyle = new Link(Link.Type.ASSOCIATED_WITH, "QE.I.115.04", Optional.empty(), "");
        Entity adnani = person("gb-hmt:13011", "ADNANI").link(cited).link(oldStyle)
                .link(new Link(Link.Type.RELATED, "QDi.999", Optional.empty(), "")).build();

        ListVersion v = build(isil, adnani);

        assertThat(v.get(EntityId.parse("gb-hmt:13011")).orElseThrow().links()).extracting(Link::target)
                .containsExactly(Optional.of(EntityId.parse("gb-hmt:13010")),
                        Optional.of(EntityId.parse("gb-hmt:13010")), Optional.empty());
    }
}
