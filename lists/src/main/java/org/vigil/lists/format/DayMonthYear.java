package org.vigil.lists.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.model.FuzzyDate;

/**
 * Day-first numeric dates as the UK and UAE lists write them: {@code 02/05/2005}, {@code 01-01-1965},
 * {@code 17.02.1967}; in dates of birth {@code 00} stands for an unknown day or month.
 */
public final class DayMonthYear {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private DayMonthYear() {
    }

    /** A complete, valid date; empty if the text is not one ("32/13/2000", "00/06/1950"). */
    public static Optional<LocalDate> date(String text) {
        Matcher m = DMY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A date with its precision: "05/06/1950" is a day, "00/06/1950" a month, "00/00/1980" a year; the text is kept.
     * Empty if the text is no such date (an invalid day, a day without its month, a year before 1000).
     */
    public static Optional<FuzzyDate> fuzzy(String text) {
        String t = text.strip();
        Matcher m = DMY.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (year < 1000 || month == 0 && day != 0) {
            return Optional.empty();
        }
        try {
            FuzzyDate d = month == 0 ? FuzzyDate.year(year)
                    : day == 0 ? FuzzyDate.month(year, month) : FuzzyDate.day(year, month, day);
            return Optional.of(d.withText(t));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
