package org.vigil.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.vigil.app.AppContext;
import org.vigil.app.Services;
import org.vigil.app.json.EntityJson;
import org.vigil.app.json.Json;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.web.console.ConsolePages;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.version.ActiveLists;
import org.vigil.screening.batch.BatchSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the web console ({@link ConsolePages}), the read-only list API
 * ({@code GET /api/v1/lists}, {@code /api/v1/lists/changes}, {@code /api/v1/entities/{id}}), screening
 * ({@code POST /api/v1/screen}, {@link ScreenApi}; the yente-compatible {@code POST /match/{dataset}},
 * {@link MatchApi}) and its OpenAPI description at {@code /openapi.json}. Thin handlers: parse, call, render.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /** The largest request body accepted (413 above). */
    static final int MAX_BODY_BYTES = 1_000_000;
    /** How often the screening index checks for newly activated list versions. */
    static final long INDEX_REFRESH_MILLIS = 2_000;

    /** Requests per second each API key or user may make (with bursts up to {@link #API_BURST}). */
    static final double API_RATE = 1000;
    static final int API_BURST = 2000;
    /** Login attempts per client address: 10 a minute. */
    static final double LOGIN_RATE = 10.0 / 60;
    static final int LOGIN_BURST = 10;

    private final AppContext ctx;
    private final Services services;
    private final byte[] css;
    private final byte[] openApi;
    private BatchSettings batchSettings = BatchSettings.defaults();

    public WebServer(AppContext ctx, Services services) {
        this.ctx = ctx;
        this.services = services;
        this.css = resource("vigil.css");
        this.openApi = resource("openapi.json");
    }

    /** How this instance runs batch jobs (worker threads, lease); {@link BatchSettings#defaults()} unless set. */
    public WebServer batchSettings(BatchSettings settings) {
        this.batchSettings = settings;
        return this;
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The server, not started. Builds the screening index over the active lists first; it is rebuilt in the
     * background when another version is activated, and its refresh thread stops with the server.
     */
    public Javalin create() {
        ActiveScreener screener;
        try {
            screener = ActiveScreener.start(ctx, INDEX_REFRESH_MILLIS);
        } catch (IOException | ListFormatException e) {
            throw new IllegalStateException("cannot build the screening index: " + e.getMessage(), e);
        }
        ScreeningAudit screeningAudit = new ScreeningAudit(services.audit());
        screener.onSwap(screeningAudit::listsInUse);
        ScreenApi screen = new ScreenApi(screener, screeningAudit, MAX_BODY_BYTES);
        MatchApi match = new MatchApi(screener, screeningAudit, MAX_BODY_BYTES);
        ChangesApi changes = new ChangesApi(ctx);
        Auth auth = new Auth(services.apiKeys(), services.sessions(), new RateLimiter(API_RATE, API_BURST));
        LoginPages login = new LoginPages(services.users(), services.sessions(),
                new RateLimiter(LOGIN_RATE, LOGIN_BURST));
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.events.serverStopped(screener::close);
            config.events.serverStopped(screeningAudit::close);
            config.routes.before(WebServer::securityHeaders);
            config.routes.beforeMatched(auth::check);
            config.routes.get("/health", c -> c.contentType("text/plain").result("ok"), Access.PUBLIC);
            config.routes.get("/static/vigil.css", c -> c.contentType("text/css").result(css), Access.PUBLIC);
            config.routes.get("/login", login::form, Access.PUBLIC);
            config.routes.post("/login", login::submit, Access.PUBLIC);
            config.routes.post("/logout", login::logout, Access.ANALYST);
            config.routes.get("/entities", c -> {
                String id = c.queryParam("id");
                if (id == null || id.isBlank()) {
                    c.redirect("/");
                } else {
                    c.redirect("/entities/" + URLEncoder.encode(id.strip(), StandardCharsets.UTF_8));
                }
            }, Access.ANALYST);
            ConsolePages.register(config.routes, ctx, services, screener);
            config.routes.get("/api/v1/lists", this::listsApi, Access.ANALYST);
            config.routes.get("/api/v1/entities/{id}", this::entityApi, Access.ANALYST);
            config.routes.get("/api/v1/lists/changes", changes::changes, Access.ANALYST);
            config.routes.post("/api/v1/screen", screen::screen, Access.ANALYST);
            config.routes.post("/match/{dataset}", match::match, Access.ANALYST);
            BatchApi.register(config, services, screener, batchSettings);
            ReconcileApi.register(config.routes, screener, screeningAudit, MAX_BODY_BYTES);
            config.routes.get("/openapi.json", c -> c.contentType("application/json").result(openApi),
                    Access.PUBLIC);
            MonitoringRoutes.install(config, ctx, services, screener, MAX_BODY_BYTES);
            config.routes.exception(ApiError.class, (e, c) -> error(c, e.status(), e.field(), e.getMessage()));
            config.routes.exception(Auth.LoginRequired.class,
                    (e, c) -> c.redirect(e.location(), io.javalin.http.HttpStatus.SEE_OTHER));
            config.routes.exception(org.jdbi.v3.core.JdbiException.class, (e, c) -> {
                if (DatabaseDown.is(e)) {
                    databaseDown(c, e);
                } else {
                    LOG.error("request {} {} failed", c.method(), c.path(), e);
                    error(c, 500, "internal error; see the server log");
                }
            });
            config.routes.exception(IllegalArgumentException.class, (e, c) -> error(c, 400, e.getMessage()));
            config.routes.exception(NotFound.class, (e, c) -> error(c, 404, e.getMessage()));
            config.routes.exception(Exception.class, (e, c) -> {
                if (DatabaseDown.is(e)) {
                    databaseDown(c, e);
                    return;
                }
                LOG.error("request {} {} failed", c.method(), c.path(), e);
                error(c, 500, "internal error; see the server log");
            });
            config.routes.error(404, c -> {
                String type = c.res().getContentType();
                boolean jsonAlready = type != null && type.startsWith("application/json");
                boolean htmlAlready = type != null && type.startsWith("text/html");
                if (c.result() == null || c.result().isEmpty() || (isApi(c) ? !jsonAlready : !htmlAlready)) {
                    error(c, 404, "not found: " + c.method() + " " + c.path());
                }
            });
        });
    }

    private static void databaseDown(Context c, Exception e) {
        LOG.warn("request {} {}: database unavailable: {}", c.method(), c.path(), DatabaseDown.message(e));
        c.header("Retry-After", "5");
        error(c, 503, "service unavailable: the database cannot be reached; retry shortly");
    }

    static boolean isApi(Context c) {
        return c.path().startsWith("/api/") || c.path().startsWith("/match/")
                || c.path().equals(ReconcileApi.PATH);
    }

    private static void html(Context c, String page) {
        c.contentType("text/html; charset=utf-8").result(page);
    }

    private static void securityHeaders(Context c) {
        c.header("Content-Security-Policy", CSP);
        c.header("X-Content-Type-Options", "nosniff");
        c.header("X-Frame-Options", "DENY");
        c.header("Referrer-Policy", "no-referrer");
        c.header("Cache-Control", "no-store");
        c.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    private static void error(Context c, int status, String message) {
        error(c, status, null, message);
    }

    /** JSON {@code {"status", "error", "field"}} for the API, an HTML page otherwise. */
    private static void error(Context c, int status, String field, String message) {
        c.status(status);
        if (isApi(c)) {
            var o = Json.object().put("status", status).put("error", message);
            if (field != null) {
                o.put("field", field);
            }
            ApiJson.respond(c, o);
        } else {
            html(c, Templates.error(c, status, message));
        }
    }

    /** A request for a record that is not in the active lists; answered with 404. */
    private static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    private ActiveLists.Located locate(Context c) throws Exception {
        EntityId id = EntityId.parse(c.pathParam("id"));
        return ctx.activeLists().locate(id).orElseThrow(() -> new NotFound("no record " + id + " in the active lists"));
    }

    private void listsApi(Context c) {
        var arr = Json.array();
        ctx.store().activeVersions().forEach(v -> arr.add(EntityJson.version(v)));
        c.contentType("application/json").result(Json.write(Json.object().set("lists", arr)));
    }

    private void entityApi(Context c) throws Exception {
        ActiveLists.Located found = locate(c);
        c.contentType("application/json").result(Json.write(
                EntityJson.entityInContext(found.entity(), found.version(), ctx.activeLists())));
    }
}
