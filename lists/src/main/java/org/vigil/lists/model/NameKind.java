package org.vigil.lists.model;

import java.util.Locale;

/** How a name relates to the listed subject; screening trusts the kinds differently. */
public enum NameKind {
    /** The name the source lists the subject under. */
    PRIMARY,
    /** A good-quality alias ("a.k.a.", UN quality "Good", OFAC alt.csv). */
    STRONG_ALIAS,
    /** A low-quality alias (UN quality "Low", OFAC quoted a.k.a. in remarks, EU "weak"): only nearly exact matches count. */
    WEAK_ALIAS,
    /** A name the subject was formerly known by ("f.k.a."). */
    FORMER_NAME,
    /** The name in its original, non-Latin script. */
    ORIGINAL_SCRIPT;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
