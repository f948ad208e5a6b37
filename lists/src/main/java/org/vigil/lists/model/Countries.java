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
import java.util.regex.Pattern;

/**
 * Resolves the country names, demonyms and codes that lists use ("Pakistan", "Pakistani", "Iran (Islamic Republic
 * of)", "Korea, North", "Türkiye", "قطر") to ISO 3166-1 alpha-2 codes. Built from the JDK's CLDR country names in
 * several languages plus {@code countries.tsv} (variants, historic names, demonyms).
 */
public final class Countries {
    private static final Set<String> CODES;
    private static final Map<String, String> BY_NAME;
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:/|;|\\band\\b|\\bor\\b|\\d\\)|,\\s*(?=\\p{Lu}))\\s*");
    private static final Pattern NOISE = Pattern.compile(
            "\\b(?:passport|citizenship|citizen|national|nationality|by birth|possibly|probably|formerly|former|"
                    + "allegedly|reportedly|revoked|withdrawn|in custody|as at|as of|since|until|unknown|born)\\b.*$");

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
     * Resolves one country mention. Accepts ISO alpha-2 and alpha-3 codes, names in the JDK's languages, the variants
     * and demonyms in countries.tsv, and ignores a parenthetical or a trailing remark ("Indonesia (as at Dec. 2003)",
     * "Kuwaiti citizenship withdrawn in 2002").
     */
    public static Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() == 2 && isCode(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(t.toUpperCase(Locale.ROOT));
        }
        String direct = BY_NAME.get(key(t));
        if (direct != null) {
            return Optional.of(direct);
        }
        String noParens = PARENS.matcher(t).replaceAll(" ");
        direct = BY_NAME.get(key(noParens));
        if (direct != null) {
            return Optional.of(direct);
        }
        String k = key(noParens);
        String cut = NOISE.matcher(k).replaceFirst("").strip();
        if (!cut.isEmpty() && !cut.equals(k)) {
            direct = BY_NAME.get(cut);
            if (direct != null) {
                return Optional.of(direct);
            }
        }
        // "Possibly Ethiopian", "Sudanese by birth": drop leading qualifiers
        String lead = k.replaceFirst("^(?:possibly|probably|allegedly|reportedly|formerly|former)\\s+", "");
        lead = NOISE.matcher(lead).replaceFirst("").strip();
        return Optional.ofNullable(BY_NAME.get(lead));
    }

    /** Resolves a field that may name several countries ("Sudan/South Sudan", "1) Saudi Arabia 2) Qatar"). */
    public static List<String> resolveAll(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Optional<String> whole = resolve(text);
        if (whole.isPresent()) {
            out.add(whole.get());
            return out;
        }
        for (String part : SPLIT.split(PARENS.matcher(text).replaceAll(" "))) {
            resolve(part).filter(c -> !out.contains(c)).ifPresent(out::add);
        }
        return out;
    }

    /** Lower-case, accents and punctuation removed, "the" dropped, spaces collapsed. */
    static String key(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK && c < 0x0600) {
                continue; // drop Latin accents, keep Arabic marks out of the way below
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (type != Character.NON_SPACING_MARK) {
                b.append(' ');
            }
        }
        String k = Text.clean(b.toString());
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
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
                if (cols.length != 2 || !CODES.contains(cols[0].strip())) {
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
        for (String code : CODES) {
            String a3 = iso3(code);
            if (a3 != null) {
                names.putIfAbsent(a3.toLowerCase(Locale.ROOT), code);
            }
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
