package org.vigil.lists.model;

import java.util.Locale;

/** What kind of subject a listed record designates (a small FollowTheMoney-like vocabulary). */
public enum Schema {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the labels used by CLI flags and JSON ({@code person}, {@code organization}, also {@code org}, {@code entity}). */
    public static Schema parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "person", "individual", "people" -> PERSON;
            case "organization", "organisation", "org", "entity", "company", "legalentity" -> ORGANIZATION;
            case "vessel", "ship" -> VESSEL;
            case "aircraft", "airplane" -> AIRCRAFT;
            case "unknown", "thing", "" -> UNKNOWN;
            default -> throw new IllegalArgumentException(
                    "unknown type '" + text + "': expected person, organization, vessel, aircraft or unknown");
        };
    }
}
