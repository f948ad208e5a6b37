package org.vigil.app.web;

/** HTML escaping and the page frame. Every value from a list or a request goes through {@link #esc}. */
public final class Html {
    private Html() {
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A console page for the request's user: {@code body} inside the shared layout ({@code layout.jte}: navigation,
     * who is logged in and a logout form carrying the session's CSRF token). {@code body} must already be escaped
     * HTML; new pages are better written as templates ({@link Templates}).
     */
    public static String page(io.javalin.http.Context c, String title, String body) {
        return Templates.render("page.jte", java.util.Map.of("frame", Frame.of(c, title, ""), "html", body));
    }

    /** A complete page without a user (no navigation); {@code body} must already be escaped HTML. */
    public static String page(String title, String body) {
        return Templates.render("page.jte", java.util.Map.of("frame", Frame.anonymous(title), "html", body));
    }
}
