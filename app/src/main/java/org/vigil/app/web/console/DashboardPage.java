package org.vigil.app.web.console;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.app.AppContext;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.web.Frame;
import org.vigil.app.web.Templates;
import org.vigil.lists.version.VersionInfo;

/** {@code GET /}: the active lists, what the screening index is built from, and the alerts waiting per status. */
public final class DashboardPage {
    private final AppContext ctx;
    private final ActiveScreener screener;
    private final AlertPages alerts;

    DashboardPage(AppContext ctx, ActiveScreener screener, AlertPages alerts) {
        this.ctx = ctx;
        this.screener = screener;
        this.alerts = alerts;
    }

    public record ListRow(String source, String version, String published, String loaded, int records, int persons,
            int organizations, int names) {
    }

    public record AlertCount(String label, String count, String href, boolean waiting) {
    }

    public record View(List<ListRow> lists, List<String> indexed, List<AlertCount> alerts) {
    }

    void show(Context c) {
        List<ListRow> lists = new ArrayList<>();
        for (VersionInfo v : ctx.store().activeVersions()) {
            lists.add(new ListRow(v.source(), v.id(), v.published().map(Views::day).orElse("-"),
                    Views.minute(v.loadedAt()), v.counts().entities(), v.counts().persons(),
                    v.counts().organizations(), v.counts().names()));
        }
        List<AlertCount> counts = new ArrayList<>();
        alerts.counts().forEach((status, n) -> counts.add(new AlertCount(AlertPages.label(status), n,
                "/alerts?status=" + status.name(), !status.decided() && !n.equals("0"))));
        View view = new View(lists, screener.versionIds(), counts);
        Templates.respond(c, 200, "console/dashboard.jte", Map.of("frame", Frame.of(c, "Dashboard", ""),
                "d", view));
    }
}
