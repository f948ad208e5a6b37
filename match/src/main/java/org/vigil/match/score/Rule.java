package org.vigil.match.score;

/** Why two tokens were taken to be the same, strongest first. */
public enum Rule {
    /** The same token after analysis. */
    EXACT,
    /** Spellings of one name learned from transliteration corpora ("saeed" / "said" / "سعيد"). */
    VARIANT,
    /** Tokens that join or split differently ("abdulrahman" / "abdul rahman", "zakiur" / "zaki ur"). */
    COMPOUND,
    /** One or two typing errors (insertion, deletion, substitution, transposition). */
    TYPO,
    /** The same consonant skeleton ("mhmd" / "muhammad", "lkhwy" / "lakhvi"). */
    SKELETON,
    /**
     * An abjad spelling and a Latin one with the same looser consonant skeleton, letters that write one Arabic
     * consonant taken together ("mrtdy" / "murtadha", "mwjwd" / "mawgoud").
     */
    CROSS_SCRIPT,
    /**
     * Two romanisations of one name: of one Korean syllable or pair of syllables ("jong" / "chong" / "jeong", "paek"
     * / "baek", {@link org.vigil.match.analysis.KoreanRomanization}); the German or Polish and the English
     * transliteration of a Slavic name ("janukowitsch" / "yanukovych",
     * {@link org.vigil.match.analysis.GermanPolishSpelling}); the Somali or French and the English spelling of a name
     * ("xirsi" / "hirsi", {@link org.vigil.match.analysis.SomaliSpelling}; "faouzi" / "fawzi",
     * {@link org.vigil.match.analysis.FrenchSpelling}).
     */
    ROMANIZATION,
    /** The same Double Metaphone code ("toiba" / "taiba"). */
    PHONETIC,
    /** An initial and a token that starts with it ("m" / "muhammad"). */
    INITIAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
