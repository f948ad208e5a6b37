package org.vigil.screening.security;

import java.util.Locale;

/**
 * What a user or API key may do. Roles are ordered: a reviewer can do everything an analyst can, an admin everything
 * a reviewer can. Analysts screen and make first decisions; reviewers also confirm true matches (the second pair of
 * eyes); admins also manage users, keys and configuration.
 */
public enum Role {
    ANALYST, REVIEWER, ADMIN;

    /** Whether this role grants at least {@code required}. */
    public boolean atLeast(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** Parses {@code analyst}, {@code reviewer} or {@code admin}, any case. */
    public static Role parse(String s) {
        if (s != null) {
            for (Role r : values()) {
                if (r.name().equalsIgnoreCase(s.strip())) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("role: expected analyst, reviewer or admin, got '" + s + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
