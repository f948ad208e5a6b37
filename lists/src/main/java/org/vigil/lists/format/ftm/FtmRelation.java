package org.vigil.lists.format.ftm;

import java.util.Optional;
import org.vigil.lists.model.Link;

/**
 * The FtM relationship schemas Vigil turns into {@link Link}s. The link of type {@link #type()} goes from the
 * {@link #subject()} entity to the {@link #object()} entity; the object gets a link back, of the same type when the
 * relation is symmetric (family, associates), otherwise of type {@link Link.Type#RELATED}, so that a hit on either side
 * shows the other.
 */
enum FtmRelation {
    OWNERSHIP("Ownership", "asset", "owner", Link.Type.OWNED_OR_CONTROLLED_BY, false),
    DIRECTORSHIP("Directorship", "director", "organization", Link.Type.LEADER_OF, false),
    MEMBERSHIP("Membership", "member", "organization", Link.Type.MEMBER_OF, false),
    EMPLOYMENT("Employment", "employee", "employer", Link.Type.ASSOCIATED_WITH, false),
    REPRESENTATION("Representation", "agent", "client", Link.Type.ACTING_FOR, false),
    SUCCESSION("Succession", "successor", "predecessor", Link.Type.SUCCESSOR_OF, false),
    FAMILY("Family", "person", "relative", Link.Type.FAMILY_OF, true),
    ASSOCIATE("Associate", "person", "associate", Link.Type.ASSOCIATED_WITH, true),
    UNKNOWN_LINK("UnknownLink", "subject", "object", Link.Type.RELATED, true);

    private final String schema;
    private final String subject;
    private final String object;
    private final Link.Type type;
    private final boolean symmetric;

    FtmRelation(String schema, String subject, String object, Link.Type type, boolean symmetric) {
        this.schema = schema;
        this.subject = subject;
        this.object = object;
        this.type = type;
        this.symmetric = symmetric;
    }

    static Optional<FtmRelation> of(String ftmSchema) {
        for (FtmRelation r : values()) {
            if (r.schema.equals(ftmSchema)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    String schema() {
        return schema;
    }

    /** The FtM property naming the entity the typed link starts from. */
    String subject() {
        return subject;
    }

    /** The FtM property naming the other entity. */
    String object() {
        return object;
    }

    Link.Type type() {
        return type;
    }

    /** The type of the link from the object back to the subject. */
    Link.Type reverseType() {
        return symmetric ? type : Link.Type.RELATED;
    }
}
