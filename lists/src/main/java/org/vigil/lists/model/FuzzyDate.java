package org.vigil.lists.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it: an exact day, a month, a year, a range of years, each possibly
 * "approximately". {@link #earliest()} and {@link #latest()} bound the possible days, so two dates can be compared
 * whatever their precisions.
 *
 * @param text the date as the source wrote it, kept for display and audit
 */
public record FuzzyDate(LocalDate earliest, LocalDate latest, Precision precision, boolean approximate, String text) {

    public enum Precision { DAY, MONTH, YEAR, RANGE }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public FuzzyDate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("date range ends before it starts: " + earliest + ".." + latest);
        }
        text = Text.clean(text);
    }

    public static FuzzyDate day(LocalDate d) {
        return new FuzzyDate(d, d, Precision.DAY, false, d.toString());
    }

    public static FuzzyDate day(int year, int month, int dayOfMonth) {
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    public static FuzzyDate month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new FuzzyDate(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, false, ym.toString());
    }

    public static FuzzyDate year(int year) {
        checkYear(year);
        return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, false,
                Integer.toString(year));
    }

    public static FuzzyDate years(int fromYear, int toYear) {
        checkYear(fromYear);
        checkYear(toYear);
        if (toYear < fromYear) {
            throw new IllegalArgumentException("year range ends before it starts: " + fromYear + " to " + toYear);
        }
        if (fromYear == toYear) {
            return year(fromYear);
        }
        return new FuzzyDate(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), Precision.RANGE, false,
                fromYear + " to " + toYear);
    }

    /** The same date, marked approximate ("circa"). The bounds are kept as the source gives them. */
    public FuzzyDate approx() {
        return new FuzzyDate(earliest, latest, precision, true, approximate ? text : "circa " + text);
    }

    public FuzzyDate withText(String sourceText) {
        return new FuzzyDate(earliest, latest, precision, approximate, sourceText);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (the form used by the CLI and the Vigil formats).
     */
    public static FuzzyDate parseIso(String s) {
        Optional<FuzzyDate> d = tryParseIso(s);
        return d.orElseThrow(() -> new IllegalArgumentException(
                "invalid date '" + s + "': expected YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    public static Optional<FuzzyDate> tryParseIso(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(year(y));
            }
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(month(y, mo));
            }
            return Optional.of(day(y, mo, Integer.parseInt(m.group(3))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True if some day could satisfy both dates. */
    public boolean overlaps(FuzzyDate other) {
        return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }

    /** A canonical form: {@code 1950-06-05}, {@code 1950-06}, {@code 1950}, {@code 1960..1965}, prefixed {@code ~} if approximate. */
    public String canonical() {
        String core = switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> Integer.toString(earliest.getYear());
            case RANGE -> earliest.getYear() + ".." + latest.getYear();
        };
        return approximate ? "~" + core : core;
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static void checkYear(int year) {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("implausible year " + year);
        }
    }
}
