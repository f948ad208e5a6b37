package org.vigil.app.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.app.AppContext;
import org.vigil.app.config.VigilConfig;
import org.vigil.app.lists.ListsLoadCommand;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.ListFiles;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.index.MatchIndex;

/**
 * The match index a command screens against: over the active list versions of the store, or over list files given
 * on the command line. The index of the active versions is kept for the life of the process and reused while the
 * same versions are active (a version id names its content), so a process that runs several commands builds it once.
 */
final class Indexes {

    /** An index and the list versions it was built from. */
    record Loaded(MatchIndex index, List<String> versionIds) {
        List<String> sources() {
            return index.sources();
        }
    }

    private static Loaded cached;

    private Indexes() {
    }

    /** The index over every active list version. */
    static synchronized Loaded active(AppContext ctx) throws IOException, ListFormatException {
        List<String> ids = ctx.store().activeVersions().stream().map(VersionInfo::id).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no list is loaded; load one with `vigil lists load FILE`, or screen "
                    + "against a file with --list FILE");
        }
        if (cached != null && cached.versionIds().equals(ids)) {
            return cached;
        }
        // the analyzer's transliterators take a while to compile: they compile while the lists are parsed
        Thread.ofPlatform().daemon().name("vigil-analyzer").start(() -> NameAnalyzer.standard());
        List<ListVersion> versions = ctx.activeLists().versions();
        List<Entity> entities = new ArrayList<>();
        versions.forEach(v -> entities.addAll(v.entities()));
        cached = new Loaded(MatchIndex.build(entities), versions.stream().map(ListVersion::id).toList());
        return cached;
    }

    /**
     * An index over one publication given as files (one file, or a set such as OFAC's sdn/add/alt/comments CSVs).
     *
     * @param format the format id, or null to detect it
     */
    static Loaded files(List<Path> files, String format, VigilConfig config, PrintWriter err)
            throws IOException, ListFormatException {
        ListFormat f = ListsLoadCommand.resolveFormat(format, files);
        String origin = String.join(" ", files.stream().map(Path::toString).toList());
        ListVersion v = ListFiles.parse(Parsers.forFormat(f), f, f.defaultSource(),
                ListInput.of(files).withMaxBytes(config.maxFileBytes()), origin, Instant.now());
        if (!v.warnings().isEmpty()) {
            err.println("vigil: note: the --list file(s) read with " + v.warnings().size() + " warning(s), e.g. "
                    + v.warnings().get(0));
        }
        return new Loaded(MatchIndex.build(v.entities()), List.of(v.id()));
    }
}
