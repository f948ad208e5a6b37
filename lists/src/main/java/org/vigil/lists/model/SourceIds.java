package org.vigil.lists.model;

import java.util.regex.Pattern;

/** Source ids are short, stable, lower-case slugs such as {@code un-sc}, {@code us-ofac-sdn} or {@code gb-hmt}. */
public final class SourceIds {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private SourceIds() {
    }

    public static boolean isValid(String source) {
        return source != null && VALID.matcher(source).matches();
    }

    public static String require(String source) {
        if (!isValid(source)) {
            throw new IllegalArgumentException("invalid source id '" + source
                    + "': 1-40 lower-case letters, digits and '-', starting with a letter or digit");
        }
        return source;
    }
}
