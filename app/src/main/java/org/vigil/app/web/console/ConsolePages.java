package org.vigil.app.web.console;

import io.javalin.config.RoutesConfig;
import org.vigil.app.AppContext;
import org.vigil.app.Services;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.web.Access;

/**
 * The web console: server-rendered pages (JTE templates, no script) for analysts and reviewers. Screening with
 * explanations, entity pages with their history, lists and their diffs, the alert queue with the decision form, and
 * the audit log with its chain check.
 *
 * <pre>
 * GET  /                      dashboard                     analyst
 * GET  /screen                screening form and results    analyst
 * GET  /entities/{id}         a record, its links, history  analyst
 * GET  /lists                 sources and stored versions   analyst
 * GET  /lists/diff?from=&amp;to=  changes between versions      analyst
 * GET  /alerts?status=        alert queue                   analyst
 * GET  /alerts/{id}           one alert, decision form      analyst
 * POST /alerts/{id}/decision  decide (redirects back)       analyst (second review: reviewer)
 * GET  /audit?before=         audit log, chain verified     reviewer
 * </pre>
 */
public final class ConsolePages {
    private ConsolePages() {
    }

    public static void register(RoutesConfig routes, AppContext ctx, Services services, ActiveScreener screener) {
        AlertPages alerts = new AlertPages(ctx, services.alerts(), services.monitored());
        DashboardPage dashboard = new DashboardPage(ctx, screener, alerts);
        ScreenPage screen = new ScreenPage(ctx, screener, services.audit());
        EntityPage entity = new EntityPage(ctx);
        ListsPages lists = new ListsPages(ctx);
        AuditPage audit = new AuditPage(services.audit());
        routes.get("/", dashboard::show, Access.ANALYST);
        routes.get("/screen", screen::show, Access.ANALYST);
        routes.get("/entities/{id}", entity::show, Access.ANALYST);
        routes.get("/lists", lists::lists, Access.ANALYST);
        routes.get("/lists/diff", lists::diff, Access.ANALYST);
        routes.get("/alerts", alerts::queue, Access.ANALYST);
        routes.get("/alerts/{id}", alerts::show, Access.ANALYST);
        routes.post("/alerts/{id}/decision", alerts::decide, Access.ANALYST);
        routes.get("/audit", audit::show, Access.REVIEWER);
    }
}
