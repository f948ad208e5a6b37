package org.vigil.match.analysis;

/**
 * What a name token is. Titles, particles and organisation words stay in the name (they are evidence too) but weigh
 * little; initials match only the first letter of a token.
 */
public enum TokenKind {
    /** An ordinary name token ("saeed", "lakhvi", "siemens"). */
    NAME,
    /** An honorific or title ("hafiz", "maulana", "sheikh", "dr"). */
    TITLE,
    /** A particle or article joined to names ("al", "bin", "abu", "ur", "e", "van", "de"). */
    PARTICLE,
    /** A word that says what kind of organisation this is ("foundation", "group", "llc", "ltd"). */
    ORG_WORD,
    /** A single letter standing for a given name ("m" in "M. Saeed"). */
    INITIAL,
    /**
     * A patronymic formed with a suffix ("olegovich", "petrovna", "mammadoglu" is not one, "aliyevich" is): part of
     * the name, often left out of a customer record, so it weighs less than a given name or a surname.
     */
    PATRONYMIC,
    /** Digits ("786", "2008"). */
    NUMBER;

    /** Whether this kind carries little evidence of identity. */
    public boolean isMinor() {
        return this == TITLE || this == PARTICLE || this == ORG_WORD;
    }
}
