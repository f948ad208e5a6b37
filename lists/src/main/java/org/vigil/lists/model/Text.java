package org.vigil.lists.model;

/** Whitespace clean-up shared by every parser: the model never holds null, tabs, line breaks or padded strings. */
public final class Text {
    private Text() {
    }

    /**
     * Collapses runs of whitespace, no-break spaces, zero-width spaces, byte-order marks and control characters to one
     * space and trims the ends; null becomes "".
     */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isClean(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSeparator(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True if the cleaned value is empty. */
    public static boolean isBlank(String s) {
        return clean(s).isEmpty();
    }

    private static boolean isClean(String s) {
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? prev == ' ' : isSeparator(c)) {
                return false;
            }
            prev = c;
        }
        return prev != ' ';
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\uFEFF';
    }
}
