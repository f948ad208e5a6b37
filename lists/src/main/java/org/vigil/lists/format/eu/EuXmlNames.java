package org.vigil.lists.format.eu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Schema;
import org.vigil.lists.model.Scripts;

/**
 * The {@code nameAlias} elements of one record. {@code strong="false"} (or a remark saying "low quality") makes a
 * weak alias; a name in a non-Latin script is {@link NameKind#ORIGINAL_SCRIPT}; the first strong Latin-script name is
 * the primary name (the EU lists the name of the regulation's language first), further strong names are strong
 * aliases. Each alias may also carry the person's function, title and gender, which are mapped too.
 */
final class EuXmlNames {
    private final String file;
    private final Warnings warnings;

    EuXmlNames(String file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Adds the names (and function, title, gender) to {@code b}; returns the number of names added. */
    int apply(Entity.Builder b, EuXmlRecord rec, Schema schema) {
        List<Candidate> candidates = new ArrayList<>();
        for (EuXmlRecord.Part a : rec.nameAliases()) {
            Candidate c = candidate(a, rec, b, schema);
            if (c != null) {
                candidates.add(c);
            }
        }
        int primary = primaryIndex(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            NameKind kind;
            if (i == primary) {
                kind = NameKind.PRIMARY;
            } else if (!c.latin()) {
                kind = NameKind.ORIGINAL_SCRIPT;
            } else if (!c.strong()) {
                kind = NameKind.WEAK_ALIAS;
            } else {
                kind = NameKind.STRONG_ALIAS;
            }
            b.name(new Name(c.value(), kind, c.parts()));
        }
        return candidates.size();
    }

    /** The first strong Latin name; failing that the first strong name; failing that the first name. */
    private static int primaryIndex(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).strong() && candidates.get(i).latin()) {
                return i;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).strong()) {
                return i;
            }
        }
        return 0;
    }

    private Candidate candidate(EuXmlRecord.Part a, EuXmlRecord rec, Entity.Builder b, Schema schema) {
        String first = a.attr("firstName");
        String middle = a.attr("middleName");
        String last = a.attr("lastName");
        String whole = a.attr("wholeName");
        if (whole.isEmpty()) {
            whole = Stream.of(first, middle, last).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        }
        details(a, rec, b, schema);
        if (whole.isEmpty()) {
            warnings.add(file, a.line(), "logicalId " + rec.attr("logicalId") + ": a <nameAlias> without a name;"
                    + " ignored");
            return null;
        }
        boolean strong = !a.attr("strong").equalsIgnoreCase("false");
        for (String remark : a.remarks()) {
            String lower = remark.toLowerCase(Locale.ROOT);
            if (lower.contains("low quality") || lower.contains("lo quality")) {
                strong = false;
            } else if (!lower.contains("quality")) {
                b.remark(remark);
            }
        }
        List<NamePart> parts = new ArrayList<>();
        addPart(parts, NamePart.Type.GIVEN, first);
        addPart(parts, NamePart.Type.MIDDLE, middle);
        addPart(parts, NamePart.Type.FAMILY, last);
        String script = Scripts.detect(whole);
        boolean latin = script.equals("Latin") || script.equals("Common");
        return new Candidate(whole, parts, strong, latin);
    }

    /** Function, title and gender, which the EU repeats on the name aliases. */
    private void details(EuXmlRecord.Part a, EuXmlRecord rec, Entity.Builder b, Schema schema) {
        String function = a.attr("function");
        if (schema == Schema.PERSON) {
            b.property("position", function);
        } else {
            b.remark(function);
        }
        b.property("title", a.attr("title"));
        String g = a.attr("gender");
        if (!g.isEmpty()) {
            Gender gender = Gender.parse(g);
            if (gender == Gender.UNKNOWN) {
                warnings.add(file, a.line(), "logicalId " + rec.attr("logicalId") + ": gender '" + g
                        + "' not recognised; kept as text (property gender-text)");
                b.property("gender-text", g);
            } else {
                b.gender(gender);
            }
        }
    }

    private static void addPart(List<NamePart> parts, NamePart.Type type, String value) {
        if (!value.isEmpty()) {
            parts.add(new NamePart(type, value));
        }
    }

    private record Candidate(String value, List<NamePart> parts, boolean strong, boolean latin) {
    }
}
