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
     * A console page for the request's user: the page frame plus who is logged in and a logout form carrying the
     * session's CSRF token. {@code body} must already be escaped HTML.
     */
    public static String page(io.javalin.http.Context c, String title, String body) {
        String user = Auth.principal(c).map(p -> "<span class=\"user\">" + esc(p.name()) + " (" + esc(p.role().label())
                + ")</span>").orElse("");
        String logout = Auth.session(c).isPresent() ? "<form method=\"post\" action=\"/logout\" class=\"logout\">"
                + Auth.csrfField(c) + "<button type=\"submit\">Log out</button></form>" : "";
        return page(title, body).replace("</header>", user + logout + "</header>");
    }

    /** A complete page; {@code body} must already be escaped HTML. */
    public static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Vigil</title><link rel=\"stylesheet\" href=\"/static/vigil.css\">"
                + "</head><body><header><a class=\"brand\" href=\"/\">Vigil</a>"
                + "<form method=\"get\" action=\"/entities\" role=\"search\"><label>Entity id "
                + "<input name=\"id\" placeholder=\"un-sc:QDe.118\" required></label> <button>Show</button></form>"
                + "</header><main>" + body + "</main></body></html>\n";
    }
}
