package org.vigil.app.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.match.Explanation;
import org.vigil.match.Explanation.AttributeEffect;
import org.vigil.match.Explanation.TokenAlignment;

/**
 * An explanation on one line: {@code hafiz=hafiz (exact 1.00), sayeed=saeed (variant 0.95); dob +0.05 same date of
 * birth 1950-06-05}. A token without a partner shows {@code -} on the other side.
 */
final class ExplanationText {
    private ExplanationText() {
    }

    static String of(Explanation e) {
        List<String> tokens = new ArrayList<>();
        for (TokenAlignment t : e.tokens()) {
            tokens.add(side(t.query()) + "=" + side(t.listed()) + " (" + t.rule()
                    + (t.rule().equals("unmatched") ? "" : String.format(Locale.ROOT, " %.2f", t.similarity())) + ")");
        }
        StringBuilder b = new StringBuilder(String.join(", ", tokens));
        for (AttributeEffect a : e.attributes()) {
            b.append("; ").append(attribute(a.attribute()))
                    .append(String.format(Locale.ROOT, " %+.2f ", a.delta())).append(a.reason());
        }
        return b.toString();
    }

    /** The short name of an attribute as the CLI options call it. */
    static String attribute(String name) {
        return name.equals("birthDate") ? "dob" : name;
    }

    private static String side(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
