package org.vigil.lists.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the numbered or lettered enumerations lists put into one field: {@code "(1) Yemen (2) Sudan"},
 * {@code "1) Saudi Arabia 2) Qatar"}, {@code "a) French, b) Tunisian"}, {@code "(a) Iraq (b) Iran"}, with ranges
 * ({@code "(1)-(2) Tunisia (3) Libya"}, {@code "(1) to (6) Algeria (7) Morocco"}) and shared items
 * ({@code "(1) (2) (4) Libya (3) Morocco"}).
 *
 * <p>A text is only read as an enumeration when its first marker is item 1 ({@code (1)}, {@code 1)}, {@code a)},
 * {@code (A)}), so a stray {@code "(b)"} in free text is left alone.
 */
public final class Enumerations {
    private static final String ONE = "(?:\\(\\s*(?:\\d{1,2}|[a-hA-H])\\s*\\)|(?<![\\p{L}\\p{N}(])(?:\\d{1,2}|[a-hA-H])\\))";
    /** One marker, or a range of markers: "(1)", "b)", "(1)-(2)", "(1) to (6)". */
    private static final Pattern MARKER = Pattern.compile(ONE + "(?:\\s*(?:-|–|to)\\s*" + ONE + ")?");
    private static final Pattern INDEX = Pattern.compile("\\d{1,2}|[a-hA-H]");
    private static final int MAX_INDEX = 99;

    private Enumerations() {
    }

    /**
     * One enumerated item.
     *
     * @param indices the 1-based item numbers the text belongs to ({@code [1, 2]} for "(1)-(2) Tunisia"; letters count
     *                a=1, b=2...); empty for a text that is not enumerated
     * @param text    the item's text, trimmed, without trailing separators (",", ";"); may be "-" or empty when the
     *                source enumerates an unknown value
     */
    public record Item(List<Integer> indices, String text) {
        public Item {
            indices = List.copyOf(indices);
            text = Text.clean(text);
        }
    }

    /** True if {@code text} is an enumeration this class can split. */
    public static boolean isEnumerated(String text) {
        return text != null && firstMarker(text) != null;
    }

    /**
     * The items of {@code text}. A text that is not an enumeration is returned as one item without indices; text
     * before the first marker, if any, is also an item without indices.
     */
    public static List<Item> split(String text) {
        String t = text == null ? "" : text;
        Matcher first = firstMarker(t);
        if (first == null) {
            return List.of(new Item(List.of(), t));
        }
        List<Item> out = new ArrayList<>();
        String before = trimSeparators(t.substring(0, first.start()));
        if (!before.isEmpty()) {
            out.add(new Item(List.of(), before));
        }
        Matcher m = MARKER.matcher(t);
        List<Integer> pending = new ArrayList<>();
        int textStart = -1;
        int from = first.start();
        while (m.find(from)) {
            if (textStart >= 0) {
                String between = trimSeparators(t.substring(textStart, m.start()));
                if (!between.isEmpty()) {
                    out.add(new Item(pending, between));
                    pending = new ArrayList<>();
                }
            }
            pending.addAll(indices(m.group()));
            textStart = m.end();
            from = m.end();
            if (from >= t.length()) {
                break;
            }
        }
        String tail = textStart >= 0 ? trimSeparators(t.substring(textStart)) : "";
        if (!pending.isEmpty()) {
            out.add(new Item(pending, tail));
        }
        return out;
    }

    private static Matcher firstMarker(String t) {
        if (t.indexOf(')') < 0) {
            return null; // every marker ends with ')'
        }
        Matcher m = MARKER.matcher(t);
        if (!m.find()) {
            return null;
        }
        List<Integer> idx = indices(m.group());
        return !idx.isEmpty() && idx.get(0) == 1 ? m : null;
    }

    /** The item numbers of one marker or range. */
    private static List<Integer> indices(String marker) {
        Matcher m = INDEX.matcher(marker);
        List<Integer> found = new ArrayList<>();
        while (m.find()) {
            found.add(index(m.group()));
        }
        boolean range = found.size() == 2 && (marker.contains("-") || marker.contains("–") || marker.contains("to"));
        if (range && found.get(0) <= found.get(1) && found.get(1) <= MAX_INDEX) {
            List<Integer> all = new ArrayList<>();
            for (int i = found.get(0); i <= found.get(1); i++) {
                all.add(i);
            }
            return all;
        }
        return found;
    }

    private static int index(String s) {
        char c = s.charAt(0);
        if (Character.isDigit(c)) {
            return Integer.parseInt(s);
        }
        return Character.toLowerCase(c) - 'a' + 1;
    }

    private static String trimSeparators(String s) {
        String t = Text.clean(s);
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == ',' || t.charAt(end - 1) == ';')) {
            end--;
        }
        return Text.clean(t.substring(0, end));
    }
}
