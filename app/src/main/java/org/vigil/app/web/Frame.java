package org.vigil.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.vigil.screening.security.Principal;
import org.vigil.screening.security.Role;

/**
 * What the page layout needs besides the page itself: the title, the navigation with the current section marked,
 * who is logged in and the session's CSRF token for the logout form.
 *
 * @param user   the logged-in user's name, empty on a page seen without a login (the login page, a public error)
 * @param role   that user's role label
 * @param csrf   the session's CSRF token, empty without a console session (then there is no logout form)
 */
public record Frame(String title, String section, String user, String role, String csrf, List<NavItem> nav) {

    /** One navigation link; {@code active} marks the section of the current page. */
    public record NavItem(String label, String href, boolean active) {
    }

    public Frame {
        nav = List.copyOf(nav);
    }

    public boolean signedIn() {
        return !user.isEmpty();
    }

    public boolean hasSession() {
        return !csrf.isEmpty();
    }

    /** The frame for a page of {@code section} (screen, alerts, lists, batches, audit; empty for the dashboard). */
    public static Frame of(Context c, String title, String section) {
        Principal who = Auth.principal(c).orElse(null);
        if (who == null) {
            return new Frame(title, section, "", "", "", List.of());
        }
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem("Screen", "/screen", section.equals("screen")));
        nav.add(new NavItem("Alerts", "/alerts", section.equals("alerts")));
        nav.add(new NavItem("Lists", "/lists", section.equals("lists")));
        nav.add(new NavItem("Batches", "/batches", section.equals("batches")));
        if (who.has(Role.REVIEWER)) {
            nav.add(new NavItem("Audit", "/audit", section.equals("audit")));
        }
        return new Frame(title, section, who.name(), who.role().label(), Auth.csrfToken(c), nav);
    }

    /** A frame for a page seen without a login (the login page). */
    public static Frame anonymous(String title) {
        return new Frame(title, "", "", "", "", List.of());
    }
}
