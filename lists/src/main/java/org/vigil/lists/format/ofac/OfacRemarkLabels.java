package org.vigil.lists.format.ofac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.model.IdentityDocument.Type;

/**
 * The labelled clauses of OFAC's Remarks that carry an identifier ({@code Passport ...}, {@code Tax ID No. ...}) or
 * a plain value ({@code Website ...}, {@code Secondary sanctions risk: ...}). Collected from the SDN and non-SDN
 * legacy CSV files of 2019 to 2025; matching is by the longest label the clause starts with.
 */
final class OfacRemarkLabels {

    /** What a label introduces. */
    enum Kind {
        /** An identity document or registration number: {@code NUMBER (Country) issued DATE expires DATE}. */
        DOCUMENT,
        /** A text value kept as a property. */
        PROPERTY,
        /** A date kept as a property in ISO form ({@code 2016-12-17}, {@code 1961-06}, {@code 1992}). */
        DATE_PROPERTY,
        /** A country kept as a property and, when it resolves, also among the record's countries. */
        COUNTRY_PROPERTY
    }

    /**
     * @param text the label as OFAC writes it (matched case-insensitively, followed by a space)
     * @param key  the property key (for properties)
     * @param type the document type (for documents)
     */
    record Label(String text, Kind kind, String key, Type type) {
    }

    private static final List<Label> LABELS = build();

    private OfacRemarkLabels() {
    }

    /** The longest label {@code clause} starts with (followed by a space and a value). */
    static Optional<Label> match(String clause) {
        for (Label l : LABELS) {
            int n = l.text().length();
            if (clause.length() > n + 1 && clause.regionMatches(true, 0, l.text(), 0, n)
                    && clause.charAt(n) == ' ') {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The label written exactly as {@code label} (case and a trailing colon ignored): how OFAC's XML names the same
     * feature in its {@code idType} element, so both OFAC formats map it to the same document type or property.
     */
    static Optional<Label> exact(String label) {
        String t = label.strip();
        String bare = t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
        for (Label l : LABELS) {
            String lt = l.text();
            String lbare = lt.endsWith(":") ? lt.substring(0, lt.length() - 1).strip() : lt;
            if (lt.equalsIgnoreCase(t) || lbare.equalsIgnoreCase(bare)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static List<Label> build() {
        List<Label> l = new ArrayList<>();
        docs(l, Type.PASSPORT, "Passport", "Passport Booklet", "Passport Booklet:", "Diplomatic Passport",
                "British National Overseas Passport", "Stateless Person Passport", "Travel Document Number");
        docs(l, Type.NATIONAL_ID, "National ID No.", "National ID No.:", "Cedula No.", "Identification Number",
                "Personal ID Card", "D.N.I.", "C.U.R.P.", "C.U.R.P. #", "SSN", "Kenyan ID No.",
                "Tazkira National ID Card", "Citizen's Card Number", "Turkish Identification Number",
                "Turkish Identificiation Number", "Numero de Identidad", "Bosnian Personal ID No.",
                "Moroccan Personal ID No.", "CNP (Personal Numerical Code)", "UAE Identification", "LE Number",
                "C.U.I.", "National Foreign ID Number", "Refugee ID Card", "Stateless Person ID Card",
                "Credencial electoral", "I.F.E.", "Electoral Registry No.", "Birth Certificate Number");
        docs(l, Type.TAX_ID, "Tax ID No.", "NIT #", "R.F.C.", "R.F.C. #", "RFC", "RUC #", "RIF #", "C.U.I.T.",
                "V.A.T. Number", "US FEIN", "Italian Fiscal Code", "Italian Fiscal Code:", "Fiscal Code",
                "Romanian Tax Registration", "C.I.F.", "RSIN", "RTN",
                "Numero Unico de Identificacao Tributaria (NUIT)", "Paraguayan tax identification number");
        docs(l, Type.COMPANY_REGISTRATION, "Registration Number", "Registration ID", "Government Gazette Number",
                "Folio Mercantil No.", "Commercial Registry Number", "Company Number", "Matricula Mercantil No",
                "Matricula Mercantil No.", "Business Registration Number", "Unified Social Credit Code (USCC)",
                "United Social Credit Code Certificate (USCCC)", "C.R. No.", "Trade License No.",
                "Legal Entity Number", "Business Registration Document #", "Chamber of Commerce Number",
                "UK Company Number", "Public Registration Number", "Enterprise Number", "Registered Charity No.",
                "Certificate of Incorporation Number", "Dubai Chamber of Commerce Membership No.",
                "Branch Unit Number", "Central Registration System Number", "Istanbul Chamber of Comm. No.",
                "Business Number", "Economic Register Number (CBLS)", "Romanian C.R.", "Organization Code",
                "MSB Registration Number", "Tourism License No.", "Afghan Money Service Provider License Number",
                "D-U-N-S Number", "Company ID: No.", "License", "File Number");
        docs(l, Type.DRIVING_LICENCE, "Driver's License No.");
        docs(l, Type.RESIDENCE_PERMIT, "Residency Number", "Romanian Permanent Resident CAN", "N.I.E.");
        docs(l, Type.SWIFT_BIC, "SWIFT/BIC");
        docs(l, Type.VESSEL_IMO, "Vessel Registration Identification", "International Maritime Organization No.");
        docs(l, Type.AIRCRAFT_REGISTRATION, "Aircraft Tail Number", "Previous Aircraft Tail Number");
        docs(l, Type.OTHER, "MMSI", "BIK (RU)", "C.U.I.P.", "Cartilla de Servicio Militar Nacional",
                "Pilot License Number", "VisaNumberID", "Immigration No.", "SRE Permit No.", "Tarjeta Profesional",
                "Seafarer's Identification Document", "Public Security and Immigration No.",
                "Aircraft Manufacturer's Serial Number (MSN)",
                "Aircraft Construction Number (also called L/N or S/N or F/N)", "Aircraft Mode S Transponder Code",
                "Aircraft Serial Identification");
        props(l, Kind.PROPERTY, "website", "Website", "Website:");
        props(l, Kind.PROPERTY, "email", "Email Address", "Email", "Email:");
        props(l, Kind.PROPERTY, "phone", "Phone Number", "Phone", "Phone No.", "Telephone", "Telephone No.",
                "Telephone:", "Telephone Number:");
        props(l, Kind.PROPERTY, "fax", "Fax", "Fax No.", "Fax:");
        props(l, Kind.PROPERTY, "telex", "Telex");
        props(l, Kind.DATE_PROPERTY, "organization-established", "Organization Established Date");
        props(l, Kind.PROPERTY, "organization-type", "Organization Type:");
        props(l, Kind.PROPERTY, "target-type", "Target Type");
        props(l, Kind.PROPERTY, "additional-sanctions-information", "Additional Sanctions Information -");
        props(l, Kind.PROPERTY, "secondary-sanctions-risk", "Secondary sanctions risk:");
        props(l, Kind.PROPERTY, "transactions-prohibited",
                "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:");
        props(l, Kind.PROPERTY, "executive-order", "Executive Order");
        props(l, Kind.PROPERTY, "caatsa-section", "CAATSA Section");
        props(l, Kind.PROPERTY, "ifca-determination", "IFCA Determination -");
        props(l, Kind.PROPERTY, "listing-date", "Listing Date");
        props(l, Kind.PROPERTY, "effective-date", "Effective Date");
        props(l, Kind.PROPERTY, "divestment-date", "Purchase/Sales For Divestment Date");
        props(l, Kind.PROPERTY, "issuer-name", "Issuer Name");
        props(l, Kind.PROPERTY, "equity-ticker", "Equity Ticker");
        props(l, Kind.PROPERTY, "isin", "ISIN", "Identification Number ISIN:");
        props(l, Kind.PROPERTY, "digital-currency-address", "Digital Currency Address -");
        props(l, Kind.PROPERTY, "chinese-commercial-code", "Chinese Commercial Code");
        props(l, Kind.PROPERTY, "aircraft-model", "Aircraft Model");
        props(l, Kind.DATE_PROPERTY, "aircraft-manufacture-date", "Aircraft Manufacture Date");
        props(l, Kind.PROPERTY, "aircraft-operator", "Aircraft Operator");
        props(l, Kind.PROPERTY, "former-vessel-flag", "Former Vessel Flag");
        props(l, Kind.PROPERTY, "other-vessel-flag", "Other Vessel Flag");
        props(l, Kind.PROPERTY, "other-call-sign", "Other Vessel Call Sign");
        props(l, Kind.PROPERTY, "other-vessel-type", "Other Vessel Type");
        props(l, Kind.PROPERTY, "vessel-year-built", "Vessel Year of Build");
        props(l, Kind.COUNTRY_PROPERTY, "registration-country", "Nationality of Registration");
        props(l, Kind.PROPERTY, "title", "Title", "Title:");
        props(l, Kind.PROPERTY, "position", "Position", "Position:");
        props(l, Kind.PROPERTY, "rank", "Rank");
        l.sort(Comparator.comparingInt((Label x) -> x.text().length()).reversed());
        return List.copyOf(l);
    }

    private static void docs(List<Label> out, Type type, String... labels) {
        for (String s : labels) {
            out.add(new Label(s, Kind.DOCUMENT, "", type));
        }
    }

    private static void props(List<Label> out, Kind kind, String key, String... labels) {
        for (String s : labels) {
            out.add(new Label(s, kind, key, Type.OTHER));
        }
    }
}
