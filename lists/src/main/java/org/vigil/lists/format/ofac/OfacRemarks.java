package org.vigil.lists.format.ofac;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.format.LinkPhrases;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Text;

/**
 * Reads the Remarks mini-language of OFAC's legacy SDN files, e.g.
 * {@code DOB 05 Jun 1950; POB Sargodha, Punjab, Pakistan; nationality Pakistan; Passport BE5978421 (Pakistan) issued
 * 14 Nov 2007 expires 12 Nov 2012; a.k.a. 'HAFIZ SAHIB'; Linked To: LASHKAR E-TAYYIBA.}
 *
 * <p>The text is split into clauses at ";" outside parentheses. Each clause (with or without a leading "alt. ") is
 * read as a date or place of birth, nationality or citizenship, gender, a quoted alias (a.k.a. = weak alias,
 * f.k.a. = former name, n.k.a. = weak alias), a "Linked To:" relation by name, an identity document or
 * registration number ({@code LABEL NUMBER (Country) issued DATE expires DATE}), or a labelled value kept as a
 * property (website, e-mail, sanctions information, aircraft and vessel details...). A clause that is none of these
 * is returned in {@link Result#unrecognised()}; nothing is dropped.
 */
public final class OfacRemarks {
    private static final Pattern ALT = Pattern.compile("^(?i:alt)\\.\\s+");
    private static final Pattern DOB = Pattern.compile("^DOB:?\\s+(.+)$");
    private static final Pattern POB = Pattern.compile("^POB:?\\s+(.+)$");
    private static final Pattern NATIONALITY = Pattern.compile("^(nationality|citizen)\\s+(.+)$");
    private static final Pattern GENDER = Pattern.compile("^Gender\\s+(.+)$");
    private static final Pattern ALIAS = Pattern.compile("^([afn])\\.k\\.a\\.,?\\s+'(.*)'$");
    private static final Pattern LINKED_TO = Pattern.compile("^(Linked To:)\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private OfacRemarks() {
    }

    /**
     * What the Remarks say. Lists are in source order.
     *
     * @param nationalities ISO codes from "nationality" and "citizen" clauses
     * @param countries     ISO codes of other countries named (e.g. "Nationality of Registration")
     * @param properties    labelled values, keyed like {@link Entity#properties()}
     * @param unrecognised  clauses that were not understood, as written
     * @param problems      clauses that look understood but hold an unreadable value (a date, a country)
     */
    public record Result(List<FuzzyDate> birthDates, List<Place> birthPlaces, List<String> nationalities,
                         List<String> countries, Gender gender, List<IdentityDocument> documents, List<Name> names,
                         List<Link> links, Map<String, List<String>> properties, List<String> unrecognised,
                         List<String> problems) {

        public Result {
            birthDates = List.copyOf(birthDates);
            birthPlaces = List.copyOf(birthPlaces);
            nationalities = List.copyOf(nationalities);
            countries = List.copyOf(countries);
            documents = List.copyOf(documents);
            names = List.copyOf(names);
            links = List.copyOf(links);
            Map<String, List<String>> p = new LinkedHashMap<>();
            properties.forEach((k, v) -> p.put(k, List.copyOf(v)));
            properties = Collections.unmodifiableMap(p);
            unrecognised = List.copyOf(unrecognised);
            problems = List.copyOf(problems);
        }

        public List<String> property(String key) {
            return properties.getOrDefault(key, List.of());
        }

        /** Adds everything read to a record under construction (the Remarks text itself is not added). */
        public void applyTo(Entity.Builder b) {
            birthDates.forEach(b::birthDate);
            birthPlaces.forEach(b::birthPlace);
            nationalities.forEach(b::nationality);
            countries.forEach(b::country);
            if (gender != Gender.UNKNOWN) {
                b.gender(gender);
            }
            documents.forEach(b::document);
            names.forEach(b::name);
            links.forEach(b::link);
            properties.forEach((k, vs) -> vs.forEach(v -> b.property(k, v)));
        }
    }

    /**
     * Reads a Remarks text.
     *
     * @param person whether the record is an individual ("LAST, First" aliases then get family/given parts)
     */
    public static Result parse(String remarks, boolean person) {
        Collector c = new Collector(person);
        for (String clause : clauses(remarks)) {
            c.clause(clause);
        }
        return c.result();
    }

    /**
     * Splits a Remarks text into clauses at ";" outside parentheses, dropping the final full stop (but not the dot
     * of a closing abbreviation such as "S.A. DE C.V.").
     */
    public static List<String> clauses(String remarks) {
        String t = Text.clean(remarks);
        if (t.endsWith(".") && !endsWithAbbreviation(t)) {
            t = t.substring(0, t.length() - 1).strip();
        }
        List<String> out = split(t, true);
        return out == null ? split(t, false) : out;
    }

    private static final java.util.Set<String> ABBREVIATED_WORDS = java.util.Set.of(
            "LTD", "INC", "CORP", "LTDA", "BHD", "PVT", "PTE", "CIA", "JR", "SR", "ST", "NO");

    /**
     * True if {@code t} (ending in ".") ends in an abbreviation whose dot belongs to it: a run of one- or two-letter
     * groups each followed by a dot ("S.A.", "DE C.V." ends in "C.V."), or a word such as "LTD." or "Jr.". Scans
     * backwards from the end; remarks can be long and this runs for every record.
     */
    static boolean endsWithAbbreviation(String t) {
        int end = t.length() - 1; // the final dot
        int i = end;
        int groups = 0;
        while (i > 0 && t.charAt(i) == '.') {
            int j = i - 1;
            while (j >= 0 && Character.isLetter(t.charAt(j)) && i - j <= 3) {
                j--;
            }
            int letters = i - 1 - j;
            if (letters < 1 || letters > 2) {
                break;
            }
            groups++;
            i = j;
            if (i < 0 || t.charAt(i) != '.') {
                break;
            }
        }
        if (groups > 0 && (i < 0 || " .,(".indexOf(t.charAt(i)) >= 0)) {
            return true;
        }
        int w = end - 1;
        while (w >= 0 && Character.isLetter(t.charAt(w))) {
            w--;
        }
        boolean boundary = w < 0 || !Character.isLetterOrDigit(t.charAt(w));
        return boundary && ABBREVIATED_WORDS.contains(t.substring(w + 1, end).toUpperCase(java.util.Locale.ROOT));
    }

    /** Returns null when parentheses are unbalanced, so the caller can split ignoring them. */
    private static List<String> split(String t, boolean respectParens) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (respectParens && ch == '(') {
                depth++;
            } else if (respectParens && ch == ')') {
                depth = Math.max(0, depth - 1);
            } else if (ch == ';' && depth == 0) { // OFAC writes "; ", and once ";" ("Palestinian;arrested")
                add(out, t.substring(start, i));
                start = i + 1;
            }
        }
        if (depth > 0) {
            return null;
        }
        add(out, t.substring(start));
        return out;
    }

    private static void add(List<String> out, String clause) {
        String c = clause.strip();
        if (!c.isEmpty()) {
            out.add(c);
        }
    }

    /** Reads clauses one by one. */
    private static final class Collector {
        private final boolean person;
        private final List<FuzzyDate> birthDates = new ArrayList<>();
        private final List<Place> birthPlaces = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private Gender gender = Gender.UNKNOWN;
        private final List<IdentityDocument> documents = new ArrayList<>();
        private final List<Name> names = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final Map<String, List<String>> properties = new LinkedHashMap<>();
        private final List<String> unrecognised = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Collector(boolean person) {
            this.person = person;
        }

        Result result() {
            return new Result(birthDates, birthPlaces, nationalities, countries, gender, documents, names, links,
                    properties, unrecognised, problems);
        }

        void clause(String clause) {
            String body = clause;
            Matcher alt = ALT.matcher(body);
            if (alt.find()) {
                body = body.substring(alt.end());
            }
            if (!(fixed(clause, body) || labelled(clause, body))) {
                unrecognised.add(clause);
            }
        }

        private boolean fixed(String clause, String body) {
            Matcher m = DOB.matcher(body);
            if (m.matches()) {
                Optional<FuzzyDate> d = OfacDates.parse(m.group(1));
                if (d.isEmpty()) {
                    problems.add("unreadable date of birth '" + m.group(1) + "' (kept in the remarks)");
                    return false;
                }
                birthDates.add(d.get());
                return true;
            }
            m = POB.matcher(body);
            if (m.matches()) {
                birthPlaces.add(place(m.group(1)));
                return true;
            }
            m = NATIONALITY.matcher(body);
            if (m.matches()) {
                nationality(m.group(1), m.group(2));
                return true;
            }
            m = GENDER.matcher(body);
            if (m.matches()) {
                Gender g = Gender.parse(m.group(1));
                if (g == Gender.UNKNOWN) {
                    return false;
                }
                if (gender == Gender.UNKNOWN) {
                    gender = g;
                }
                return true;
            }
            m = ALIAS.matcher(body);
            if (m.matches()) {
                return alias(m.group(1), m.group(2));
            }
            m = LINKED_TO.matcher(body);
            if (m.matches()) {
                links.add(new Link(LinkPhrases.classify(m.group(1)), m.group(2), Optional.empty(), clause));
                return true;
            }
            return false;
        }

        private boolean alias(String kind, String value) {
            if (Text.isBlank(value)) {
                return false;
            }
            NameKind k = kind.equals("f") ? NameKind.FORMER_NAME : NameKind.WEAK_ALIAS;
            names.add(OfacNames.name(value, k, person, ""));
            if (kind.equals("n")) {
                property("now-known-as", value);
            }
            return true;
        }

        private Place place(String text) {
            String[] parts = text.split(",\\s*");
            Optional<String> country = Countries.resolve(parts[parts.length - 1]);
            if (country.isEmpty()) {
                return Place.ofText(text, Optional.empty());
            }
            if (parts.length == 1) {
                return new Place("", "", country, text);
            }
            String region = parts.length > 2 ? String.join(", ", List.of(parts).subList(1, parts.length - 1)) : "";
            return new Place(parts[0], region, country, text);
        }

        private void nationality(String word, String text) {
            Optional<String> code = OfacDocuments.country(text);
            if (code.isPresent()) {
                if (!nationalities.contains(code.get())) {
                    nationalities.add(code.get());
                }
            } else {
                String key = word.equals("citizen") ? "citizenship-text" : "nationality-text";
                property(key, text);
                problems.add(word + " '" + text + "' is not a country Vigil knows (kept as property " + key + ")");
            }
        }

        private boolean labelled(String clause, String body) {
            Optional<OfacRemarkLabels.Label> found = OfacRemarkLabels.match(body);
            if (found.isEmpty()) {
                return false;
            }
            OfacRemarkLabels.Label label = found.get();
            String value = body.substring(label.text().length()).strip();
            value = value.replaceFirst("^[:\\-]\\s*", "");
            if (value.isEmpty()) {
                return false;
            }
            switch (label.kind()) {
                case DOCUMENT -> {
                    Optional<IdentityDocument> d = OfacDocuments.read(label, value, problems);
                    if (d.isEmpty()) {
                        return false;
                    }
                    documents.add(d.get());
                }
                case DATE_PROPERTY -> {
                    Optional<FuzzyDate> d = OfacDates.parse(value);
                    if (d.isPresent()) {
                        property(label.key(), d.get().canonical());
                    } else {
                        property(label.key(), value);
                        problems.add("unreadable date in '" + clause + "' (kept as written)");
                    }
                }
                case COUNTRY_PROPERTY -> {
                    property(label.key(), value);
                    Optional<String> code = Countries.resolve(value);
                    if (code.isPresent()) {
                        if (!countries.contains(code.get())) {
                            countries.add(code.get());
                        }
                    } else {
                        problems.add("country '" + value + "' in '" + clause + "' is not a country Vigil knows");
                    }
                }
                case PROPERTY -> property(label.key(), value);
            }
            return true;
        }

        private void property(String key, String value) {
            List<String> vs = properties.computeIfAbsent(key, k -> new ArrayList<>());
            String v = Text.clean(value);
            if (!v.isEmpty() && !vs.contains(v)) {
                vs.add(v);
            }
        }
    }
}
