package org.vigil.app.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.app.AppContext;
import org.vigil.app.ConfigOptions;
import org.vigil.lists.format.FormatDetector;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.version.ImportRequest;
import org.vigil.lists.version.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil lists load FILE... --source ID}: store a publication and activate it if it passes the checks. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a list file (or an OFAC CSV set: several files or their directory) as a new version.",
                "The new version becomes active only if it parses completely, is not much smaller than the active "
                        + "one and is not older; otherwise the active version stays and the reason is printed.",
                "Exit status: 0 activated or unchanged, 1 failed, 3 refused."})
public final class ListsLoadCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The file(s) or a directory.")
    List<Path> files;

    @Option(names = "--source", paramLabel = "ID",
            description = "Source id (e.g. un-sc, us-ofac-sdn, gb-hmt); default: the format's usual source.")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "un-xml, ofac-csv, ofac-xml, eu-xml, uk-csv, ftm, uae-csv, vigil-csv, vigil-json "
                    + "(default: detected from the file).")
    String format;

    @Option(names = "--force", description = "Activate even if the shrink or date checks fail.")
    boolean force;

    @Option(names = "--max-shrink", paramLabel = "SHARE",
            description = "Largest share of records a new version may lose (default from config: 0.1).")
    Double maxShrink;

    @Override
    public Integer call() throws IOException {
        ListFormat f = resolveFormat(format, files);
        AppContext ctx = options.open();
        String src = source != null ? source : f.defaultSource();
        ImportRequest req = ImportRequest.of(src, f, files, files.size() == 1 ? files.get(0).toAbsolutePath()
                        .toString() : String.join(" ", files.stream().map(p -> p.toAbsolutePath().toString()).toList()))
                .withMaxShrink(maxShrink != null ? maxShrink : ctx.config().maxShrink())
                .withMaxBytesPerFile(ctx.config().maxFileBytes())
                .withForce(force);
        ImportResult r = ctx.store().importFiles(req);
        ListAudit.record(options, "lists.load", src, r, req.origin());
        (r.outcome() == ImportResult.Outcome.FAILED || r.outcome() == ImportResult.Outcome.REJECTED
                ? options.err() : options.out()).println(src + ": " + r.message());
        int shown = 0;
        for (String w : r.warnings()) {
            if (shown++ == 20) {
                options.err().println("  ... " + (r.warnings().size() - 20) + " more warnings");
                break;
            }
            options.err().println("  warning: " + w);
        }
        return switch (r.outcome()) {
            case ACTIVATED, UNCHANGED -> 0;
            case FAILED -> 1;
            case REJECTED -> 3;
        };
    }

    /** The format named by {@code format}, or detected from the files when it is null. */
    public static ListFormat resolveFormat(String format, List<Path> files) throws IOException {
        if (format != null) {
            return ListFormat.fromId(format);
        }
        return FormatDetector.detect(files).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + files + "; give --format (un-xml, ofac-csv, ofac-xml, eu-xml, uk-csv, "
                        + "ftm, uae-csv, vigil-csv, vigil-json)"));
    }
}
