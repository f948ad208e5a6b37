package org.vigil.lists.format.ftm;

import java.util.List;
import java.util.Optional;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;

/**
 * The changes one OpenSanctions delta file ({@code entities.delta.json}) makes to the previous version of a dataset.
 *
 * @param changes  every line, in file order
 * @param warnings problems that did not stop the read, each naming file and line
 */
public record FtmDelta(String source, List<FtmChange> changes, List<String> warnings) {

    public FtmDelta {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** The new or changed target entities (ADD and MOD lines), in file order. */
    public List<Entity> entities() {
        return changes.stream().filter(c -> c.op() != FtmOp.DEL).map(FtmChange::entity)
                .flatMap(Optional::stream).toList();
    }

    /** The ids of removed entities (DEL lines), in file order. */
    public List<EntityId> removals() {
        return changes.stream().filter(c -> c.op() == FtmOp.DEL).map(FtmChange::id).toList();
    }

    /** How many lines have this op. */
    public long count(FtmOp op) {
        return changes.stream().filter(c -> c.op() == op).count();
    }
}
