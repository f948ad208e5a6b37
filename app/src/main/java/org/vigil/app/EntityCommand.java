package org.vigil.app;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.vigil.app.json.EntityJson;
import org.vigil.app.json.Json;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.ListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil entity ID}: one listed record with its names, documents, links both ways and other designations. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"Show a listed record with its names, documents, links and other designations.",
                "All names, documents and programmes, links both ways, and the other lists' designations of the "
                        + "same subject. ID is SOURCE:RECORD, e.g. un-sc:QDe.118 or us-ofac-sdn:10689."})
public final class EntityCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "ID", description = "Entity id, e.g. un-sc:QDi.263.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException, ListFormatException {
        EntityId eid = EntityId.parse(id);
        AppContext ctx = options.open();
        ActiveLists lists = ctx.activeLists();
        if (lists.version(eid.source()).isEmpty()) {
            throw new IllegalArgumentException("no active list for source '" + eid.source() + "'; loaded sources: "
                    + lists.versions().stream().map(ListVersion::source).toList());
        }
        ActiveLists.Located found = lists.locate(eid).orElse(null);
        if (found == null) {
            options.err().println("vigil: " + eid + " is not in the active version "
                    + lists.version(eid.source()).orElseThrow().id());
            return 1;
        }
        Entity e = found.entity();
        ListVersion version = found.version();
        if (json) {
            options.out().println(Json.write(EntityJson.entityInContext(e, version, lists)));
        } else {
            new EntityText(options.out()).print(e, version, lists);
        }
        return 0;
    }
}
