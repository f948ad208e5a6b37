package org.vigil.lists.model;

import java.util.Locale;

public enum Gender {
    MALE, FEMALE, UNKNOWN;

    public static Gender parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "male", "m", "man" -> MALE;
            case "female", "f", "woman" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
