package org.vigil.lists.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A stated relation from one listed record to another.
 *
 * @param type      the kind of relation
 * @param reference how the source refers to the other record: a reference number ("QDe.118") or a name
 *                  ("LASHKAR E-TAYYIBA")
 * @param target    the other record, once resolved within the list
 * @param evidence  the source text the link was read from
 */
public record Link(Type type, String reference, Optional<EntityId> target, String evidence) {

    public enum Type {
        LINKED_TO, LEADER_OF, MEMBER_OF, ASSOCIATED_WITH, FRONT_FOR, ALIAS_OF, OWNED_OR_CONTROLLED_BY, ACTING_FOR,
        FAMILY_OF, SUCCESSOR_OF, RELATED;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Link {
        Objects.requireNonNull(type, "type");
        reference = Text.clean(reference);
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("link without a reference");
        }
        Objects.requireNonNull(target, "target");
        evidence = Text.clean(evidence);
    }

    public Link resolvedTo(EntityId id) {
        return new Link(type, reference, Optional.of(id), evidence);
    }
}
