package org.vigil.lists.format.ofac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.SourceIds;

/**
 * Reads OFAC's legacy CSV sets (format {@code ofac-csv}): the SDN list ({@code sdn.csv} required; {@code add.csv},
 * {@code alt.csv}, {@code sdn_comments.csv} optional, default source {@code us-ofac-sdn}) or the consolidated non-SDN
 * list ({@code cons_prim.csv}, {@code cons_add.csv}, {@code cons_alt.csv}, {@code cons_comments.csv}, loaded with
 * source {@code us-ofac-cons}). The input is the files or the directory holding them.
 *
 * <p>Individuals become {@code PERSON}s, vessels and aircraft keep their type, everything else ({@code -0-}) is an
 * {@code ORGANIZATION}. The Remarks (continued in the comments file) are read by {@link OfacRemarks}; alt.csv gives
 * strong aliases and former names; add.csv gives addresses. The legacy files state no publication date.
 */
public final class OfacCsvParser implements ListParser {

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        SourceIds.require(source);
        Warnings warnings = new Warnings();
        OfacFileSet files = OfacFileSet.locate(input, warnings);
        OfacRecords records = new OfacRecords(source, warnings);
        try (OfacTable t = OfacTable.open(input, files.primary(), OfacTable.Layout.PRIMARY)) {
            for (Optional<OfacRow> r = t.next(); r.isPresent(); r = t.next()) {
                records.primary(r.get());
            }
            finish(t, warnings);
        }
        if (records.size() == 0) {
            throw new ListFormatException(files.primary().toString(), "the file holds no records");
        }
        if (files.comments().isPresent()) {
            read(input, files.comments().get(), OfacTable.Layout.COMMENTS, warnings, records::continuation);
        }
        if (files.aliases().isPresent()) {
            read(input, files.aliases().get(), OfacTable.Layout.ALIASES, warnings, records::alias);
        }
        if (files.addresses().isPresent()) {
            read(input, files.addresses().get(), OfacTable.Layout.ADDRESSES, warnings, records::address);
        }
        List<Entity> entities = records.build(files.comments().isPresent());
        return new ParsedList(source, ListFormat.OFAC_CSV, Optional.empty(), entities, warnings.list());
    }

    private interface RowSink {
        void accept(OfacRow row);
    }

    private static void read(ListInput input, Path file, OfacTable.Layout layout, Warnings warnings, RowSink sink)
            throws IOException, ListFormatException {
        try (OfacTable t = OfacTable.open(input, file, layout)) {
            for (Optional<OfacRow> r = t.next(); r.isPresent(); r = t.next()) {
                sink.accept(r.get());
            }
            finish(t, warnings);
        }
    }

    private static void finish(OfacTable t, Warnings warnings) {
        if (t.hadHeader()) {
            warnings.add(t.file(), 1, "the file starts with a header row, which OFAC's files do not have: a "
                    + "re-serialised copy (header skipped)");
        }
        if (t.linesAfterEndMark() > 0) {
            warnings.add(t.file(), t.endMarkLine(), "the end-of-file mark (0x1A) is followed by "
                    + t.linesAfterEndMark() + " more lines, which are not read: another list appended to this file? "
                    + "(load it on its own)");
        }
    }
}
