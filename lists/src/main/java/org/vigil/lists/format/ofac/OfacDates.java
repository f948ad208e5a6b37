package org.vigil.lists.format.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Text;

/**
 * Dates as OFAC writes them: {@code 05 Jun 1950}, {@code Jun 1950}, {@code 1950}, {@code circa 1960},
 * {@code 1960 to 1962}, {@code 01 Jan 1961 to 31 Dec 1962}, {@code circa 1979-1982}. Month names may be abbreviated
 * or written out.
 */
public final class OfacDates {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern MONTH = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_DASH_YEAR = Pattern.compile("(\\d{4}) ?- ?(\\d{4})");
    private static final Pattern CIRCA = Pattern.compile("(?i)^(?:circa|approximately|approx\\.|about|ca\\.)\\s+");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private OfacDates() {
    }

    /** A date, a partial date or a range, with its precision; empty if the text is not one. */
    public static Optional<FuzzyDate> parse(String text) {
        String t = Text.clean(text);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        boolean approx = false;
        Matcher c = CIRCA.matcher(t);
        if (c.find()) {
            approx = true;
            t = t.substring(c.end());
        }
        Optional<FuzzyDate> d = range(t);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        FuzzyDate out = d.get().withText(t);
        return Optional.of(approx ? out.approx() : out);
    }

    /** An exact day ({@code 14 Nov 2007}); empty for anything less precise or unreadable. */
    public static Optional<LocalDate> day(String text) {
        return parse(text).filter(d -> d.precision() == FuzzyDate.Precision.DAY && !d.approximate())
                .map(FuzzyDate::earliest);
    }

    private static Optional<FuzzyDate> range(String t) {
        Matcher yy = YEAR_DASH_YEAR.matcher(t);
        if (yy.matches()) {
            return years(Integer.parseInt(yy.group(1)), Integer.parseInt(yy.group(2)));
        }
        int to = t.indexOf(" to ");
        if (to < 0) {
            return single(t);
        }
        Optional<FuzzyDate> from = single(t.substring(0, to).strip());
        Optional<FuzzyDate> until = single(t.substring(to + 4).strip());
        if (from.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        FuzzyDate a = from.get();
        FuzzyDate b = until.get();
        if (a.precision() == FuzzyDate.Precision.YEAR && b.precision() == FuzzyDate.Precision.YEAR) {
            return years(a.earliest().getYear(), b.earliest().getYear());
        }
        if (b.latest().isBefore(a.earliest())) {
            return Optional.empty();
        }
        return Optional.of(new FuzzyDate(a.earliest(), b.latest(), FuzzyDate.Precision.RANGE, false, t));
    }

    private static Optional<FuzzyDate> years(int from, int to) {
        try {
            return Optional.of(FuzzyDate.years(from, to));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<FuzzyDate> single(String t) {
        try {
            Matcher m = DAY.matcher(t);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return Optional.empty();
                }
                int year = Integer.parseInt(m.group(3));
                FuzzyDate.year(year); // rejects implausible years
                return Optional.of(FuzzyDate.day(LocalDate.of(year, month, Integer.parseInt(m.group(1)))));
            }
            m = MONTH.matcher(t);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return Optional.empty();
                }
                int year = Integer.parseInt(m.group(2));
                FuzzyDate.year(year);
                YearMonth ym = YearMonth.of(year, month);
                return Optional.of(FuzzyDate.month(ym.getYear(), ym.getMonthValue()));
            }
            if (YEAR.matcher(t).matches()) {
                return Optional.of(FuzzyDate.year(Integer.parseInt(t)));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
