package org.vigil.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The console's JTE templates ({@code app/src/main/jte}), compiled to Java classes at build time (no compiler at run
 * time) with the HTML content type: every {@code ${...}} is escaped for where it stands (element text, attribute,
 * URL). Pages share {@code layout.jte}: header with navigation, the user and the logout form.
 */
public final class Templates {
    /** The package the jte-maven-plugin generates the template classes into (see app/pom.xml). */
    static final String PACKAGE = "org.vigil.app.web.templates";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    private Templates() {
    }

    /** Renders {@code template} (a path under src/main/jte, e.g. {@code console/screen.jte}) with its parameters. */
    public static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, params, out);
        return out.toString();
    }

    /** Answers with a rendered page. */
    public static void respond(Context c, int status, String template, Map<String, Object> params) {
        c.status(status).contentType("text/html; charset=utf-8").result(render(template, params));
    }

    /** The error page: the status and a message, inside the layout (with navigation when logged in). */
    public static String error(Context c, int status, String message) {
        return render("error.jte", Map.of("frame", Frame.of(c, "Error " + status, ""), "status", status,
                "message", message == null ? "" : message));
    }
}
