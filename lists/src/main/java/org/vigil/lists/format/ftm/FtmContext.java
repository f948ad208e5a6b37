package org.vigil.lists.format.ftm;

import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.EntityId;

/** The file being read, the source id the entities get, and where warnings go. */
record FtmContext(String file, String source, Warnings warnings) {

    void warn(long line, String message) {
        warnings.add(file, line, message);
    }

    EntityId id(String ftmId) {
        return new EntityId(source, ftmId);
    }
}
