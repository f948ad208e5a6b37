package org.vigil.lists.format.ftm;

import java.util.Objects;
import java.util.Optional;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;

/**
 * One line of an OpenSanctions delta file.
 *
 * @param op        what happened
 * @param id        the Vigil id of the FtM entity ({@code source:}FtM id)
 * @param ftmSchema the FtM schema; "" for a removal, whose line carries only the id
 * @param line      the line in the delta file
 * @param entity    for ADD and MOD of a target schema (Person, Organization, ...): the entity's new state; empty for
 *                  removals and for changed Address, Sanction, Identification and relationship entities, which are
 *                  parts of other entities (those in the same delta file are completed with them; others must be
 *                  re-read from a full export)
 */
public record FtmChange(FtmOp op, EntityId id, String ftmSchema, long line, Optional<Entity> entity) {

    public FtmChange {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ftmSchema, "ftmSchema");
        Objects.requireNonNull(entity, "entity");
    }
}
