package org.vigil.app.web;

import io.javalin.security.RouteRole;
import java.util.Optional;
import org.vigil.screening.security.Role;

/**
 * Who may call a route. Every route is registered with exactly one; a route registered without one is refused to
 * everybody (deny by default), and the authorisation test walks the router to check each route against each role.
 */
public enum Access implements RouteRole {
    /** Anyone, without logging in: health, the login page, static assets, the OpenAPI document. */
    PUBLIC(null),
    ANALYST(Role.ANALYST),
    REVIEWER(Role.REVIEWER),
    ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The least role required; empty for public routes. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
