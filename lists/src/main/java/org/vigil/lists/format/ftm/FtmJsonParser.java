package org.vigil.lists.format.ftm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.json.JsonLine;
import org.vigil.lists.format.json.JsonLinesFile;

/**
 * Reads OpenSanctions FollowTheMoney entities as JSON lines (format id {@code ftm}; an {@code entities.ftm.json}
 * export: one flat FtM entity per line), streaming with Jackson.
 *
 * <p>Person, Organization, Company, LegalEntity, PublicBody, Vessel and Airplane entities become
 * {@link org.vigil.lists.model.Entity entities} with id {@code source:}FtM id ({@link FtmTargetMapper} says where each
 * property goes, {@link FtmNames} how names are read). Address entities are merged into the entities naming them in
 * {@code addressEntity}, whether they come before or after; Identification/Passport entities into their holders'
 * documents; Sanction entities into their {@code entity}'s programmes and listing date; relationship entities
 * (Ownership, Directorship, Family, Associate, UnknownLink, Membership, Employment, Representation, Succession) into
 * {@link org.vigil.lists.model.Link links} ({@link FtmLinks}). Other FtM schemas are skipped with a warning.
 *
 * <p>The file states no publication date, so {@link ParsedList#published()} is empty. Delta-feed lines
 * ({@code {"op": ..., "entity": ...}}) are refused: a delta is not a full list; read it with {@link FtmDeltaReader}.
 */
public final class FtmJsonParser implements ListParser {
    private final int maxLineBytes;
    private final int addressCapacity;

    public FtmJsonParser() {
        this(JsonLinesFile.DEFAULT_MAX_LINE_BYTES, FtmAddresses.DEFAULT_CAPACITY);
    }

    /** With explicit limits: the longest line, and how many Address entities are held at once. */
    FtmJsonParser(int maxLineBytes, int addressCapacity) {
        this.maxLineBytes = maxLineBytes;
        this.addressCapacity = addressCapacity;
    }

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        Path path = input.single("an FtM entities file");
        String file = path.toString();
        Warnings warnings = new Warnings();
        FtmAssembler assembler = new FtmAssembler(new FtmContext(file, source, warnings), addressCapacity);
        long lines = 0;
        try (JsonLinesFile in = JsonLinesFile.open(input.open(path), file, maxLineBytes)) {
            Optional<JsonLine> line;
            while ((line = in.next()).isPresent()) {
                lines++;
                FtmLine l = FtmEntityReader.read(line.get());
                if (l.op().isPresent()) {
                    throw new ListFormatException(file, line.get().number(), "this is an OpenSanctions delta line"
                            + " (\"op\": " + l.op().get() + "), not an entity: a delta file only lists changes and"
                            + " cannot be loaded as a full list");
                }
                assembler.add(l.entity());
            }
        }
        if (lines == 0) {
            throw new ListFormatException(file, "the file holds no JSON lines (only blank lines)");
        }
        var entities = new ArrayList<>(assembler.finish().values());
        if (entities.isEmpty()) {
            warnings.add(file, -1, "no Person, Organization, Company, LegalEntity, PublicBody, Vessel or Airplane"
                    + " entity in " + lines + " lines");
        }
        return new ParsedList(source, ListFormat.FTM_JSON, Optional.empty(), entities, warnings.list());
    }
}
