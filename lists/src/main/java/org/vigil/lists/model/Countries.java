package org.vigil.lists.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the country names, demonyms and codes that lists use ("Pakistan", "Pakistani", "Iran (Islamic Republic
 * of)", "Korea, North", "Türkiye", "قطر") to ISO 3166-1 alpha-2 codes. Built from the JDK's CLDR country names in
 * several languages plus {@code countries.tsv} (variants, historic names, demonyms).
 *
 * <p>Beyond exact names it reads the shapes list fields take: enumerations ("(1) Yemen (2) Sudan", "a) French, b)
 * Tunisian", see {@link Enumerations}), several countries in one field ("Sudan/South Sudan", "DRC and Belgian
 * nationalities"), inverted names ("Congo, Democratic Republic of the"), a leading qualifier or state form ("possibly
 * Ethiopian", "now Republic of Moldova", "Union of the Comoros"), a trailing remark or postcode ("Indonesia (as at Dec.
 * 2003)", "Kuwaiti citizenship withdrawn in 2002", "Singapore 188425").
 *
 * <p>Names that denote no single current country (the USSR, Yugoslavia, Crimea, Kashmir, "na", "-0-") are listed in
 * {@code countries.tsv} under the code {@code -}: they resolve to nothing, also when they appear inside a longer text.
 */
public final class Countries {
    /** The pseudo-code under which countries.tsv lists names that must not resolve to any country. */
    private static final String NONE = "-";
    private static final Set<String> CODES;
    private static final Map<String, String> BY_NAME;
    private static final Map<String, String> BY_ALPHA3;
    /**
     * Lower-case two-letter words that are also codes: in list text they are words ("na" is "not available", "no" in
     * "no.: 0216155930" is "number"), so they are read as codes only in upper case.
     */
    private static final Set<String> WORD_CODES = Set.of("na", "no", "in", "to", "is", "it", "be", "at", "by", "as",
            "am", "me", "my", "so", "do", "id", "pe", "ad");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)?");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:/|;|:|،|\\band\\b|\\bor\\b|(?<=\\s)و(?=\\s)|\\s[-–]\\s|,\\s*(?=\\p{Lu})|\\.\\s+(?=\\p{Lu}))\\s*");
    /** Words that start a remark after a country; matched on {@link #key} forms (lower case, Arabic normalised). */
    private static final Pattern NOISE = Pattern.compile(
            "\\b(?:passport|citizenship|citizen|nationals?|nationality|nationalities|by birth|possibly|probably|"
                    + "formerly|former|allegedly|reportedly|revoked|withdrawn|in custody|in prison|as at|as of|since|"
                    + "until|unknown|born|سابقا|السابقه|السابق|الحاليه|الحالي|مسجون)\\b.*$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:possibly|probably|allegedly|reportedly|formerly|former|now|currently|in)\\s+)+");
    /** "republic of", "union of", "federal democratic republic of", "kingdom of" ... before the short name. */
    private static final Pattern STATE_FORM = Pattern.compile(
            "^(?:(?:federal|democratic|islamic|united|socialist|people s|arab|hashemite|plurinational|bolivarian|"
                    + "cooperative|independent|sovereign|grand)\\s+)*(?:republic|kingdom|state|sultanate|union|"
                    + "commonwealth|principality|emirate|duchy|federation|confederation)\\s+of\\s+");
    private static final Pattern OF_ORIGIN = Pattern.compile("\\s+of\\s+\\S+(?:\\s+\\S+)?\\s+origin$");
    /** Results of {@link #resolveAll} for short texts: list fields repeat a few hundred texts thousands of times. */
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;
    private static final Pattern TRAILING_NUMBERS = Pattern.compile("(?:\\s+\\d[\\d ]*)+$");

    static {
        Set<String> codes = new LinkedHashSet<>(List.of(Locale.getISOCountries()));
        codes.add("XK"); // Kosovo: user-assigned, used by the EU, UK and OpenSanctions
        CODES = Set.copyOf(codes);
        Map<String, String> names = new HashMap<>();
        for (String lang : List.of("en", "fr", "es", "de", "ru", "ar", "pt", "it")) {
            Locale in = Locale.forLanguageTag(lang);
            for (String code : codes) {
                String n = Locale.of("", code).getDisplayCountry(in);
                if (!n.isEmpty() && !n.equals(code)) {
                    names.putIfAbsent(key(n), code);
                    // CLDR writes "Bosnia & Herzegovina", "Trinidad & Tobago"; lists write "and"
                    names.putIfAbsent(key(n.replace("&", " and ")), code);
                }
            }
        }
        loadAliases(names);
        BY_NAME = Map.copyOf(names);
        Map<String, String> a3 = new HashMap<>();
        for (String code : CODES) {
            String iso3 = iso3(code);
            if (iso3 != null && !iso3.isEmpty()) {
                a3.put(iso3, code);
            }
        }
        BY_ALPHA3 = Map.copyOf(a3);
    }

    private Countries() {
    }

    /** True for an ISO 3166-1 alpha-2 code Vigil knows (plus XK for Kosovo). */
    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    public static String requireCode(String code) {
        if (!isCode(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: '" + code + "'");
        }
        return code;
    }

    /** The English name of a code, e.g. "Pakistan" for PK. */
    public static String name(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /**
     * Resolves one country mention. Accepts ISO alpha-2 codes (upper case; lower case too unless the letters are also
     * an English word such as "na", "no" or "in"), upper-case alpha-3 codes, names in the JDK's languages, the variants and
     * demonyms in countries.tsv, and ignores a parenthetical, a trailing remark or postcode, a leading qualifier and a
     * state form ("Indonesia (as at Dec. 2003)", "Kuwaiti citizenship withdrawn in 2002", "possibly Ethiopian",
     * "Republic of Belarus"). Returns empty for names that denote no single current country (USSR, Crimea).
     */
    public static Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<String> code = code(t);
        if (code.isPresent()) {
            return code;
        }
        String exact = exact(t);
        if (exact != null) {
            return found(exact);
        }
        String k = key(PARENS.matcher(t).replaceAll(" "));
        String noNumbers = TRAILING_NUMBERS.matcher(k).replaceFirst("");
        String lead = LEADING.matcher(noNumbers).replaceFirst("");
        String cut = NOISE.matcher(lead).replaceFirst("").strip();
        String form = STATE_FORM.matcher(cut).replaceFirst("");
        String origin = OF_ORIGIN.matcher(form).replaceFirst("");
        for (String candidate : List.of(noNumbers, lead, cut, form, origin)) {
            String hit = candidate.isEmpty() ? null : BY_NAME.get(candidate);
            if (hit != null) {
                return found(hit);
            }
        }
        return beforeQualifier(lead);
    }

    /**
     * Resolves a field that may name several countries ("Sudan/South Sudan", "1) Saudi Arabia 2) Qatar", "(a) Jordanian
     * (b) American", "Iranian national and US national/citizen"), in order of first mention, without duplicates.
     */
    public static List<String> resolveAll(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        List<String> cached = CACHE.get(text);
        if (cached == null) {
            cached = List.copyOf(resolveAllUncached(text));
            if (CACHE.size() < CACHE_LIMIT && text.length() <= 200) {
                CACHE.put(text, cached);
            }
        }
        return new ArrayList<>(cached);
    }

    private static List<String> resolveAllUncached(String text) {
        List<String> out = new ArrayList<>();
        Optional<String> code = code(text.strip());
        if (code.isPresent()) {
            out.add(code.get());
            return out;
        }
        String whole = exact(text.strip());
        if (whole != null) {
            found(whole).ifPresent(out::add);
            return out;
        }
        for (Enumerations.Item item : Enumerations.split(text)) {
            resolvePart(item.text(), out);
        }
        return out;
    }

    private static void resolvePart(String part, List<String> out) {
        if (part.isBlank()) {
            return;
        }
        String exact = exact(part);
        if (exact != null) {
            found(exact).filter(c -> !out.contains(c)).ifPresent(out::add);
            return;
        }
        boolean any = false;
        String[] pieces = SPLIT.split(PARENS.matcher(part).replaceAll(" "));
        if (pieces.length > 1) {
            for (String piece : pieces) {
                if (piece.isBlank() || NONE.equals(exact(piece))) {
                    continue;
                }
                Optional<String> c = resolve(piece);
                if (c.isPresent()) {
                    any = true;
                    if (!out.contains(c.get())) {
                        out.add(c.get());
                    }
                }
            }
        }
        if (!any) {
            resolve(part).filter(c -> !out.contains(c)).ifPresent(out::add);
        }
    }

    /** A name as listed (also without its parentheticals, or inverted "Congo, Republic of the"); null if unknown. */
    private static String exact(String t) {
        String hit = BY_NAME.get(key(t));
        if (hit != null) {
            return hit;
        }
        String noParens = PARENS.matcher(t).replaceAll(" ").strip();
        hit = BY_NAME.get(key(noParens));
        if (hit != null) {
            return hit;
        }
        int comma = noParens.indexOf(',');
        if (comma > 0 && comma == noParens.lastIndexOf(',')) {
            return BY_NAME.get(key(noParens.substring(comma + 1) + " " + noParens.substring(0, comma)));
        }
        return null;
    }

    /** "also believed to hold Syrian nationality": the one to three words right before the qualifier. */
    private static Optional<String> beforeQualifier(String k) {
        Matcher m = NOISE.matcher(k);
        if (!m.find() || m.start() == 0) {
            return Optional.empty();
        }
        String[] words = k.substring(0, m.start()).strip().split(" ");
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String candidate = String.join(" ", List.of(words).subList(words.length - n, words.length));
            String hit = BY_NAME.get(candidate);
            if (hit != null) {
                return found(hit);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> code(String t) {
        if (t.length() == 2 && Character.isLetter(t.charAt(0)) && Character.isLetter(t.charAt(1))) {
            String upper = t.toUpperCase(Locale.ROOT);
            boolean asCode = t.equals(upper) || (t.equals(t.toLowerCase(Locale.ROOT)) && !WORD_CODES.contains(t));
            if (asCode && isCode(upper)) {
                return Optional.of(upper);
            }
        }
        if (t.length() == 3 && t.equals(t.toUpperCase(Locale.ROOT))) {
            return Optional.ofNullable(BY_ALPHA3.get(t));
        }
        return Optional.empty();
    }

    private static Optional<String> found(String code) {
        return NONE.equals(code) ? Optional.empty() : Optional.of(code);
    }

    /**
     * Lower-case, accents, punctuation and the word "the" removed, "&amp;" read as "and", "St." as "saint", Arabic
     * letter variants unified (hamza forms, taa marbuta, alef maqsura), spaces collapsed.
     */
    static String key(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u0640') {
                continue; // accents, Arabic vowel marks and hamza above/below (NFKD splits them off), tatweel
            }
            if (c == '&') {
                b.append(" and ");
            } else if (Character.isLetterOrDigit(c)) {
                b.append(arabic(Character.toLowerCase(c)));
            } else {
                b.append(' ');
            }
        }
        StringBuilder out = new StringBuilder(b.length());
        for (String word : b.toString().split(" ")) {
            if (word.isEmpty() || word.equals("the")) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.equals("st") ? "saint" : word);
        }
        return out.toString();
    }

    private static char arabic(char c) {
        return switch (c) {
            case '\u0629' -> '\u0647'; // taa marbuta -> haa
            case '\u0649', '\u06CC' -> '\u064A'; // alef maqsura, Farsi yeh -> yeh
            case '\u06A9' -> '\u0643'; // keheh -> kaf
            case '\u0671' -> '\u0627'; // alef wasla -> alef
            default -> c;
        };
    }

    private static void loadAliases(Map<String, String> names) {
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !(CODES.contains(cols[0].strip()) || NONE.equals(cols[0].strip()))) {
                    throw new IllegalStateException("countries.tsv:" + n + ": expected CODE<TAB>name|name|...");
                }
                String code = cols[0].strip();
                for (String alias : cols[1].split("\\|")) {
                    if (!alias.isBlank()) {
                        names.put(key(alias), code);
                        names.put(key(alias.replace("&", " and ")), code);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String iso3(String code) {
        try {
            return Locale.of("", code).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }
}
