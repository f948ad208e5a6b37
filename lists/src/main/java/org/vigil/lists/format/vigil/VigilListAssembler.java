package org.vigil.lists.format.vigil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.SourceIds;

/**
 * Collects the records of one Vigil watchlist file: refuses a repeated id, and once every record is read turns
 * {@code linked_to} values into links, refusing ids that no record has (a typo would otherwise lose the link).
 */
final class VigilListAssembler {
    private final String file;
    private final String source;
    private final List<VigilRecordMapper.Mapped> records = new ArrayList<>();
    private final Map<String, Long> lineOfId = new HashMap<>();

    VigilListAssembler(String file, String source) {
        this.file = file;
        this.source = source;
    }

    void add(VigilRecordMapper.Mapped m) throws ListFormatException {
        Long first = lineOfId.putIfAbsent(m.id(), m.line());
        if (first != null) {
            throw new ListFormatException(file, m.line(), "id '" + m.id() + "' is already used on line " + first
                    + "; every record needs its own id");
        }
        records.add(m);
    }

    int size() {
        return records.size();
    }

    List<Entity> finish() throws ListFormatException {
        List<Entity> out = new ArrayList<>(records.size());
        for (VigilRecordMapper.Mapped m : records) {
            for (String ref : m.linkedTo()) {
                m.builder().link(new Link(Link.Type.LINKED_TO, ref, Optional.of(target(m, ref)), "linked_to: " + ref));
            }
            out.add(m.builder().build());
        }
        return out;
    }

    /** A record of this file ({@code C-002}, also {@code internal:C-002}), or of another list ({@code un-sc:QDi.263}). */
    private EntityId target(VigilRecordMapper.Mapped m, String ref) throws ListFormatException {
        String local = ref.startsWith(source + ":") ? ref.substring(source.length() + 1) : ref;
        if (local.equals(m.id())) {
            throw new ListFormatException(file, m.line(), "linked_to '" + ref + "': a record cannot link to itself");
        }
        if (lineOfId.containsKey(local)) {
            return new EntityId(source, local);
        }
        int colon = ref.indexOf(':');
        if (colon > 0 && colon < ref.length() - 1 && local.equals(ref)
                && SourceIds.isValid(ref.substring(0, colon))) {
            return EntityId.parse(ref);
        }
        throw new ListFormatException(file, m.line(), "linked_to '" + ref + "': no record of this file has this id"
                + " (a record of another list is written source:id, e.g. un-sc:QDi.263)");
    }
}
