package org.vigil.app.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.vigil.screening.security.Principal;
import org.vigil.screening.security.Secrets;
import org.vigil.screening.security.Sessions;
import org.vigil.screening.security.Users;

/**
 * Console login and logout. The login form is protected against login CSRF by a double-submit token (a SameSite=Strict
 * cookie and a hidden field that must agree); a successful login starts a fresh server session (no fixation), and the
 * attempt, successful or not, is in the audit log. Failed attempts are rate-limited per client address (held in memory only).
 */
public final class LoginPages {
    static final String LOGIN_CSRF_COOKIE = "vigil_login_csrf";

    private final Users users;
    private final Sessions sessions;
    private final RateLimiter attempts;

    public LoginPages(Users users, Sessions sessions, RateLimiter attempts) {
        this.users = users;
        this.sessions = sessions;
        this.attempts = attempts;
    }

    public void form(Context c) {
        form(c, null, 200);
    }

    private void form(Context c, String error, int status) {
        String token = Secrets.token(24);
        c.res().addHeader("Set-Cookie", LOGIN_CSRF_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict"
                + ("https".equals(c.scheme()) ? "; Secure" : ""));
        String next = safeNext(c.queryParam("next")).orElse(safeNext(formNext(c)).orElse("/"));
        c.status(status).contentType("text/html; charset=utf-8").result(Templates.render("login.jte",
                java.util.Map.of("frame", Frame.anonymous("Log in"), "error", error == null ? "" : error,
                        "noUsers", !users.any(), "token", token, "next", next)));
    }

    private static String formNext(Context c) {
        String type = c.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded") ? c.formParam("next") : null;
    }

    public void submit(Context c) {
        String client = "login:" + c.ip();
        if (!attempts.available(client)) {
            c.header("Retry-After", Long.toString(attempts.retryAfterSeconds()));
            form(c, "Too many login attempts; wait a minute and try again.", 429);
            return;
        }
        String cookie = c.cookie(LOGIN_CSRF_COOKIE);
        if (cookie == null || !Secrets.constantTimeEquals(cookie, c.formParam("_csrf"))) {
            form(c, "The login form expired; please try again.", 403);
            return;
        }
        Optional<Principal> who = users.authenticate(c.formParam("username"), c.formParam("password"), "console");
        if (who.isEmpty()) {
            attempts.tryAcquire(client);
            form(c, "Wrong username or password.", 401);
            return;
        }
        String old = c.cookie(Auth.SESSION_COOKIE);
        if (old != null) {
            sessions.end(old);
        }
        String session = sessions.start(who.get().name());
        Auth.setSessionCookie(c, session, Sessions.ABSOLUTE.toSeconds());
        c.res().addHeader("Set-Cookie", LOGIN_CSRF_COOKIE + "=; Path=/login; Max-Age=0; HttpOnly; SameSite=Strict");
        c.redirect(safeNext(c.formParam("next")).orElse("/"), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void logout(Context c) {
        String cookie = c.cookie(Auth.SESSION_COOKIE);
        if (cookie != null) {
            sessions.end(cookie);
        }
        Auth.setSessionCookie(c, "", 0);
        c.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Only same-site absolute paths: never {@code //host} or {@code https://...} (no open redirect). */
    static Optional<String> safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.chars().anyMatch(ch -> ch < 0x20)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
