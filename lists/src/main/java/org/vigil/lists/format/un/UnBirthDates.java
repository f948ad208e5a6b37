package org.vigil.lists.format.un;

import static org.vigil.lists.format.un.UnSchema.DATE;
import static org.vigil.lists.format.un.UnSchema.FROM_YEAR;
import static org.vigil.lists.format.un.UnSchema.NOTE;
import static org.vigil.lists.format.un.UnSchema.TO_YEAR;
import static org.vigil.lists.format.un.UnSchema.TYPE_OF_DATE;
import static org.vigil.lists.format.un.UnSchema.YEAR;

import java.util.Locale;
import java.util.Optional;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Text;

/**
 * Reads {@code <INDIVIDUAL_DATE_OF_BIRTH>}: TYPE_OF_DATE EXACT, APPROXIMATELY or BETWEEN with a DATE (a day), a
 * YEAR, FROM_YEAR and TO_YEAR (a range of years), and a free-text NOTE. The date keeps the precision the source
 * gives; APPROXIMATELY (or a note saying "approximately") marks it approximate. A note that refines the date
 * ("Sep." with YEAR 1958) is used; any other note is kept in the date's text. A date that cannot be read is kept
 * as the property {@code birth-date-text}, with a warning.
 */
final class UnBirthDates {
    private UnBirthDates() {
    }

    static void read(XmlElement dob, UnRecord rec) {
        String type = dob.value(TYPE_OF_DATE).toUpperCase(Locale.ROOT);
        String date = dob.value(DATE);
        String year = dob.value(YEAR);
        String from = dob.value(FROM_YEAR);
        String to = dob.value(TO_YEAR);
        String note = dob.value(NOTE);
        if (date.isEmpty() && year.isEmpty() && from.isEmpty() && to.isEmpty() && note.isEmpty()) {
            return; // the UN writes empty <INDIVIDUAL_DATE_OF_BIRTH/> groups
        }
        boolean approximate = type.equals("APPROXIMATELY") || note.toLowerCase(Locale.ROOT).startsWith("approx");
        if (!type.isEmpty() && !type.equals("EXACT") && !type.equals("APPROXIMATELY") && !type.equals("BETWEEN")) {
            rec.warn(dob, "unknown TYPE_OF_DATE '" + dob.value(TYPE_OF_DATE) + "' in date of birth");
        }
        boolean noteUsed = approximate && note.toLowerCase(Locale.ROOT).matches("approx[a-z.]*");
        Optional<FuzzyDate> parsed;
        if (!date.isEmpty()) {
            parsed = UnDates.day(date).map(FuzzyDate::day);
        } else if (!year.isEmpty()) {
            parsed = UnDates.year(year);
            Optional<Integer> month = UnDates.monthName(note);
            if (parsed.isPresent() && month.isPresent()) {
                parsed = UnDates.month(parsed.get().earliest().getYear(), month.get())
                        .map(d -> d.withText(note + " " + year));
                noteUsed = true;
            }
        } else if (!from.isEmpty() || !to.isEmpty()) {
            parsed = years(from.isEmpty() ? to : from, to.isEmpty() ? from : to);
        } else {
            parsed = UnDates.fromNote(note);
            noteUsed = parsed.isPresent();
        }
        if (parsed.isEmpty()) {
            String text = Text.clean(String.join(" ", date, year,
                    from.isEmpty() && to.isEmpty() ? "" : from + " to " + to, note));
            rec.warn(dob, "date of birth '" + text + "' could not be read as a date; kept as property birth-date-text");
            rec.entity().property("birth-date-text", (approximate ? "approximately " : "") + text);
            return;
        }
        FuzzyDate d = parsed.get();
        if (!noteUsed && !note.isEmpty()) {
            d = d.withText(d.text() + " (" + note + ")");
        }
        rec.entity().birthDate(approximate ? d.approx() : d);
    }

    private static Optional<FuzzyDate> years(String from, String to) {
        Optional<FuzzyDate> a = UnDates.year(from);
        Optional<FuzzyDate> b = UnDates.year(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        int y1 = a.get().earliest().getYear();
        int y2 = b.get().earliest().getYear();
        return y2 < y1 ? Optional.empty() : Optional.of(FuzzyDate.years(y1, y2));
    }
}
