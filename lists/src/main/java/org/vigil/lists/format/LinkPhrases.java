package org.vigil.lists.format;

import java.util.Locale;
import org.vigil.lists.model.Link;

/**
 * Reads the kind of a relation from the words the source puts before a reference, e.g. "is the leader of
 * Lashkar-e-Tayyiba (QDe.118)" is {@link Link.Type#LEADER_OF}; "Linked To: LASHKAR E-TAYYIBA" is
 * {@link Link.Type#LINKED_TO}. Only the clause just before the reference is read.
 */
public final class LinkPhrases {
    private LinkPhrases() {
    }

    public static Link.Type classify(String textBeforeReference) {
        String t = clause(textBeforeReference).toLowerCase(Locale.ROOT);
        if (t.contains("linked to")) {
            return Link.Type.LINKED_TO;
        }
        if (t.contains("alias of") || t.contains("also known as") || t.contains("another name for")
                || t.contains("renamed") || t.contains("new name of")) {
            return Link.Type.ALIAS_OF;
        }
        if (t.contains("front for") || t.contains("front of") || t.contains("front organization")
                || t.contains("front organisation") || t.contains("operates on behalf")) {
            return Link.Type.FRONT_FOR;
        }
        if (t.contains("successor") || t.contains("splinter") || t.contains("breakaway")) {
            return Link.Type.SUCCESSOR_OF;
        }
        if (t.contains("leader") || t.contains("head of") || t.contains("chief") || t.contains("founder")
                || t.contains("emir") || t.contains("amir") || t.contains("commander") || t.contains("director")
                || t.contains("chairman") || t.contains("president of")) {
            return Link.Type.LEADER_OF;
        }
        if (t.contains("owned or controlled") || t.contains("owned by") || t.contains("controlled by")
                || t.contains("subsidiary")) {
            return Link.Type.OWNED_OR_CONTROLLED_BY;
        }
        if (t.contains("acting for") || t.contains("on behalf of") || t.contains("acts for")) {
            return Link.Type.ACTING_FOR;
        }
        if (t.contains("son of") || t.contains("daughter of") || t.contains("brother") || t.contains("sister")
                || t.contains("father") || t.contains("mother") || t.contains("wife") || t.contains("husband")
                || t.contains("cousin") || t.contains("nephew") || t.contains("uncle") || t.contains("son-in-law")) {
            return Link.Type.FAMILY_OF;
        }
        if (t.contains("member") || t.contains("belongs to") || t.contains("operative")
                || t.contains("fighter") || t.contains("affiliate")) {
            return Link.Type.MEMBER_OF;
        }
        if (t.contains("associated with") || t.contains("associate of") || t.contains("linked with")
                || t.contains("connected") || t.contains("associated")) {
            return Link.Type.ASSOCIATED_WITH;
        }
        return Link.Type.RELATED;
    }

    /** The words after the last sentence break or reference in {@code text}. */
    private static String clause(String text) {
        int cut = Math.max(text.lastIndexOf(". "), text.lastIndexOf("; "));
        cut = Math.max(cut, text.lastIndexOf(')'));
        String c = cut >= 0 ? text.substring(cut + 1) : text;
        return c.length() > 120 ? c.substring(c.length() - 120) : c;
    }
}
