package org.vigil.lists.identity;

import java.util.List;
import org.vigil.lists.model.EntityId;

/** Records of several lists that designate one subject, and the evidence that ties them together. */
public record Subject(List<EntityId> members, List<Evidence> evidence) {

    public Subject {
        members = List.copyOf(members);
        evidence = List.copyOf(evidence);
    }

    /** The members other than {@code id}. */
    public List<EntityId> others(EntityId id) {
        return members.stream().filter(m -> !m.equals(id)).toList();
    }

    /** The evidence that involves {@code id}. */
    public List<Evidence> evidenceFor(EntityId id) {
        return evidence.stream().filter(e -> e.involves(id)).toList();
    }

    /**
     * Why {@code other} belongs with {@code self}: the evidence directly between the two or, when they are tied only
     * through a third record, the evidence that ties {@code other} in.
     */
    public List<Evidence> explain(EntityId self, EntityId other) {
        List<Evidence> direct = evidence.stream().filter(e -> e.involves(self) && e.involves(other)).toList();
        return direct.isEmpty() ? evidenceFor(other) : direct;
    }
}
