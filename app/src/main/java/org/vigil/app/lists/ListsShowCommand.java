package org.vigil.app.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.app.AppContext;
import org.vigil.app.ConfigOptions;
import org.vigil.app.json.EntityJson;
import org.vigil.app.json.Json;
import org.vigil.lists.update.SourceConfig;
import org.vigil.lists.version.HistoryEvent;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil lists show}: sources, active versions, counts, and the last update problem if any. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show each list source, its active version and counts, and stored versions.")
public final class ListsShowCommand implements Callable<Integer> {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--all", description = "Also list every stored version, not only the active one.")
    boolean all;

    @Override
    public Integer call() {
        AppContext ctx = options.open();
        ListStore store = ctx.store();
        PrintWriter out = options.out();
        List<String> sources = store.sources();
        if (json) {
            ArrayNode arr = Json.array();
            for (String s : sources) {
                ObjectNode o = Json.object();
                o.put("source", s);
                store.active(s).ifPresent(v -> o.set("active", EntityJson.version(v)));
                ArrayNode versions = o.putArray("versions");
                store.versions(s).forEach(v -> versions.add(EntityJson.version(v)
                        .put("rejected", store.rejection(v.id()).orElse(null))));
                lastProblem(store, s).ifPresent(h -> o.put("lastProblem", h.at() + " " + h.message()));
                arr.add(o);
            }
            out.println(Json.write(arr));
            return 0;
        }
        if (sources.isEmpty()) {
            out.println("No lists loaded. Load one with: vigil lists load FILE --source ID");
            return 0;
        }
        out.printf("%-14s %-32s %-11s %8s %8s %8s %8s  %s%n", "SOURCE", "ACTIVE VERSION", "PUBLISHED", "RECORDS",
                "PERSONS", "ORGS", "NAMES", "LOADED");
        for (String s : sources) {
            Optional<VersionInfo> a = store.active(s);
            if (a.isEmpty()) {
                out.printf("%-14s %-32s%n", s, "(none active)");
            } else {
                VersionInfo v = a.get();
                out.printf("%-14s %-32s %-11s %8d %8d %8d %8d  %s%n", s, v.id(),
                        v.published().map(p -> p.toString().substring(0, 10)).orElse("-"), v.counts().entities(),
                        v.counts().persons(), v.counts().organizations(), v.counts().names(),
                        TIME.format(v.loadedAt()));
            }
            lastProblem(store, s).ifPresent(h -> out.println("    last update " + TIME.format(h.at()) + ": "
                    + h.message()));
            if (all) {
                for (VersionInfo v : store.versions(s)) {
                    String mark = a.map(x -> x.id().equals(v.id())).orElse(false) ? "*" : " ";
                    out.printf("    %s %-32s %8d records  %s%s%n", mark, v.id(), v.counts().entities(), v.origin(),
                            store.rejection(v.id()).map(r -> "  [refused: " + r + "]").orElse(""));
                }
            }
        }
        List<String> configured = ctx.config().sources().stream().filter(SourceConfig::enabled)
                .map(SourceConfig::source).filter(x -> !sources.contains(x)).toList();
        if (!configured.isEmpty()) {
            out.println("Configured for `vigil lists update` but not loaded yet: " + String.join(", ", configured));
        }
        return 0;
    }

    /** The most recent event if it was a failure or refusal (a later success clears it). */
    static Optional<HistoryEvent> lastProblem(ListStore store, String source) {
        List<HistoryEvent> h = store.history(source);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        HistoryEvent last = h.get(h.size() - 1);
        return last.outcome() == HistoryEvent.Kind.FAILED || last.outcome() == HistoryEvent.Kind.REJECTED
                ? Optional.of(last) : Optional.empty();
    }
}
