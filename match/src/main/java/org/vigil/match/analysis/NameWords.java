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

    /**
     * Organisation words and legal forms; the value is the canonical spelling (long forms map to short ones).
     * Legal forms map to the family they belong to, as the same company is "LLC" in one register, "OOO" or "TOV" in
     * another and "Ltd." in its English name: forms with limited liability and no shares traded ("ltd": LLC, GmbH,
     * OOO, OOD, SARL, S.R.L., B.V., Pty, s.r.o., d.o.o., Kft., Ltda.) and joint-stock forms ("jsc": AG, S.A., S.p.A.,
     * N.V., PLC, AO/OAO/ZAO/PAO, EAD, Oyj, Zrt.). Which form a name carries is weak evidence; which family it
     * is in, a little more.
     */
    private static final Map<String, String> ORG_WORDS = orgWords();

    private static Map<String, String> orgWords() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String w : new String[] {"llc", "ltd", "limited", "gmbh", "ooo", "ood", "eood", "sarl", "srl", "bv",
                "pty", "tov", "sro", "doo", "kft", "ltda", "limitada", "sprl", "bvba", "spzoo", "mchj", "too", "lda",
                "aps", "fzllc", "fzco", "fzc", "fze", "wll"}) {
            m.put(w, "ltd");
        }
        for (String w : new String[] {"jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao", "ao", "ag",
                "aktiengesellschaft", "sa", "spa", "nv", "plc", "ead", "asa", "oyj", "zrt", "nyrt", "tbk", "jsco",
                "saog", "saoc", "psc", "pjs", "sas", "sapi"}) {
            m.put(w, "jsc");
        }
        for (String[] e : new String[][] {
                {"organization", "organization"}, {"organisation", "organization"}, {"org", "organization"},
                {"group", "group"}, {"grp", "group"}, {"network", "network"}, {"foundation", "foundation"},
                {"fdn", "foundation"}, {"trust", "trust"}, {"inc", "inc"}, {"incorporated", "inc"}, {"corp", "corp"},
                {"corporation", "corp"}, {"co", "co"}, {"company", "co"}, {"cie", "co"}, {"compania", "co"},
                {"cia", "co"}, {"lp", "lp"}, {"llp", "llp"}, {"pte", "pte"}, {"est", "est"}, {"establishment", "est"},
                {"enterprise", "enterprise"}, {"enterprises", "enterprise"},
                {"holding", "holding"}, {"holdings", "holding"}, {"hldgs", "holding"}, {"international", "intl"},
                {"intl", "intl"}, {"industries", "industries"}, {"industry", "industries"},
                {"trading", "trading"}, {"trdg", "trading"}, {"services", "services"}, {"service", "services"},
                {"svcs", "services"}, {"svc", "services"}, {"association", "association"}, {"assn", "association"},
                {"assoc", "association"}, {"society", "society"}, {"movement", "movement"}, {"party", "party"},
                {"committee", "committee"}, {"council", "council"}, {"institute", "institute"},
                {"center", "center"}, {"centre", "center"}, {"ctr", "center"},
                {"fund", "fund"}, {"charity", "charity"}, {"charitable", "charitable"}, {"agency", "agency"},
                {"the", "the"}, {"of", "of"}, {"and", "and"}, {"for", "for"}, {"und", "and"}, {"et", "and"},
                {"societe", "society"}, {"sociedad", "society"}, {"sdn", "sdn"}, {"bhd", "bhd"}, {"kg", "kg"},
                {"as", "as"}, {"pvt", "pvt"}, {"private", "pvt"}}) {
            m.put(e[0], e[1]);
        }
        return Map.copyOf(m);
    }

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

    /**
     * Written abbreviations: of given names ("Mohd" for Muhammad, common in Malaysia and the Gulf) and the usual
     * abbreviations of business words in registers and payment messages ("SHPG" for shipping, "MFG", "MGMT").
     * The token keeps its kind (a name word, weighted by its frequency); only its spelling is the full one.
     */
    private static final Map<String, String> NAME_ABBREVIATIONS = Map.ofEntries(
            Map.entry("mohd", "muhammad"), Map.entry("muhd", "muhammad"), Map.entry("mhd", "muhammad"),
            Map.entry("shpg", "shipping"), Map.entry("mfg", "manufacturing"), Map.entry("mfrs", "manufacturers"),
            Map.entry("bros", "brothers"), Map.entry("dept", "department"), Map.entry("mgmt", "management"),
            Map.entry("mgt", "management"), Map.entry("engg", "engineering"), Map.entry("natl", "national"),
            Map.entry("genl", "general"), Map.entry("comml", "commercial"), Map.entry("prods", "products"),
            Map.entry("technologies", "technology"), Map.entry("investments", "investment"),
            Map.entry("constr", "construction"), Map.entry("mktg", "marketing"), Map.entry("petrol", "petroleum"),
            Map.entry("chem", "chemical"), Map.entry("chemicals", "chemical"), Map.entry("elec", "electric"),
            Map.entry("equip", "equipment"), Map.entry("univ", "university"), Map.entry("acad", "academy"),
            Map.entry("dist", "distribution"), Map.entry("mfr", "manufacturer"), Map.entry("pharm", "pharmaceutical"),
            Map.entry("pharmaceuticals", "pharmaceutical"), Map.entry("telecom", "telecommunications"),
            Map.entry("telecommunication", "telecommunications"));

    /**
     * The canonical form of an organisation word ("limited" to "ltd") or of an abbreviated given name ("mohd" to
     * "muhammad"); other tokens unchanged.
     */
    public static String canonical(String token) {
        String org = ORG_WORDS.get(token);
        return org != null ? org : NAME_ABBREVIATIONS.getOrDefault(token, token);
    }
}
