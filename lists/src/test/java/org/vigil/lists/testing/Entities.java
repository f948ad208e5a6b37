package org.vigil.lists.testing;

import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;

/** Small hand-built records for unit tests of the version, delta and identity logic. */
public final class Entities {
    private Entities() {
    }

    public static Entity.Builder person(String id, String name) {
        return Entity.builder(EntityId.parse(id), Schema.PERSON).name(name, NameKind.PRIMARY);
    }

    public static Entity.Builder org(String id, String name) {
        return Entity.builder(EntityId.parse(id), Schema.ORGANIZATION).name(name, NameKind.PRIMARY);
    }
}
