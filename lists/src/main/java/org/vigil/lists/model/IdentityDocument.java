package org.vigil.lists.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity document or registration number of a listed subject.
 *
 * @param type     normalised type
 * @param typeText the type as the source wrote it (e.g. "National Identification Number", "Passport Booklet")
 * @param number   the number as written
 * @param country  issuing country (ISO 3166-1 alpha-2), when known
 * @param note     anything else the source says (issue/expiry dates in text, "expired", ...)
 */
public record IdentityDocument(Type type, String typeText, String number, Optional<String> country,
                               Optional<LocalDate> issued, Optional<LocalDate> expires, String note) {

    public enum Type {
        PASSPORT, NATIONAL_ID, TAX_ID, DRIVING_LICENCE, RESIDENCE_PERMIT, COMPANY_REGISTRATION, VESSEL_IMO,
        AIRCRAFT_REGISTRATION, SWIFT_BIC, OTHER;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public IdentityDocument {
        Objects.requireNonNull(type, "type");
        typeText = Text.clean(typeText);
        number = Text.clean(number);
        if (number.isEmpty()) {
            throw new IllegalArgumentException("identity document without a number");
        }
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(expires, "expires");
        note = Text.clean(note);
    }

    public IdentityDocument(Type type, String typeText, String number, Optional<String> country) {
        this(type, typeText, number, country, Optional.empty(), Optional.empty(), "");
    }

    /** The number with spaces, dashes, dots and slashes removed and letters upper-cased: how numbers are compared. */
    public String normalizedNumber() {
        return normalizeNumber(number);
    }

    public static String normalizeNumber(String number) {
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    /** Guesses the type from the source's wording ("Passport Booklet", "National ID No.", "Tax ID No.", ...). */
    public static Type classify(String typeText) {
        String t = typeText.toLowerCase(Locale.ROOT);
        if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte")) {
            return Type.PASSPORT;
        }
        if (t.contains("national id") || t.contains("national identification") || t.contains("identity card")
                || t.contains("identification number") || t.contains("id card") || t.contains("cedula")
                || t.contains("national identity") || t.contains("personal id") || t.contains("civil registry")
                || t.contains("ni number") || t.equals("id") || t.contains("identity number")) {
            return Type.NATIONAL_ID;
        }
        if (t.contains("tax") || t.contains("inn") || t.contains("nit") || t.contains("rfc") || t.contains("ruc")) {
            return Type.TAX_ID;
        }
        if (t.contains("driv")) {
            return Type.DRIVING_LICENCE;
        }
        if (t.contains("residen")) {
            return Type.RESIDENCE_PERMIT;
        }
        if (t.contains("registration") || t.contains("company number") || t.contains("business number")
                || t.contains("registered")) {
            return Type.COMPANY_REGISTRATION;
        }
        if (t.contains("imo") || t.contains("vessel registration")) {
            return Type.VESSEL_IMO;
        }
        if (t.contains("aircraft") || t.contains("tail number")) {
            return Type.AIRCRAFT_REGISTRATION;
        }
        if (t.contains("swift") || t.contains("bic")) {
            return Type.SWIFT_BIC;
        }
        return Type.OTHER;
    }
}
