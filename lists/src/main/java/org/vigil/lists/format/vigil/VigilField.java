package org.vigil.lists.format.vigil;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of a Vigil watchlist CSV file, which are also the fields of a Vigil JSON lines record
 * (docs/watchlist-format.md).
 */
enum VigilField {
    ID("id", Shape.SINGLE),
    NAME("name", Shape.SINGLE),
    TYPE("type", Shape.SINGLE),
    ALIASES("aliases", Shape.SPLIT),
    WEAK_ALIASES("weak_aliases", Shape.SPLIT),
    FORMER_NAMES("former_names", Shape.SPLIT),
    GENDER("gender", Shape.SINGLE),
    DOB("dob", Shape.SPLIT),
    BIRTH_PLACE("birth_place", Shape.SPLIT),
    NATIONALITY("nationality", Shape.SPLIT),
    COUNTRY("country", Shape.SPLIT),
    ID_NUMBERS("id_numbers", Shape.SPLIT),
    PROGRAMME("programme", Shape.SPLIT),
    LISTED_ON("listed_on", Shape.SINGLE),
    REMARKS("remarks", Shape.TEXTS),
    LINKED_TO("linked_to", Shape.SPLIT);

    /** How a field holds its values. */
    enum Shape {
        /** One value. */
        SINGLE,
        /** Several values, separated by ';' in a CSV cell or JSON string, or a JSON array. */
        SPLIT,
        /** Free text that may contain ';': one value in a CSV cell or JSON string, several as a JSON array. */
        TEXTS
    }

    private final String key;
    private final Shape shape;

    VigilField(String key, Shape shape) {
        this.key = key;
        this.shape = shape;
    }

    String key() {
        return key;
    }

    Shape shape() {
        return shape;
    }

    /** The field with this CSV column or JSON key (case-insensitive, surrounding spaces ignored). */
    static Optional<VigilField> of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    /** "id, name, type, ..." for error messages. */
    static String allowed() {
        return Arrays.stream(values()).map(VigilField::key).collect(Collectors.joining(", "));
    }

    /** An error message for an unknown column or key, suggesting the closest allowed one. */
    static String unknown(String what, String key, String extraAllowed) {
        StringBuilder b = new StringBuilder("unknown ").append(what).append(" '").append(key).append("'");
        closest(key).ifPresent(c -> b.append(" (did you mean '").append(c).append("'?)"));
        return b.append("; allowed: ").append(allowed()).append(extraAllowed)
                .append(". Unknown ").append(what).append("s are refused so that no data is silently dropped")
                .toString();
    }

    private static Optional<String> closest(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String best = null;
        int bestDistance = 3;
        for (VigilField f : values()) {
            int d = distance(k, f.key);
            if (d < bestDistance) {
                bestDistance = d;
                best = f.key;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
