package org.vigil.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.app.AppContext;
import org.vigil.app.json.DeltaJson;
import org.vigil.app.json.Json;
import org.vigil.lists.delta.Deltas;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;

/**
 * {@code GET /api/v1/lists/changes?since=VERSION}: per source, what changed from a stored version to the active
 * one. {@code since} is a version reference as {@code vigil lists diff} takes it ({@code un-sc@2025-08-02-74a81264},
 * {@code un-sc@2025-08-02}, {@code un-sc@previous}), several separated by commas, or {@code @previous} for every
 * source's previous version.
 */
final class ChangesApi {
    private final AppContext ctx;

    ChangesApi(AppContext ctx) {
        this.ctx = ctx;
    }

    void changes(Context c) throws Exception {
        String since = c.queryParam("since");
        if (since == null || since.isBlank()) {
            throw ApiError.badField("since", "since is required: a stored list version such as "
                    + "un-sc@2025-08-02, or @previous for every list's previous version");
        }
        ActiveLists active = ctx.activeLists();
        Map<String, VersionInfo> from = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (String raw : since.split(",")) {
            String ref = raw.strip();
            if (ref.equalsIgnoreCase("@previous")) {
                for (ListVersion v : active.versions()) {
                    ctx.store().find(v.source() + "@previous").ifPresentOrElse(p -> from.put(v.source(), p),
                            () -> skipped.add(v.source()));
                }
                continue;
            }
            VersionInfo v;
            try {
                v = ctx.store().find(ref).orElse(null);
            } catch (IllegalArgumentException e) {
                throw ApiError.badField("since", e.getMessage());
            }
            if (v == null || ref.indexOf('@') < 0) {
                throw ApiError.badField("since", "unknown list version '" + ApiJson.abbreviate(ref)
                        + "'; give a stored version such as un-sc@2025-08-02-74a81264 (see `vigil lists history`),"
                        + " source@previous, or @previous");
            }
            if (active.version(v.source()).isEmpty()) {
                throw ApiError.badField("since", "list " + v.source() + " has no active version");
            }
            if (from.put(v.source(), v) != null) {
                throw ApiError.badField("since", "two versions of " + v.source() + " given");
            }
        }
        ObjectNode out = Json.object();
        ArrayNode changes = out.putArray("changes");
        for (Map.Entry<String, VersionInfo> e : from.entrySet()) {
            ListVersion to = active.version(e.getKey()).orElseThrow();
            ObjectNode d = Json.object().put("source", e.getKey());
            d.setAll(DeltaJson.delta(Deltas.between(ctx.store().load(e.getValue()), to)));
            changes.add(d);
        }
        out.set("noEarlierVersion", Json.strings(skipped));
        ApiJson.respond(c, out);
    }
}
