package org.vigil.app.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.vigil.screening.security.ApiKeys;
import org.vigil.screening.security.Principal;
import org.vigil.screening.security.Secrets;
import org.vigil.screening.security.Sessions;

/**
 * Authentication and authorisation for every matched route, before its handler runs. A request is identified by an
 * API key ({@code Authorization: Bearer vk_...} or {@code X-API-Key}) or by the console session cookie. Then: the
 * route's {@link Access} (none: refused), 401 without identity, 403 without the role, 403 for a state-changing console
 * request without the session's CSRF token, 429 over the rate limit.
 */
public final class Auth {
    public static final String SESSION_COOKIE = "vigil_session";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "vigil.principal";
    private static final String SESSION = "vigil.session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final ApiKeys apiKeys;
    private final Sessions sessions;
    private final RateLimiter limiter;

    public Auth(ApiKeys apiKeys, Sessions sessions, RateLimiter limiter) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
        this.limiter = limiter;
    }

    /** The {@code beforeMatched} handler. */
    public void check(Context c) {
        Set<RouteRole> roles = c.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
            throw new ApiError(403, null, "forbidden: this route has no access rule");
        }
        identify(c);
        Optional<Principal> who = principal(c);
        if (access.role().isEmpty()) {
            return;
        }
        if (who.isEmpty()) {
            if (WebServer.isApi(c)) {
                c.header("WWW-Authenticate", "Bearer realm=\"vigil\"");
                throw new ApiError(401, null, "authentication required: send an API key as "
                        + "'Authorization: Bearer vk_...', or log in to the console");
            }
            throw new LoginRequired(c.path() + (c.queryString() == null ? "" : "?" + c.queryString()));
        }
        if (!who.get().has(access.role().get())) {
            throw new ApiError(403, null, "forbidden: " + access.role().get().label() + " role required, "
                    + who.get().actor() + " is " + who.get().role().label());
        }
        if (!limiter.tryAcquire(who.get().actor())) {
            c.header("Retry-After", Long.toString(limiter.retryAfterSeconds()));
            throw new ApiError(429, null, "too many requests from " + who.get().actor() + "; slow down");
        }
        Optional<Sessions.Session> session = session(c);
        if (session.isPresent() && !SAFE.contains(c.method())) {
            String token = Optional.ofNullable(c.header(CSRF_HEADER)).orElseGet(() -> formParam(c, CSRF_FIELD));
            if (!Secrets.constantTimeEquals(token, session.get().csrfToken())) {
                throw new ApiError(403, CSRF_FIELD, "forbidden: missing or wrong CSRF token; reload the page and "
                        + "try again");
            }
        }
    }

    private static String formParam(Context c, String name) {
        String type = c.contentType();
        if (type == null || !(type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            return null;
        }
        return c.formParam(name);
    }

    private void identify(Context c) {
        String key = bearer(c.header("Authorization")).orElse(c.header("X-API-Key"));
        if (key != null) {
            Principal p = apiKeys.authenticate(key.strip()).orElseThrow(() -> {
                c.header("WWW-Authenticate", "Bearer realm=\"vigil\", error=\"invalid_token\"");
                return new ApiError(401, null, "invalid or revoked API key");
            });
            c.attribute(PRINCIPAL, p);
            return;
        }
        String cookie = c.cookie(SESSION_COOKIE);
        if (cookie != null) {
            sessions.find(cookie).ifPresent(s -> {
                c.attribute(SESSION, s);
                c.attribute(PRINCIPAL, s.principal());
            });
        }
    }

    private static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    /** Who made the request; empty on a public route without credentials. */
    public static Optional<Principal> principal(Context c) {
        return Optional.ofNullable(c.attribute(PRINCIPAL));
    }

    /** Who made the request, on a route that requires a role (always present there). */
    public static Principal require(Context c) {
        return principal(c).orElseThrow(() -> new ApiError(401, null, "authentication required"));
    }

    /** The console session, when the request came with one. */
    public static Optional<Sessions.Session> session(Context c) {
        return Optional.ofNullable(c.attribute(SESSION));
    }

    /** The CSRF token forms on this page must carry (empty without a session). */
    public static String csrfToken(Context c) {
        return session(c).map(Sessions.Session::csrfToken).orElse("");
    }

    /** A hidden form field with the CSRF token, for console forms. */
    public static String csrfField(Context c) {
        return "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + Html.esc(csrfToken(c)) + "\">";
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS, for the session's lifetime. */
    public static void setSessionCookie(Context c, String value, long maxAgeSeconds) {
        c.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + ("https".equals(c.scheme()) ? "; Secure" : ""));
    }

    /** A console page needs a login: redirect there, coming back afterwards. */
    static final class LoginRequired extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String next;

        LoginRequired(String next) {
            super("login required");
            this.next = next;
        }

        String location() {
            return "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
    }
}
