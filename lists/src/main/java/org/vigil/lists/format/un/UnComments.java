package org.vigil.lists.format.un;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.lists.format.LinkPhrases;
import org.vigil.lists.format.UnReferences;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Text;

/**
 * COMMENTS1: kept as a remark, and every reference number it names ("the leader of Lashkar-e-Tayyiba (QDe.118)",
 * also the older QE.L.118.05 style) becomes a link to that record, typed by the words before it
 * ({@link LinkPhrases}), with the sentence as evidence. A record's mention of its own number is not a link, and each
 * other record is linked once (at its first mention).
 *
 * <p>Before classifying, parentheticals without a reference number are dropped from the words before the reference:
 * "the founder and leader of the Lord's Resistance Army (LRA) (CFe.002)" reads "leader of", not "(LRA)". In an
 * enumeration ("associated with A (QDi.282), and B (QDi.283)") a reference with no phrase of its own takes the
 * relation of the one before it.
 */
final class UnComments {
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)");
    /** What may stand between two references of one enumeration: "), ", "), and ", "); ", ") or ". */
    private static final Pattern CONTINUES =
            Pattern.compile("\\)?\\s*(?:,|;|and\\b|or\\b)", Pattern.CASE_INSENSITIVE);

    private UnComments() {
    }

    static void read(XmlElement comments, UnRecord rec) {
        String text = Text.clean(comments.text());
        if (text.isEmpty()) {
            return;
        }
        rec.entity().remark(text);
        String self = UnReferences.normalize(rec.reference()).orElse(rec.reference());
        Set<String> linked = new HashSet<>();
        UnReferences.Match previous = null;
        Link.Type previousType = Link.Type.RELATED;
        for (UnReferences.Match m : UnReferences.matches(text)) {
            Link.Type type = LinkPhrases.classify(withoutPlainParentheticals(text.substring(0, m.start())));
            if (type == Link.Type.RELATED && previous != null
                    && continuesEnumeration(text, previous.end(), m.start())) {
                type = previousType;
            }
            previous = m;
            previousType = type;
            String ref = m.reference();
            if (ref.equals(self) || !linked.add(ref)) {
                continue;
            }
            rec.entity().link(new Link(type, ref, Optional.of(new EntityId(rec.source(), ref)),
                    sentence(text, m.start(), m.end())));
        }
    }

    /** The text with every parenthetical that holds no reference number removed. */
    static String withoutPlainParentheticals(String text) {
        Matcher p = PARENTHETICAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            String kept = UnReferences.matches(p.group()).isEmpty() ? " " : p.group();
            p.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        p.appendTail(out);
        return out.toString();
    }

    /** True if the text between two references, in one sentence, only joins them ("), and Anwar Al-Aulaqi ("). */
    private static boolean continuesEnumeration(String text, int previousEnd, int start) {
        for (int i = previousEnd; i < start; i++) {
            if (endsSentence(text, i)) {
                return false;
            }
        }
        return CONTINUES.matcher(withoutPlainParentheticals(text.substring(previousEnd, start))).lookingAt();
    }

    /** The sentence around {@code [start, end)}: from after the previous sentence end to the next one. */
    static String sentence(String text, int start, int end) {
        int from = 0;
        for (int i = start - 1; i > 0; i--) {
            if (endsSentence(text, i)) {
                from = i + 1;
                break;
            }
        }
        int to = text.length();
        for (int i = end; i < text.length(); i++) {
            if (endsSentence(text, i)) {
                to = i + 1;
                break;
            }
        }
        return text.substring(from, to).strip();
    }

    /** A '.' or ';' followed by a capital letter, directly or after one space ("(QDe.118).In custody"). */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != ';') {
            return false;
        }
        int next = i + 1;
        if (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() && Character.isUpperCase(text.charAt(next));
    }
}
