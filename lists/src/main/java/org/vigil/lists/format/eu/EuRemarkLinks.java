package org.vigil.lists.format.eu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.format.LinkPhrases;
import org.vigil.lists.format.UnReferences;
import org.vigil.lists.model.Link;

/**
 * Links read from an EU remark that cites another listing by its UN reference number, e.g. "Muhammad Saeed is the
 * leader of Lashkar-e-Tayyiba (QDe.118)." The EU list carries the UN numbers of the listings it transposes
 * ({@code unitedNationId}), so the target is resolved within the file once all records are read.
 */
final class EuRemarkLinks {
    private EuRemarkLinks() {
    }

    /** The links in {@code remark}, unresolved, leaving out references to the record itself ({@code ownUnRef}). */
    static List<Link> find(String remark, String ownUnRef) {
        List<Link> links = new ArrayList<>();
        for (UnReferences.Match m : UnReferences.matches(remark)) {
            if (m.reference().equals(ownUnRef)) {
                continue;
            }
            Link.Type type = LinkPhrases.classify(remark.substring(0, m.start()));
            links.add(new Link(type, m.reference(), Optional.empty(), sentence(remark, m.start(), m.end())));
        }
        return links;
    }

    /** The sentence of {@code text} around {@code [start, end)}. */
    static String sentence(String text, int start, int end) {
        int from = text.lastIndexOf(". ", start);
        from = from < 0 ? 0 : from + 2;
        int to = text.indexOf(". ", end);
        to = to < 0 ? text.length() : to + 1;
        return text.substring(from, to).strip();
    }
}
