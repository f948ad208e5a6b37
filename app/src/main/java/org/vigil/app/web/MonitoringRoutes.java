package org.vigil.app.web;

import io.javalin.config.JavalinConfig;
import java.util.List;
import org.vigil.app.AppContext;
import org.vigil.app.Services;
import org.vigil.app.match.ActiveScreener;
import org.vigil.match.ScreenOptions;
import org.vigil.screening.monitoring.RecordScreening;
import org.vigil.screening.monitoring.RescreenWatcher;
import org.vigil.screening.webhooks.WebhookDeliverer;

/**
 * Monitored records, alerts, re-screening runs and webhooks: their routes, and the two background workers that start
 * and stop with the server: the {@link RescreenWatcher} (re-screens when a list version is activated, coordinated
 * with other instances on the database) and the {@link WebhookDeliverer} (sends the outbox).
 */
public final class MonitoringRoutes {
    private MonitoringRoutes() {
    }

    /** Registers the routes on {@code config} and ties the workers to the server's start and stop. */
    public static void install(JavalinConfig config, AppContext ctx, Services services, ActiveScreener screener,
            int maxBodyBytes) {
        RecordScreening.Index index = liveIndex(screener);
        RecordsApi records = new RecordsApi(services, index, maxBodyBytes);
        AlertsApi alerts = new AlertsApi(ctx, services, maxBodyBytes);
        WebhooksApi webhooks = new WebhooksApi(services, maxBodyBytes);
        var routes = config.routes;
        routes.get("/api/v1/records", records::list, Access.ANALYST);
        routes.post("/api/v1/records", records::create, Access.ANALYST);
        routes.post("/api/v1/records/import", records::importCsv, Access.ANALYST);
        routes.get("/api/v1/records/{id}", records::get, Access.ANALYST);
        routes.put("/api/v1/records/{id}", records::put, Access.ANALYST);
        routes.delete("/api/v1/records/{id}", records::delete, Access.ANALYST);
        routes.get("/api/v1/alerts", alerts::list, Access.ANALYST);
        routes.get("/api/v1/alerts/{id}", alerts::get, Access.ANALYST);
        routes.post("/api/v1/alerts/{id}/decisions", alerts::decide, Access.ANALYST);
        routes.get("/api/v1/rescreens", alerts::rescreens, Access.ANALYST);
        routes.get("/api/v1/webhooks", webhooks::list, Access.ADMIN);
        routes.post("/api/v1/webhooks", webhooks::create, Access.ADMIN);
        routes.delete("/api/v1/webhooks/{id}", webhooks::delete, Access.ADMIN);

        String instance = RescreenWatcher.instanceId();
        RescreenWatcher watcher = new RescreenWatcher(services.rescreenRuns(), services.rescreener(), ctx.store(),
                () -> ctx.activeLists().versions(), instance, RescreenWatcher.Settings.defaults());
        WebhookDeliverer deliverer = new WebhookDeliverer(services.database().jdbi(), services.clock(), instance,
                WebhookDeliverer.Settings.defaults(), services.secrets());
        config.events.serverStarted(() -> {
            watcher.start();
            deliverer.start();
        });
        config.events.serverStopping(() -> {
            watcher.close();
            deliverer.close();
        });
    }

    /** The server's live index: what a new or changed record is screened against. */
    static RecordScreening.Index liveIndex(ActiveScreener screener) {
        return q -> {
            List<String> versions = screener.versionIds();
            return screener.screener().screen(q, ScreenOptions.defaults()).matches().stream()
                    .map(m -> new RecordScreening.Hit(m, versionOf(versions, m.entity().id().source()))).toList();
        };
    }

    private static String versionOf(List<String> versions, String source) {
        for (String v : versions) {
            if (v.startsWith(source + "@")) {
                return v;
            }
        }
        return source;
    }
}
