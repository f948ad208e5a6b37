package org.vigil.lists.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN Security Council permanent reference numbers, e.g. {@code QDi.263} (individual) or {@code QDe.118} (entity),
 * and the pre-2014 style the UK list still quotes ({@code QI.S.263.08}, {@code QE.L.118.05}, {@code TI.M.12.01}),
 * which maps to today's numbers ({@code QI -> QDi}, {@code QE -> QDe}, {@code TI -> TAi}, {@code TE -> TAe}).
 */
public final class UnReferences {
    private static final Pattern CURRENT = Pattern.compile("\\b([A-Z]{2}[ie])\\.\\s?(\\d{1,3})\\b");
    /** Old style, also without the name-initial letter the UK sometimes leaves out ("QI.317.13"). */
    private static final Pattern LEGACY = Pattern.compile("\\b([QT])([IE])\\.(?:[A-Z]\\.)?(\\d{1,3})\\.\\d{2}\\b");

    private UnReferences() {
    }

    /** Every reference number in {@code text}, in today's form, in order of first appearance. */
    public static List<String> findAll(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Match m : matches(text)) {
            out.add(m.reference());
        }
        return new ArrayList<>(out);
    }

    /** Every reference number with the character range it came from. */
    public static List<Match> matches(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = CURRENT.matcher(text);
        while (m.find()) {
            out.add(new Match(canonical(m.group(1), m.group(2)), m.start(), m.end()));
        }
        Matcher l = LEGACY.matcher(text);
        while (l.find()) {
            String prefix = (l.group(1).equals("Q") ? "QD" : "TA") + l.group(2).toLowerCase(Locale.ROOT);
            out.add(new Match(canonical(prefix, l.group(3)), l.start(), l.end()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Normalises a single reference ("QDi.63" or "QI.S.263.08") to today's form, if it is one. */
    public static Optional<String> normalize(String reference) {
        List<Match> all = matches(reference.strip());
        return all.size() == 1 ? Optional.of(all.get(0).reference()) : Optional.empty();
    }

    private static String canonical(String prefix, String number) {
        return prefix + "." + "0".repeat(Math.max(0, 3 - number.length())) + number;
    }

    /** A reference number found in text, with its position. */
    public record Match(String reference, int start, int end) {
    }
}
