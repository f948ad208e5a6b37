package org.vigil.lists.format.ftm;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.lists.model.Schema;

/** What Vigil does with each FtM schema. */
final class FtmSchemas {

    /** The role an FtM entity plays when Vigil reads it. */
    enum Role {
        /** A listed subject: becomes an {@link org.vigil.lists.model.Entity}. */
        TARGET,
        /** An Address, merged into the entities whose {@code addressEntity} names it. */
        ADDRESS,
        /** An Identification or Passport, merged into its {@code holder}'s documents. */
        IDENTIFICATION,
        /** A Sanction: programmes and listing dates of its {@code entity}. */
        SANCTION,
        /** A relationship ({@link FtmRelation}): links between entities. */
        RELATION,
        /** A schema of the FtM model that has no place in a screening list (Position, Occupancy, BankAccount...). */
        NOT_READ,
        /** Not an FtM schema Vigil knows. */
        UNKNOWN
    }

    private static final Map<String, Schema> TARGETS = Map.of(
            "Person", Schema.PERSON,
            "Organization", Schema.ORGANIZATION,
            "Company", Schema.ORGANIZATION,
            "LegalEntity", Schema.ORGANIZATION,
            "PublicBody", Schema.ORGANIZATION,
            "Vessel", Schema.VESSEL,
            "Airplane", Schema.AIRCRAFT);

    private static final Set<String> NOT_READ = Set.of(
            "Thing", "Vehicle", "Position", "Occupancy", "Similar", "Mention", "Documentation", "Note", "Article",
            "Event", "BankAccount", "CryptoWallet", "Security", "Debt", "Payment", "Asset", "RealEstate", "Trip",
            "Call", "Email", "UserAccount", "Message", "Project", "ProjectParticipant", "Contract", "ContractAward",
            "CourtCase", "CourtCaseParty", "License", "Page", "Pages", "Document", "Folder", "PlainText",
            "HyperText", "Image", "Video", "Audio", "Table", "Workbook", "Package", "EconomicActivity",
            "Interest", "Interval", "Value", "Analyzable", "TaxRoll", "Post");

    private FtmSchemas() {
    }

    static Role role(String ftmSchema) {
        if (TARGETS.containsKey(ftmSchema)) {
            return Role.TARGET;
        }
        if (FtmRelation.of(ftmSchema).isPresent()) {
            return Role.RELATION;
        }
        return switch (ftmSchema) {
            case "Address" -> Role.ADDRESS;
            case "Identification", "Passport" -> Role.IDENTIFICATION;
            case "Sanction" -> Role.SANCTION;
            default -> NOT_READ.contains(ftmSchema) ? Role.NOT_READ : Role.UNKNOWN;
        };
    }

    /** The Vigil schema of a target FtM schema. */
    static Optional<Schema> target(String ftmSchema) {
        return Optional.ofNullable(TARGETS.get(ftmSchema));
    }
}
