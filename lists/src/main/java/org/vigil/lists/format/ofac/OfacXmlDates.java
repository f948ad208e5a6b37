package org.vigil.lists.format.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Text;

/**
 * OFAC's date texts: {@code 05 Jun 1950}, {@code Jun 1950}, {@code 1950}, {@code 1963 to 1965},
 * {@code 01 Jan 1960 to 31 Dec 1962}, each optionally preceded by {@code circa}; and the publication date
 * {@code MM/DD/YYYY}.
 */
final class OfacXmlDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String ONE = "(?:(\\d{1,2}) )?(?:([A-Za-z]{3,4})\\.? )?(\\d{4})";
    private static final Pattern SINGLE = Pattern.compile(ONE);
    private static final Pattern RANGE = Pattern.compile(ONE + " to " + ONE);
    private static final Pattern CIRCA = Pattern.compile("^(?:circa|ca\\.|approximately)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private OfacXmlDates() {
    }

    /** A date of birth (or any OFAC date) with its precision; empty if the text is not one of OFAC's forms. */
    static Optional<FuzzyDate> parse(String text) {
        String t = Text.clean(text);
        Matcher circa = CIRCA.matcher(t);
        boolean approximate = circa.find();
        String core = approximate ? t.substring(circa.end()) : t;
        try {
            Optional<FuzzyDate> d = Optional.empty();
            Matcher single = SINGLE.matcher(core);
            Matcher range = RANGE.matcher(core);
            if (single.matches()) {
                d = one(single, 0);
            } else if (range.matches()) {
                Optional<FuzzyDate> from = one(range, 0);
                Optional<FuzzyDate> to = one(range, 3);
                if (from.isPresent() && to.isPresent()) {
                    d = Optional.of(span(from.get(), to.get()));
                }
            }
            return d.map(x -> approximate ? x.approx() : x).map(x -> x.withText(t));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A date that must be exact to the day (issue and expiry dates of documents). */
    static Optional<LocalDate> day(String text) {
        return parse(text).filter(d -> d.precision() == FuzzyDate.Precision.DAY && !d.approximate())
                .map(FuzzyDate::earliest);
    }

    /** The {@code Publish_Date} of the file, {@code MM/DD/YYYY}. */
    static Optional<LocalDate> publishDate(String text) {
        Matcher m = US_DATE.matcher(Text.clean(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<FuzzyDate> one(Matcher m, int offset) {
        String day = m.group(offset + 1);
        String month = m.group(offset + 2);
        int year = Integer.parseInt(m.group(offset + 3));
        if (month == null) {
            return day == null ? Optional.of(FuzzyDate.year(year)) : Optional.empty();
        }
        Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mo == null) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(FuzzyDate.month(year, mo));
        }
        return Optional.of(FuzzyDate.day(year, mo, Integer.parseInt(day)));
    }

    private static FuzzyDate span(FuzzyDate from, FuzzyDate to) {
        if (from.precision() == FuzzyDate.Precision.YEAR && to.precision() == FuzzyDate.Precision.YEAR) {
            return FuzzyDate.years(from.earliest().getYear(), to.earliest().getYear());
        }
        return new FuzzyDate(from.earliest(), to.latest(), FuzzyDate.Precision.RANGE, false, "");
    }
}
