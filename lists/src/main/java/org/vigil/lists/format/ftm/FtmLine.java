package org.vigil.lists.format.ftm;

import java.util.Objects;
import java.util.Optional;

/**
 * What one line of an FtM file holds: a plain entity ({@code entities.ftm.json}), or a delta-feed change
 * ({@code {"op": "ADD"|"MOD"|"DEL", "entity": {...}}}, {@code entities.delta.json}).
 *
 * @param op empty for a plain entity line
 */
record FtmLine(Optional<FtmOp> op, FtmEntity entity) {

    FtmLine {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(entity, "entity");
    }
}
