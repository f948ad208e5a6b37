package org.vigil.lists.model;

import java.util.Objects;

/**
 * Identity of a listed record: the Vigil source id and the identifier the source itself uses,
 * written {@code source:sourceId}, e.g. {@code un-sc:QDi.263} or {@code us-ofac-sdn:10689}.
 */
public record EntityId(String source, String sourceId) implements Comparable<EntityId> {

    public EntityId {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        if (!SourceIds.isValid(source)) {
            throw new IllegalArgumentException("invalid source id '" + source
                    + "': use lower-case letters, digits and '-' (e.g. un-sc)");
        }
        if (sourceId.isBlank()) {
            throw new IllegalArgumentException("empty record id for source " + source);
        }
        if (sourceId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("record id contains control characters: " + source);
        }
    }

    /** Parses {@code source:sourceId}; the record id may itself contain ':' characters. */
    public static EntityId parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("entity id must look like SOURCE:ID (e.g. un-sc:QDi.263), got '" + text + "'");
        }
        return new EntityId(text.substring(0, colon), text.substring(colon + 1));
    }

    public static EntityId of(String source, String sourceId) {
        return new EntityId(source, sourceId);
    }

    @Override
    public int compareTo(EntityId o) {
        int c = source.compareTo(o.source);
        return c != 0 ? c : sourceId.compareTo(o.sourceId);
    }

    @Override
    public String toString() {
        return source + ':' + sourceId;
    }
}
