package org.vigil.lists.format.uk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.model.FuzzyDate;

/** The UK list's dates: {@code dd/mm/yyyy}; in dates of birth {@code 00} stands for an unknown day or month. */
final class UkDates {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private UkDates() {
    }

    /** A complete date ("02/05/2005"); empty if the text is not one. */
    static Optional<LocalDate> date(String text) {
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
     * A date of birth with its precision: "05/06/1950" is a day, "00/06/1950" a month, "00/00/1980" a year. Empty if
     * the text is no such date (e.g. "32/13/2000").
     */
    static Optional<FuzzyDate> birthDate(String text) {
        String t = text.strip();
        Matcher m = DMY.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (year < 1000) {
            return Optional.empty();
        }
        try {
            FuzzyDate d;
            if (month == 0) {
                if (day != 0) {
                    return Optional.empty(); // a day without its month
                }
                d = FuzzyDate.year(year);
            } else if (day == 0) {
                d = FuzzyDate.month(year, month);
            } else {
                d = FuzzyDate.day(year, month, day);
            }
            return Optional.of(d.withText(t));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
