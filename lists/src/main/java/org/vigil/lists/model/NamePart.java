package org.vigil.lists.model;

import java.util.Locale;
import java.util.Objects;

/** One component of a structured name, as the source gives it. */
public record NamePart(Type type, String value) {

    public enum Type {
        GIVEN, MIDDLE, FAMILY, PATRONYMIC, MATRONYMIC, TITLE,
        /** A name component whose role the source does not state (UN FIRST_NAME..FOURTH_NAME are only ordered). */
        UNSPECIFIED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public NamePart {
        Objects.requireNonNull(type, "type");
        value = Text.clean(value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty name part");
        }
    }
}
