package org.vigil.lists.format.ftm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.json.JsonLine;
import org.vigil.lists.format.json.JsonLinesFile;
import org.vigil.lists.model.Entity;

/**
 * Reads one file of the OpenSanctions delta feed ({@code <version>/entities.delta.json}): JSON lines
 * {@code {"op": "ADD"|"MOD"|"DEL", "entity": {...}}}. ADD and MOD lines carry the entity's complete new state and are
 * mapped exactly as {@link FtmJsonParser} maps a full export (addresses, sanctions and relations in the same delta file
 * are joined in); DEL lines carry only the id and are reported as removals. An empty file is a version without changes.
 * Which versions exist, and their order, is in the feed's index ({@link FtmDeltaIndex}).
 *
 * <p>The only delta files at hand are yente's test fixtures (shared data {@code opensanctions_ftm/yente_t2_deltas},
 * copied to the test fixtures {@code ftm/deltas}): real format, partly fake data (an entity "NK-500Poltergeist", a MOD
 * renaming AL-QAIDA IN IRAQ to "Foobar Foobargroup"). They test the format and op handling only.
 */
public final class FtmDeltaReader {
    private final int maxLineBytes;

    public FtmDeltaReader() {
        this(JsonLinesFile.DEFAULT_MAX_LINE_BYTES);
    }

    FtmDeltaReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    public FtmDelta read(ListInput input, String source) throws IOException, ListFormatException {
        Path path = input.single("an FtM delta file");
        String file = path.toString();
        Warnings warnings = new Warnings();
        if (Files.isRegularFile(path) && Files.size(path) == 0) {
            return new FtmDelta(source, List.of(), List.of());
        }
        FtmContext ctx = new FtmContext(file, source, warnings);
        FtmAssembler assembler = new FtmAssembler(ctx, FtmAddresses.DEFAULT_CAPACITY);
        List<Pending> pending = new ArrayList<>();
        try (JsonLinesFile in = JsonLinesFile.open(input.open(path), file, maxLineBytes)) {
            Optional<JsonLine> next;
            while ((next = in.next()).isPresent()) {
                JsonLine line = next.get();
                FtmLine l = FtmEntityReader.read(line);
                if (l.op().isEmpty()) {
                    throw new ListFormatException(file, line.number(), "not a delta line (no \"op\"): this looks like"
                            + " a full FtM entities file; read it as format ftm");
                }
                FtmOp op = l.op().get();
                FtmEntity e = l.entity();
                if (op != FtmOp.DEL) {
                    if (e.schema().isEmpty()) {
                        throw new ListFormatException(file, line.number(), op + " of entity " + e.id()
                                + " has no \"schema\"");
                    }
                    assembler.add(e);
                }
                pending.add(new Pending(op, e));
            }
        }
        Map<String, Entity> built = assembler.finish();
        List<FtmChange> changes = new ArrayList<>();
        for (Pending p : pending) {
            Optional<Entity> entity = p.op() == FtmOp.DEL ? Optional.empty()
                    : Optional.ofNullable(built.get(p.entity().id()));
            changes.add(new FtmChange(p.op(), ctx.id(p.entity().id()), p.entity().schema(), p.entity().line(),
                    entity));
        }
        return new FtmDelta(source, changes, warnings.list());
    }

    private record Pending(FtmOp op, FtmEntity entity) {
    }
}
