package org.vigil.lists.identity;

import java.util.Locale;
import java.util.Objects;
import org.vigil.lists.model.EntityId;

/**
 * Why two records of different lists are taken to designate the same subject. The pair is kept in id order
 * ({@code a < b}), so the same evidence reads the same whichever record it was found from.
 */
public record Evidence(Kind kind, EntityId a, EntityId b, String detail) {

    public enum Kind {
        /** One list quotes the other's UN reference number (UK "UN Ref QI.S.263.08", EU unitedNationId). */
        UN_REFERENCE,
        /** A dataset names the other record as the same subject (OpenSanctions referents). */
        REFERENT,
        /** The same passport or national identity number, issued by the same country where both say. */
        DOCUMENT,
        /** The same full name and the same exact date of birth (persons). */
        NAME_AND_BIRTH_DATE,
        /** Three or more identical names, one of them a primary name (organisations, vessels, aircraft). */
        SHARED_NAMES;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("evidence needs two different records: " + a);
        }
        if (a.compareTo(b) > 0) {
            EntityId t = a;
            a = b;
            b = t;
        }
        detail = detail == null ? "" : detail;
    }

    public boolean involves(EntityId id) {
        return a.equals(id) || b.equals(id);
    }

    /** The other record of the pair. */
    public EntityId other(EntityId id) {
        return a.equals(id) ? b : a;
    }
}
