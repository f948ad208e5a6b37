package org.vigil.lists.format.uae;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.format.DayMonthYear;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Text;

/** Dates, places, names and the listing resolution as the UAE list writes them. */
final class UaeFields {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** "X - Y", "X، Y", "X, Y": a town and its country in either order. */
    private static final Pattern PLACE_SEPARATOR = Pattern.compile("\\s+[-–]\\s+|\\s*[،,]\\s*");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]*)\\)");
    /** Several Latin names in one cell: "HAZEM MOHSEN FARHAN + HAZEM MOHSEN AL FARHAN", "A - B - C". */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+[+\\-–]\\s+");
    private static final Pattern ARABIC_NAME_SEPARATOR = Pattern.compile("\\s+(?:[+\\-–]|أو)\\s+");
    /** "مدرج بموجب قرار مجلس الوزراء رقم (18) لسنة 2017": listed under Cabinet Resolution No. (18) of 2017. */
    private static final Pattern RESOLUTION = Pattern.compile("(قرار\\s+مجلس\\s+الوزراء\\s+رقم\\s*\\(\\s*(\\d+)\\s*\\)"
            + "\\s*لسنة\\s*(\\d{4}))");

    private UaeFields() {
    }

    /** A date of birth: a day ("01-01-1965", "17/02/1967") or a year ("1983"). */
    static Optional<FuzzyDate> birthDate(String text) {
        String t = text.strip();
        if (YEAR.matcher(t).matches()) {
            int y = Integer.parseInt(t);
            return y >= 1000 ? Optional.of(FuzzyDate.year(y).withText(t)) : Optional.empty();
        }
        return DayMonthYear.date(t).filter(d -> d.getYear() >= 1000).map(d -> FuzzyDate.day(d).withText(t));
    }

    /**
     * A place of birth: "الشارقة - الإمارات" (Sharjah, UAE), "مصر (المينا)" (Minya, Egypt), "كانو نيجيريا" (Kano,
     * Nigeria), "مصر" (Egypt). The part naming a country gives the country, the rest the town.
     */
    static Place place(String text) {
        Optional<String> whole = Countries.resolve(text);
        if (whole.isPresent()) {
            Matcher p = PARENTHETICAL.matcher(text);
            String town = p.find() ? p.group(1) : "";
            return new Place(town, "", whole, text);
        }
        String[] parts = PLACE_SEPARATOR.split(text);
        if (parts.length > 1) {
            for (int i = parts.length - 1; i >= 0; i--) {
                Optional<String> c = Countries.resolve(parts[i]);
                if (c.isPresent()) {
                    List<String> rest = new ArrayList<>(List.of(parts));
                    rest.remove(i);
                    return new Place(String.join(", ", rest), "", c, text);
                }
            }
            return new Place(text, "", Optional.empty(), text);
        }
        int space = text.lastIndexOf(' ');
        if (space > 0) { // "كانو نيجيريا": town, then country
            Optional<String> c = Countries.resolve(text.substring(space + 1));
            if (c.isPresent()) {
                return new Place(text.substring(0, space), "", c, text);
            }
        }
        return new Place(text, "", Optional.empty(), text);
    }

    /** The names in a Latin name cell, split where the list puts several into one cell. */
    static List<String> latinNames(String text) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(text)) {
            String n = Text.clean(balanceParentheses(part));
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The names in an Arabic name cell: "حازم محسن الفرحان + حازم محسن فرحان", "A أو B" (A or B). */
    static List<String> arabicNames(String text) {
        List<String> out = new ArrayList<>();
        for (String part : ARABIC_NAME_SEPARATOR.split(text)) {
            String n = Text.clean(balanceParentheses(part));
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Stray brackets at the ends of a name ("((MOHSEN HASSAN ...") are dropped; balanced ones are kept. */
    static String balanceParentheses(String s) {
        String t = Text.clean(s);
        while (t.startsWith("(") && count(t, '(') > count(t, ')')) {
            t = t.substring(1).strip();
        }
        while (t.endsWith(")") && count(t, ')') > count(t, '(')) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** An alias cell: the name and, if any, the name in parentheses ("X (أبوخليل)"). */
    static List<String> aliases(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PARENTHETICAL.matcher(text);
        String base = Text.clean(m.replaceAll(" "));
        if (!base.isEmpty()) {
            out.add(base);
        }
        m.reset();
        while (m.find()) {
            String inner = Text.clean(m.group(1));
            if (!inner.isEmpty() && !out.contains(inner)) {
                out.add(inner);
            }
        }
        return out;
    }

    /**
     * The cabinet resolution a listing cites.
     *
     * @param title  "قرار مجلس الوزراء رقم (18) لسنة 2017" (Cabinet Resolution No. (18) of 2017)
     * @param number "18/2017"
     */
    record Resolution(String title, String number) {
    }

    static Optional<Resolution> resolution(String text) {
        Matcher m = RESOLUTION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(Text.clean(m.group(1)), m.group(2) + "/" + m.group(3)));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
