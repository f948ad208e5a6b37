package org.vigil.lists.format.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.format.LinkPhrases;
import org.vigil.lists.format.UnReferences;
import org.vigil.lists.model.Link;

/**
 * Reads the "Other Information" remark of the UK list: its own UN reference ("UN Ref QI.S.263.08", "UN REF:QDI.394",
 * "Un Ref: QDi.392"), normalised to today's form (QDi.263) so that the record can be matched with the UN list, and the
 * other UN references the text names ("listed as Al-Qaida in Iraq (QE.J.115.04)"), as links.
 *
 * <p>The links carry the UN reference and no target: the UK list identifies its records by Group ID, so the
 * reference is resolved to a record after parsing (through the {@code un-reference} property).
 */
final class UkOtherInformation {
    /** "UN Ref" and the token after it; the token may be old style (QE.L.118.05), current (QDe.118) or other. */
    private static final Pattern OWN_REFERENCE = Pattern.compile(
            "(?i)\\bUN\\s*Ref(?:erence)?(?:\\s*No\\.?)?\\s*[:.]?\\s*([A-Z]{1,3}\\.[A-Z0-9.]*[A-Z0-9])");
    /** A current-style reference written with an upper-case final letter: "QDI.394". */
    private static final Pattern UPPER_CURRENT = Pattern.compile("([A-Z]{2})([IE])(\\.\\d{1,3})");

    private UkOtherInformation() {
    }

    /**
     * @param unReference     the record's own UN reference in today's form
     * @param unReferenceText the token after "UN Ref" when it is no UN reference Vigil can normalise ("E.29.I.11")
     * @param links           the other UN references in the text
     */
    record Read(Optional<String> unReference, Optional<String> unReferenceText, List<Link> links) {
    }

    static Read read(String text) {
        Optional<String> own = Optional.empty();
        Optional<String> ownText = Optional.empty();
        int ownStart = -1;
        int ownEnd = -1;
        Matcher m = OWN_REFERENCE.matcher(text);
        if (m.find()) {
            String token = m.group(1);
            Matcher upper = UPPER_CURRENT.matcher(token);
            String fixed = upper.matches()
                    ? upper.group(1) + upper.group(2).toLowerCase(Locale.ROOT) + upper.group(3) : token;
            own = UnReferences.normalize(fixed);
            if (own.isEmpty()) {
                ownText = Optional.of(token);
            }
            ownStart = m.start(1);
            ownEnd = m.end(1);
        }
        List<Link> links = new ArrayList<>();
        for (UnReferences.Match ref : UnReferences.matches(text)) {
            boolean isOwn = (ref.start() >= ownStart && ref.start() < ownEnd)
                    || own.map(o -> o.equals(ref.reference())).orElse(false);
            if (isOwn) {
                continue;
            }
            int sentenceStart = sentenceStart(text, ref.start());
            String before = text.substring(sentenceStart, ref.start());
            Link link = new Link(LinkPhrases.classify(before), ref.reference(), Optional.empty(),
                    text.substring(sentenceStart, sentenceEnd(text, ref.end())));
            if (links.stream().noneMatch(l -> l.reference().equals(link.reference()))) {
                links.add(link);
            }
        }
        return new Read(own, ownText, links);
    }

    private static int sentenceStart(String text, int from) {
        int i = text.lastIndexOf(". ", from);
        return i < 0 ? 0 : i + 2;
    }

    private static int sentenceEnd(String text, int from) {
        int i = text.indexOf(". ", from);
        return i < 0 ? text.length() : i + 1;
    }
}
