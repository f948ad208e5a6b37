package org.vigil.lists.format.ftm;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.FuzzyDate;

/** Reads FtM value types: dates, country codes, and property names turned into Vigil property keys. */
final class FtmValues {
    private FtmValues() {
    }

    /**
     * An FtM date ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or a timestamp {@code YYYY-MM-DDThh:mm:ss}
     * whose time is dropped) at the precision it is written in.
     */
    static Optional<FuzzyDate> date(String value) {
        String v = value.strip();
        int t = v.indexOf('T');
        if (t == 10) {
            v = v.substring(0, t);
        }
        return FuzzyDate.tryParseIso(v);
    }

    /** An FtM date that names a day; year or month precision gives empty. */
    static Optional<LocalDate> day(String value) {
        return date(value).filter(d -> d.precision() == FuzzyDate.Precision.DAY).map(FuzzyDate::earliest);
    }

    /**
     * An FtM country value: lower-case ISO 3166-1 alpha-2 ("ru") or, rarely, a name. FtM's own codes for historic or
     * disputed territories ("suhh", "ge-ab") and "zz" (global) give empty.
     */
    static Optional<String> country(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("zz")) {
            return Optional.empty();
        }
        String upper = v.toUpperCase(java.util.Locale.ROOT);
        if (v.length() == 2 && Countries.isCode(upper)) {
            return Optional.of(upper); // FtM writes codes in lower case, which Countries reads only as words
        }
        return Countries.resolve(v);
    }

    /** A Vigil property key for an FtM property or field name: {@code sourceUrl} and {@code first_seen} become
     * {@code source-url} and {@code first-seen}. */
    static String key(String ftmName) {
        StringBuilder b = new StringBuilder(ftmName.length() + 4);
        for (int i = 0; i < ftmName.length(); i++) {
            char c = ftmName.charAt(i);
            if (c == '_' || c == ' ') {
                b.append('-');
            } else if (Character.isUpperCase(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                    b.append('-');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
