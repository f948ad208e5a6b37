package org.vigil.lists.format.ftm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Text;

/**
 * Turns an FtM relationship entity ({@link FtmRelation}) into links between the targets it connects. The reference of
 * each link is the other entity's FtM id and its target that entity's Vigil id (even when the other entity is not in
 * this file: in a delta file it usually is in the base list); the evidence names the relation, both sides and the
 * relation's role, relationship, percentage and dates.
 */
final class FtmLinks {
    private FtmLinks() {
    }

    /**
     * Adds the links of one relation entity to the targets it names.
     *
     * @return the number of links added (0 when neither side is a target in this file)
     */
    static int apply(FtmRelation kind, FtmEntity relation, Map<String, FtmTarget> targets, FtmContext ctx) {
        int added = 0;
        for (String s : ids(relation, kind.subject())) {
            for (String o : ids(relation, kind.object())) {
                if (s.equals(o)) {
                    continue;
                }
                String evidence = evidence(kind, relation, s, o, targets);
                FtmTarget subject = targets.get(s);
                if (subject != null) {
                    subject.builder().link(new Link(kind.type(), o, Optional.of(ctx.id(o)), evidence));
                    added++;
                }
                FtmTarget object = targets.get(o);
                if (object != null) {
                    object.builder().link(new Link(kind.reverseType(), s, Optional.of(ctx.id(s)), evidence));
                    added++;
                }
            }
        }
        return added;
    }

    private static List<String> ids(FtmEntity relation, String property) {
        List<String> out = new ArrayList<>();
        for (String v : relation.values(property)) {
            String c = v.strip();
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** E.g. {@code Ownership NK-1: owner NK-b "Ivan PETROV", asset NK-a "OOO Romashka" (percentage: 51)}. */
    private static String evidence(FtmRelation kind, FtmEntity relation, String subject, String object,
                                   Map<String, FtmTarget> targets) {
        StringBuilder b = new StringBuilder(kind.schema()).append(' ').append(relation.id()).append(": ")
                .append(kind.object()).append(' ').append(label(object, targets)).append(", ")
                .append(kind.subject()).append(' ').append(label(subject, targets));
        List<String> details = new ArrayList<>();
        for (String p : List.of("role", "relationship", "percentage", "startDate", "endDate", "summary")) {
            relation.values(p).stream().map(Text::clean).filter(v -> !v.isEmpty())
                    .forEach(v -> details.add(FtmValues.key(p) + ": " + v));
        }
        if (!details.isEmpty()) {
            b.append(" (").append(String.join("; ", details)).append(')');
        }
        return b.toString();
    }

    private static String label(String id, Map<String, FtmTarget> targets) {
        FtmTarget t = targets.get(id);
        return t == null ? id : id + " \"" + t.caption() + "\"";
    }
}
