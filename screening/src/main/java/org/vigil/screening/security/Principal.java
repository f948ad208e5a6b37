package org.vigil.screening.security;

import java.util.Objects;

/**
 * Who is making a request: a console user or a system holding an API key. {@link #actor()} is the name written to the
 * audit log ({@code user:alice}, {@code key:core-banking}).
 */
public record Principal(String name, Role role, Kind kind) {
    public enum Kind { USER, API_KEY }

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
    }

    public String actor() {
        return (kind == Kind.USER ? "user:" : "key:") + name;
    }

    public boolean has(Role required) {
        return role.atLeast(required);
    }
}
