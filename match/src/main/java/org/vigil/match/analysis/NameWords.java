package org.vigil.match.analysis;

import java.util.Map;
import java.util.Set;

/**
 * Step 4: the small closed classes of name words: honorifics and titles, particles, and organisation words with
 * their usual abbreviations. They are recognised, not deleted: they stay in the name with a low weight, so "Hafiz
 * Muhammad Saeed" still matches "Muhammad Saeed" well and "Emma LLC" cannot pass for "Emma Daniels".
 */
public final class NameWords {

    private static final Set<String> TITLES = Set.of(
            "hafiz", "hafez", "maulana", "mawlana", "moulana", "molana", "maulvi", "mawlawi", "molvi", "moulvi",
            "mawlavi", "mullah", "mulla", "mullo", "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "shaykha",
            "sheikha", "haji", "hajji", "hadji", "alhaji", "alhaj", "alhajj", "hajj", "dr", "doctor", "prof",
            "professor", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "imam", "qari", "mufti", "ustad",
            "ustadh", "ustaz", "ayatollah", "hojatoleslam", "general", "gen", "colonel", "col", "major", "maj",
            "captain", "capt", "lieutenant", "lt", "commander", "cmdr", "brigadier", "admiral", "sergeant", "sgt",
            "judge", "hon", "rev", "reverend", "father", "bishop", "shri", "sri", "smt", "sahib", "saheb", "janab",
            "mohtaram", "engineer", "eng", "jr", "sr", "junior", "senior");

    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "ud", "ur", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ag", "bin", "ben",
            "ibn", "bint", "binti", "bte", "bt", "abu", "abou", "abo", "abi", "umm", "um", "ibnu", "e", "i", "y",
            "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du",
            "des", "st", "ter", "ten", "ould", "wa", "wad", "walad", "bar", "bat", "ap");

    /** Organisation words and legal forms; the value is the canonical spelling (long forms map to short ones). */
    private static final Map<String, String> ORG_WORDS = Map.ofEntries(
            Map.entry("organization", "organization"), Map.entry("organisation", "organization"),
            Map.entry("org", "organization"), Map.entry("group", "group"), Map.entry("network", "network"),
            Map.entry("foundation", "foundation"), Map.entry("trust", "trust"), Map.entry("llc", "llc"),
            Map.entry("ltd", "ltd"), Map.entry("limited", "ltd"), Map.entry("inc", "inc"),
            Map.entry("incorporated", "inc"), Map.entry("corp", "corp"), Map.entry("corporation", "corp"),
            Map.entry("co", "co"), Map.entry("company", "co"), Map.entry("gmbh", "gmbh"), Map.entry("ag", "ag"),
            Map.entry("aktiengesellschaft", "ag"), Map.entry("sa", "sa"), Map.entry("sarl", "sarl"),
            Map.entry("srl", "srl"), Map.entry("spa", "spa"), Map.entry("bv", "bv"), Map.entry("nv", "nv"),
            Map.entry("plc", "plc"), Map.entry("lp", "lp"), Map.entry("llp", "llp"), Map.entry("pte", "pte"),
            Map.entry("pty", "pty"), Map.entry("jsc", "jsc"), Map.entry("ojsc", "ojsc"), Map.entry("cjsc", "cjsc"),
            Map.entry("pjsc", "pjsc"), Map.entry("oao", "oao"), Map.entry("zao", "zao"), Map.entry("ooo", "ooo"),
            Map.entry("pao", "pao"), Map.entry("ao", "ao"), Map.entry("fze", "fze"), Map.entry("fzco", "fzco"),
            Map.entry("fzc", "fzc"), Map.entry("fzllc", "fzllc"), Map.entry("est", "est"),
            Map.entry("establishment", "est"), Map.entry("enterprise", "enterprise"),
            Map.entry("enterprises", "enterprise"), Map.entry("holding", "holding"), Map.entry("holdings", "holding"),
            Map.entry("international", "intl"), Map.entry("intl", "intl"), Map.entry("industries", "industries"),
            Map.entry("industry", "industries"), Map.entry("trading", "trading"), Map.entry("services", "services"),
            Map.entry("service", "services"), Map.entry("association", "association"),
            Map.entry("society", "society"), Map.entry("movement", "movement"), Map.entry("party", "party"),
            Map.entry("committee", "committee"), Map.entry("council", "council"), Map.entry("institute", "institute"),
            Map.entry("center", "center"), Map.entry("centre", "center"), Map.entry("fund", "fund"),
            Map.entry("charity", "charity"), Map.entry("charitable", "charitable"), Map.entry("agency", "agency"),
            Map.entry("the", "the"), Map.entry("of", "of"), Map.entry("and", "and"), Map.entry("for", "for"),
            Map.entry("und", "and"), Map.entry("et", "and"), Map.entry("cie", "co"), Map.entry("compania", "co"),
            Map.entry("societe", "society"), Map.entry("sociedad", "society"), Map.entry("limitada", "ltda"),
            Map.entry("ltda", "ltda"), Map.entry("sdn", "sdn"), Map.entry("bhd", "bhd"), Map.entry("kg", "kg"),
            Map.entry("tov", "tov"), Map.entry("as", "as"), Map.entry("pvt", "pvt"), Map.entry("private", "pvt"));

    private NameWords() {
    }

    /**
     * The kind of an ASCII token.
     *
     * @param inside true when the token is not the first of its name (a lone "e" inside "lashkar e taiba" is a
     *               particle, at the start it is an initial)
     */
    public static TokenKind kindOf(String token, boolean inside) {
        if (token.isEmpty()) {
            return TokenKind.NAME;
        }
        if (Character.isDigit(token.charAt(0))) {
            return TokenKind.NUMBER;
        }
        if (token.length() == 1) {
            return inside && PARTICLES.contains(token) ? TokenKind.PARTICLE : TokenKind.INITIAL;
        }
        if (TITLES.contains(token)) {
            return TokenKind.TITLE;
        }
        if (PARTICLES.contains(token)) {
            return TokenKind.PARTICLE;
        }
        if (ORG_WORDS.containsKey(token)) {
            return TokenKind.ORG_WORD;
        }
        if (isPatronymic(token)) {
            return TokenKind.PATRONYMIC;
        }
        return TokenKind.NAME;
    }

    private static final java.util.List<String> PATRONYMIC_SUFFIXES = java.util.List.of(
            "ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ogly", "kyzy", "qizi", "uulu");

    /** East Slavic and Turkic patronymics by their suffix ("olegovich", "ivanovna", "aliyevich", "mammad ogly"). */
    static boolean isPatronymic(String token) {
        if (token.length() < 7) {
            return false;
        }
        for (String suffix : PATRONYMIC_SUFFIXES) {
            if (token.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Written abbreviations of given names ("Mohd" for Muhammad, common in Malaysia and the Gulf). */
    private static final Map<String, String> NAME_ABBREVIATIONS = Map.of(
            "mohd", "muhammad", "muhd", "muhammad", "mhd", "muhammad");

    /**
     * The canonical form of an organisation word ("limited" to "ltd") or of an abbreviated given name ("mohd" to
     * "muhammad"); other tokens unchanged.
     */
    public static String canonical(String token) {
        String org = ORG_WORDS.get(token);
        return org != null ? org : NAME_ABBREVIATIONS.getOrDefault(token, token);
    }
}
