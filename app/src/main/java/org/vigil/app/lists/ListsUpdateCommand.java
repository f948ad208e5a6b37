package org.vigil.app.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.app.AppContext;
import org.vigil.app.ConfigOptions;
import org.vigil.app.json.EntityJson;
import org.vigil.app.json.Json;
import org.vigil.lists.update.ListUpdater;
import org.vigil.lists.update.SourceConfig;
import org.vigil.lists.update.UpdateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil lists update}: fetch the configured official lists and load what changed. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Fetch the configured sources from their official URLs and load new publications.",
                "Each source is independent; a failed or suspicious download never replaces the active version.",
                "Exit status: 0 all updated or unchanged, 1 at least one source failed or was refused."})
public final class ListsUpdateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--source", paramLabel = "ID", split = ",",
            description = "Only these sources (default: every enabled source in the configuration).")
    List<String> only;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        AppContext ctx = options.open();
        List<SourceConfig> sources = new ArrayList<>();
        if (only == null || only.isEmpty()) {
            sources.addAll(ctx.config().sources());
        } else {
            for (String s : only) {
                sources.add(ctx.config().source(s).orElseThrow(() -> new IllegalArgumentException(
                        "no source '" + s + "' is configured; configured: " + ctx.config().sources().stream()
                                .map(SourceConfig::source).toList())).withEnabled(true));
            }
        }
        ListUpdater updater = new ListUpdater(ctx.store(), new JdkHttpDownloader(), Thread::sleep,
                ctx.config().maxShrink());
        List<UpdateResult> results = new ArrayList<>();
        for (SourceConfig s : sources) {
            if (!s.enabled()) {
                continue;
            }
            if (!json) {
                options.err().println("vigil: updating " + s.source() + " ...");
            }
            UpdateResult r = updater.update(s);
            results.add(r);
            r.load().ifPresent(load -> ListAudit.record(options, "lists.update", s.source(), load,
                    String.join(" ", s.urls().stream().map(u -> u.toString().replaceAll("\\?.*$", "?…")).toList())));
            if (!json) {
                (r.failed() ? options.err() : options.out()).println(r.source() + ": " + r.status() + ": " + r.message());
            }
        }
        if (json) {
            ArrayNode arr = Json.array();
            for (UpdateResult r : results) {
                ObjectNode o = Json.object();
                o.put("source", r.source());
                o.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
                o.put("message", r.message());
                r.load().flatMap(l -> l.version()).ifPresent(v -> o.set("version", EntityJson.version(v)));
                arr.add(o);
            }
            options.out().println(Json.write(arr));
        }
        return results.stream().anyMatch(UpdateResult::failed) ? 1 : 0;
    }
}
