package org.vigil.app.lists;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.app.AppContext;
import org.vigil.app.ConfigOptions;
import org.vigil.app.json.DeltaJson;
import org.vigil.app.json.Json;
import org.vigil.lists.delta.Delta;
import org.vigil.lists.delta.Deltas;
import org.vigil.lists.delta.EntityChange;
import org.vigil.lists.delta.FieldChange;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.ListFiles;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil lists diff A B}: what changed between two versions or files, by record and field. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a list: records added, removed and changed (with the fields).",
                "A and B are each a stored version (un-sc@2026-02-27-66b392a4, un-sc@previous, un-sc = active, "
                        + "un-sc@2025-08-02, a hash prefix) or a list file."})
public final class ListsDiffCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "A", description = "The older version or file.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The newer version or file.")
    String b;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Format of file arguments (default: detected).")
    String format;

    @Option(names = "--source", paramLabel = "ID", description = "Source id for file arguments (default: the "
            + "format's usual source, so a file compares with stored versions of that source).")
    String source;

    @Option(names = "--json", description = "Print JSON with added, removed and changed.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "Records listed per section in text output (default: ${DEFAULT-VALUE}; JSON lists all).")
    int limit;

    @Override
    public Integer call() throws IOException, ListFormatException {
        AppContext ctx = options.open();
        ListVersion from = resolve(ctx, a);
        ListVersion to = resolve(ctx, b);
        Delta d = Deltas.between(from, to);
        if (json) {
            options.out().println(Json.write(DeltaJson.delta(d)));
        } else {
            print(d, options.out());
        }
        return 0;
    }

    private ListVersion resolve(AppContext ctx, String ref) throws IOException, ListFormatException {
        Path p = Path.of(ref);
        if (Files.exists(p)) {
            ListFormat f = ListsLoadCommand.resolveFormat(format, List.of(p));
            String src = source != null ? source : f.defaultSource();
            return ListFiles.parse(Parsers.forFormat(f), f, src,
                    ListInput.of(p).withMaxBytes(ctx.config().maxFileBytes()), p.toString(), Instant.now());
        }
        VersionInfo v = ctx.store().find(ref).orElseThrow(() -> new IllegalArgumentException(
                "'" + ref + "' is neither a file nor a stored version; see `vigil lists show --all`"));
        return ctx.store().load(v);
    }

    private void print(Delta d, PrintWriter out) {
        out.printf("%s -> %s: %d added, %d removed, %d changed, %d unchanged%n", d.from(), d.to(), d.added().size(),
                d.removed().size(), d.changed().size(), d.unchanged());
        section(out, "Added", d.added());
        section(out, "Removed", d.removed());
        if (!d.changed().isEmpty()) {
            out.println();
            out.println("Changed (" + d.changed().size() + "):");
            int n = 0;
            for (EntityChange c : d.changed()) {
                if (n++ == limit) {
                    out.println("  ... " + (d.changed().size() - limit) + " more (use --json for all)");
                    break;
                }
                out.println("  ~ " + c.after().id() + "  " + c.after().caption());
                for (FieldChange f : c.fields()) {
                    f.removed().forEach(v -> out.println("      - " + f.field() + ": " + v));
                    f.added().forEach(v -> out.println("      + " + f.field() + ": " + v));
                }
            }
        }
    }

    private void section(PrintWriter out, String title, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + " (" + entities.size() + "):");
        int n = 0;
        for (Entity e : entities) {
            if (n++ == limit) {
                out.println("  ... " + (entities.size() - limit) + " more (use --json for all)");
                break;
            }
            out.println("  " + (title.equals("Added") ? "+ " : "- ") + e.id() + "  " + e.caption() + "  ["
                    + e.schema().label() + (e.programmes().isEmpty() ? "" : ", " + String.join(", ", e.programmes()))
                    + "]");
        }
    }
}
