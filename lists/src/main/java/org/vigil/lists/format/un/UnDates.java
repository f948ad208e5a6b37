package org.vigil.lists.format.un;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.model.FuzzyDate;

/**
 * Dates as the UN list writes them: {@code 2008-12-10}, sometimes with a time-zone offset
 * ({@code 2015-04-07-04:00}); years ({@code 1950}); and in date-of-birth notes, months ("Nov. 1973",
 * "August 1961") and Hijri dates ("24/06/1402 (Hijri Calendar)").
 */
final class UnDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:Z|[+-]\\d{2}:\\d{2}|T.*)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIJRI = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*\\(hijri(?: calendar)?\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private UnDates() {
    }

    /** A calendar day in ISO form, ignoring a trailing time-zone offset; empty if the text is not one. */
    static Optional<LocalDate> day(String text) {
        Matcher m = DAY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A year ({@code 1950}); empty if the text is not a plausible year. */
    static Optional<FuzzyDate> year(String text) {
        String t = text.strip();
        if (!YEAR.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FuzzyDate.year(Integer.parseInt(t)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A day or a year, as an alias's DATE_OF_BIRTH is written. */
    static Optional<FuzzyDate> dayOrYear(String text) {
        Optional<LocalDate> d = day(text);
        return d.isPresent() ? d.map(FuzzyDate::day) : year(text);
    }

    /** A month number (1-12) from an English month name or abbreviation ("Sep.", "August"), if the text is one. */
    static Optional<Integer> monthName(String text) {
        Matcher m = MONTH_YEAR.matcher(text.strip());
        if (!m.matches() || m.group(2) != null) {
            return Optional.empty();
        }
        return Optional.of(month(m.group(1)));
    }

    /**
     * A date of birth given only as a note: a month and year ("Nov. 1973"), a Hijri date, or as a last resort the one
     * year the note names ("Between Aug. and Sep. 1977" is some day in 1977). The note is kept as the date's text.
     */
    static Optional<FuzzyDate> fromNote(String note) {
        String t = note.strip();
        Matcher m = MONTH_YEAR.matcher(t);
        if (m.matches() && m.group(2) != null) {
            return month(Integer.parseInt(m.group(2)), month(m.group(1))).map(d -> d.withText(t));
        }
        Matcher h = HIJRI.matcher(t);
        if (h.matches()) {
            try {
                HijrahDate hd = HijrahDate.of(Integer.parseInt(h.group(3)), Integer.parseInt(h.group(2)),
                        Integer.parseInt(h.group(1)));
                return Optional.of(FuzzyDate.day(LocalDate.from(hd)).withText(t));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher y = ONE_YEAR.matcher(t);
        if (y.find()) {
            String first = y.group(1);
            if (!y.find()) {
                return year(first).map(d -> d.withText(t));
            }
        }
        return Optional.empty();
    }

    static Optional<FuzzyDate> month(int year, int month) {
        try {
            return Optional.of(FuzzyDate.month(year, month));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }
}
