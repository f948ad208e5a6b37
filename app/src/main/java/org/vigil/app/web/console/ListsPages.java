package org.vigil.app.web.console;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.app.AppContext;
import org.vigil.app.web.ApiError;
import org.vigil.app.web.Frame;
import org.vigil.app.web.Templates;
import org.vigil.lists.delta.Delta;
import org.vigil.lists.delta.Deltas;
import org.vigil.lists.delta.EntityChange;
import org.vigil.lists.delta.FieldChange;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.HistoryEvent;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.VersionInfo;

/**
 * {@code GET /lists}: each source with its stored versions (the active one marked, refused ones with the reason) and
 * its recent load history; {@code GET /lists/diff?from=A&to=B}: what changed between two versions of a list, by
 * record and field. Versions are named as on the command line ({@code un-sc@previous}, a date, a full id).
 */
public final class ListsPages {
    /** Records shown per section of a diff. */
    static final int DIFF_ROWS = 500;
    static final int HISTORY_EVENTS = 10;
    private static final int CACHED_DELTAS = 8;

    private final AppContext ctx;
    /** Deltas are computed by parsing two versions; the last few are kept (key: from id + to id). */
    private final Map<String, Delta> deltas = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Delta> eldest) {
                    return size() > CACHED_DELTAS;
                }
            });

    ListsPages(AppContext ctx) {
        this.ctx = ctx;
    }

    public record VersionRow(String id, String published, String loaded, int records, int persons,
            int organizations, int names, String origin, int warnings, boolean active, String refused,
            String previous) {
    }

    public record SourceView(String source, String active, List<VersionRow> versions, List<HistoryRow> history) {
    }

    public record HistoryRow(String at, String outcome, String versionId, String message) {
    }

    public record RecordRow(Views.EntityRef entity, String caption, String schema, String programmes) {
    }

    public record ChangeRow(Views.EntityRef entity, String caption, List<FieldChange> fields) {
    }

    public record DiffView(String from, String to, int added, int removed, int changed, int unchanged,
            List<RecordRow> addedRows, List<RecordRow> removedRows, List<ChangeRow> changedRows, int shown) {
    }

    /** The version pickers of the diff form. */
    public record DiffForm(String from, String to, List<String> versions) {
    }

    void lists(Context c) {
        ListStore store = ctx.store();
        List<SourceView> sources = new ArrayList<>();
        for (String source : store.sources()) {
            List<VersionInfo> versions = store.versions(source);
            String active = store.active(source).map(VersionInfo::id).orElse("");
            List<VersionRow> rows = new ArrayList<>();
            for (int i = versions.size() - 1; i >= 0; i--) {
                VersionInfo v = versions.get(i);
                rows.add(new VersionRow(v.id(), v.published().map(Views::day).orElse("-"), Views.minute(v.loadedAt()),
                        v.counts().entities(), v.counts().persons(), v.counts().organizations(), v.counts().names(),
                        v.origin(), v.warnings(), v.id().equals(active), store.rejection(v.id()).orElse(""),
                        i > 0 ? versions.get(i - 1).id() : ""));
            }
            List<HistoryEvent> events = store.history(source);
            List<HistoryRow> history = new ArrayList<>();
            for (int i = events.size() - 1; i >= 0 && history.size() < HISTORY_EVENTS; i--) {
                HistoryEvent h = events.get(i);
                history.add(new HistoryRow(Views.minute(h.at()), h.outcome().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '), h.versionId(), h.message()));
            }
            sources.add(new SourceView(source, active, rows, history));
        }
        Templates.respond(c, 200, "console/lists.jte", Map.of("frame", Frame.of(c, "Lists", "lists"),
                "sources", sources, "form", form("", "")));
    }

    void diff(Context c) throws Exception {
        String from = ScreenPage.param(c, "from");
        String to = ScreenPage.param(c, "to");
        if (from.isEmpty() && to.isEmpty()) {
            render(c, 200, form(from, to), "", null);
            return;
        }
        if (from.isEmpty() || to.isEmpty()) {
            render(c, 400, form(from, to), (from.isEmpty() ? "from" : "to")
                    + ": required; choose the two versions to compare", null);
            return;
        }
        ListStore store = ctx.store();
        VersionInfo a = find(store, "from", from);
        VersionInfo b = find(store, "to", to);
        if (!a.source().equals(b.source())) {
            render(c, 400, form(from, to), "from and to are versions of different lists (" + a.source() + ", "
                    + b.source() + "); compare two versions of one list", null);
            return;
        }
        String key = a.id() + " " + b.id();
        Delta d = deltas.get(key);
        if (d == null) {
            d = Deltas.between(Views.load(ctx, a), Views.load(ctx, b));
            deltas.put(key, d);
        }
        ActiveLists lists = ctx.activeLists();
        List<RecordRow> added = d.added().stream().limit(DIFF_ROWS).map(e -> row(e, lists)).toList();
        List<RecordRow> removed = d.removed().stream().limit(DIFF_ROWS).map(e -> row(e, lists)).toList();
        List<ChangeRow> changed = new ArrayList<>();
        for (EntityChange x : d.changed().stream().limit(DIFF_ROWS).toList()) {
            changed.add(new ChangeRow(Views.EntityRef.of(x.after().id(), lists), x.after().caption(), x.fields()));
        }
        DiffView view = new DiffView(a.id(), b.id(), d.added().size(), d.removed().size(), d.changed().size(),
                d.unchanged(), added, removed, changed, DIFF_ROWS);
        render(c, 200, form(a.id(), b.id()), "", view);
    }

    private static VersionInfo find(ListStore store, String field, String ref) {
        Optional<VersionInfo> v = store.find(ref);
        return v.orElseThrow(() -> new ApiError(404, field, field + ": no stored version '" + ref
                + "'; see the versions on the lists page"));
    }

    private static RecordRow row(Entity e, ActiveLists lists) {
        return new RecordRow(Views.EntityRef.of(e.id(), lists), e.caption(), e.schema().label(),
                String.join(", ", e.programmes()));
    }

    private DiffForm form(String from, String to) {
        List<String> all = new ArrayList<>();
        for (String source : ctx.store().sources()) {
            List<VersionInfo> vs = ctx.store().versions(source);
            for (int i = vs.size() - 1; i >= 0; i--) {
                all.add(vs.get(i).id());
            }
        }
        return new DiffForm(from, to, all);
    }

    private static void render(Context c, int status, DiffForm form, String error, DiffView view) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(c, view == null ? "Compare versions" : "Changes " + view.from() + " → "
                + view.to(), "lists"));
        params.put("form", form);
        params.put("error", error);
        params.put("diff", view);
        Templates.respond(c, status, "console/diff.jte", params);
    }
}
