package org.vigil.lists.identity;

import java.util.Locale;
import org.vigil.lists.model.EntityId;

/** Why two records of different lists are taken to designate the same subject. */
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
}
