package org.vigil.match.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.match.Explanation.AttributeEffect;
import org.vigil.match.Query;

/**
 * Moves a name score by what else the query says, at the precision the list gives.
 *
 * <ul>
 *   <li>type: a person against an organisation, vessel or aircraft (or the reverse): {@value #TYPE_MISMATCH};</li>
 *   <li>date of birth: the same day {@value #DOB_SAME_DAY}; consistent at the list's precision (same year when the
 *       list gives a year, inside a listed range) {@value #DOB_CONSISTENT}; one calendar year off {@value #DOB_NEAR};
 *       further off {@value #DOB_MISMATCH}; penalties halve when the list marks its date approximate;</li>
 *   <li>country: among the record's nationalities, countries, addresses or places of birth {@value #COUNTRY_MATCH};
 *       the record names countries but not this one {@value #COUNTRY_MISMATCH};</li>
 *   <li>gender: both known and different {@value #GENDER_MISMATCH}.</li>
 * </ul>
 * Nothing moves when either side does not know the attribute.
 */
public final class AttributeScorer {

    static final double TYPE_MISMATCH = -0.15;
    static final double DOB_SAME_DAY = 0.05;
    static final double DOB_CONSISTENT = 0.02;
    static final double DOB_NEAR = -0.04;
    static final double DOB_MISMATCH = -0.15;
    static final double COUNTRY_MATCH = 0.02;
    static final double COUNTRY_MISMATCH = -0.05;
    static final double GENDER_MISMATCH = -0.10;

    private AttributeScorer() {
    }

    public static List<AttributeEffect> effects(Query q, Entity e) {
        List<AttributeEffect> out = new ArrayList<>(2);
        type(q, e, out);
        q.birthDate().ifPresent(d -> birthDate(d, e, out));
        q.country().ifPresent(c -> country(c, e, out));
        if (q.gender() != Gender.UNKNOWN && e.gender() != Gender.UNKNOWN && q.gender() != e.gender()) {
            out.add(new AttributeEffect("gender", GENDER_MISMATCH,
                    "query " + q.gender().label() + ", listed " + e.gender().label()));
        }
        return out;
    }

    /** Whether a query of this type may match a record of that type without penalty. */
    public static boolean compatible(Schema query, Schema listed) {
        if (query == Schema.UNKNOWN || listed == Schema.UNKNOWN || query == listed) {
            return true;
        }
        return false;
    }

    private static void type(Query q, Entity e, List<AttributeEffect> out) {
        if (!compatible(q.type(), e.schema())) {
            out.add(new AttributeEffect("type", TYPE_MISMATCH,
                    "query is a " + q.type().label() + ", listed record is a " + e.schema().label()));
        }
    }

    private static void birthDate(FuzzyDate d, Entity e, List<AttributeEffect> out) {
        if (e.birthDates().isEmpty()) {
            return;
        }
        FuzzyDate consistent = null;
        for (FuzzyDate listed : e.birthDates()) {
            if (listed.overlaps(d)) {
                if (listed.precision() == FuzzyDate.Precision.DAY && d.precision() == FuzzyDate.Precision.DAY) {
                    out.add(new AttributeEffect("birthDate", DOB_SAME_DAY, "same date of birth " + d.canonical()));
                    return;
                }
                consistent = listed;
            }
        }
        if (consistent != null) {
            out.add(new AttributeEffect("birthDate", DOB_CONSISTENT,
                    "query " + d.canonical() + " is consistent with listed " + consistent.canonical()));
            return;
        }
        int bestYears = Integer.MAX_VALUE;
        FuzzyDate nearest = e.birthDates().get(0);
        for (FuzzyDate listed : e.birthDates()) {
            int gap = Math.max(0, Math.max(d.earliest().getYear() - listed.latest().getYear(),
                    listed.earliest().getYear() - d.latest().getYear()));
            if (gap < bestYears) {
                bestYears = gap;
                nearest = listed;
            }
        }
        boolean approximate = nearest.approximate();
        double delta = bestYears <= 1 ? DOB_NEAR : DOB_MISMATCH;
        if (approximate) {
            delta /= 2;
        }
        out.add(new AttributeEffect("birthDate", delta, "query " + d.canonical() + ", listed "
                + String.join(", ", e.birthDates().stream().map(FuzzyDate::canonical).toList())));
    }

    private static void country(String c, Entity e, List<AttributeEffect> out) {
        Set<String> countries = countriesOf(e);
        if (countries.isEmpty()) {
            return;
        }
        if (countries.contains(c)) {
            out.add(new AttributeEffect("country", COUNTRY_MATCH, "listed record names " + c));
        } else {
            out.add(new AttributeEffect("country", COUNTRY_MISMATCH,
                    "query " + c + ", listed " + String.join(", ", countries)));
        }
    }

    static Set<String> countriesOf(Entity e) {
        Set<String> s = new LinkedHashSet<>(e.nationalities());
        s.addAll(e.countries());
        for (Address a : e.addresses()) {
            a.country().ifPresent(s::add);
        }
        for (Place p : e.birthPlaces()) {
            p.country().ifPresent(s::add);
        }
        return s;
    }
}
