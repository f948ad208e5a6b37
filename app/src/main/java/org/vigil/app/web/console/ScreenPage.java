package org.vigil.app.web.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.app.AppContext;
import org.vigil.app.json.Json;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.match.QueryInput;
import org.vigil.app.web.Auth;
import org.vigil.app.web.Frame;
import org.vigil.app.web.Templates;
import org.vigil.lists.model.Entity;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.index.LiveScreener;
import org.vigil.screening.audit.AuditLog;

/**
 * {@code GET /screen}: a form (name, type, date of birth, country, sources, threshold) and, when a name is given, the
 * matches with their scores and explanations. A GET form, so a result can be bookmarked and works without script.
 * Each screening is written to the audit log with the query and how many matches it found.
 */
public final class ScreenPage {
    static final List<String> TYPES = List.of("person", "organization", "vessel", "aircraft");

    private final AppContext ctx;
    private final ActiveScreener active;
    private final AuditLog audit;

    ScreenPage(AppContext ctx, ActiveScreener active, AuditLog audit) {
        this.ctx = ctx;
        this.active = active;
        this.audit = audit;
    }

    /** The form as submitted, for showing it again. */
    public record Form(String name, String type, String dob, String country, List<SourceOption> sources,
            String threshold, List<String> types) {
    }

    public record SourceOption(String id, boolean checked) {
    }

    /** One match as the page shows it. */
    public record MatchView(String score, Views.EntityRef entity, String schema, String programmes,
            String matchedName, String matchedKind, ExplanationView explanation) {
    }

    /** The outcome: null before anything was screened. */
    public record Outcome(String query, String threshold, List<MatchView> matches) {
    }

    void show(Context c) throws Exception {
        LiveScreener screener = active.screener();
        List<String> available = screener.index().sources();
        String name = param(c, "name");
        String type = param(c, "type");
        String dob = param(c, "dob");
        String country = param(c, "country");
        String thresholdText = param(c, "threshold");
        List<String> chosen = c.queryParams("sources").stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        List<SourceOption> options = available.stream()
                .map(s -> new SourceOption(s, chosen.isEmpty() || chosen.contains(s))).toList();
        Form form = new Form(name, type, dob, country, options,
                thresholdText.isEmpty() ? Views.two(ScreenOptions.DEFAULT_THRESHOLD) : thresholdText, TYPES);
        if (name.isEmpty()) {
            render(c, 200, form, "", null);
            return;
        }
        String error = "";
        Query query = null;
        double threshold = ScreenOptions.DEFAULT_THRESHOLD;
        Set<String> sources = new LinkedHashSet<>();
        try {
            if (name.length() > NameAnalyzer.MAX_CHARS) {
                throw new IllegalArgumentException("name: longer than " + NameAnalyzer.MAX_CHARS + " characters");
            }
            query = field("name", () -> new QueryInput(name, "", "", "", "").toQuery());
            field("type", () -> new QueryInput("x", type, "", "", "").toQuery());
            field("dob", () -> new QueryInput("x", "", dob, "", "").toQuery());
            field("country", () -> new QueryInput("x", "", "", country, "").toQuery());
            query = new QueryInput(name, type, dob, country, "").toQuery();
            threshold = threshold(thresholdText);
            for (String s : chosen) {
                if (!available.contains(s)) {
                    throw new IllegalArgumentException("sources: unknown source '" + s + "'; active: "
                            + String.join(", ", available));
                }
                sources.add(s);
            }
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (!error.isEmpty()) {
            render(c, 400, form, error, null);
            return;
        }
        List<Match> matches = screener.screen(query, new ScreenOptions(threshold, ScreenOptions.DEFAULT_LIMIT,
                sources.size() == available.size() ? Set.of() : sources)).matches();
        auditScreening(c, query, threshold, sources, matches);
        List<MatchView> views = new ArrayList<>();
        var lists = ctx.activeLists();
        for (Match m : matches) {
            Entity e = m.entity();
            views.add(new MatchView(Views.score(m.score()), Views.EntityRef.of(e.id(), lists), e.schema().label(),
                    String.join(", ", e.programmes()), m.matchedName(), m.matchedKind().label(),
                    ExplanationView.of(m.explanation())));
        }
        render(c, 200, form, "", new Outcome(name, Views.two(threshold), views));
    }

    private void auditScreening(Context c, Query q, double threshold, Set<String> sources, List<Match> matches) {
        ObjectNode d = Json.object();
        d.put("name", q.name());
        q.birthDate().ifPresent(x -> d.put("dob", x.canonical()));
        q.country().ifPresent(x -> d.put("country", x));
        d.put("threshold", threshold);
        d.set("sources", Json.strings(List.copyOf(sources)));
        d.put("matches", matches.size());
        d.set("top", Json.strings(matches.stream().limit(3).map(m -> m.id().toString()).toList()));
        audit.append(Auth.require(c).actor(), "screen.console", "screen", d.toString());
    }

    private static double threshold(String text) {
        if (text.isEmpty()) {
            return ScreenOptions.DEFAULT_THRESHOLD;
        }
        try {
            double t = Double.parseDouble(text);
            if (t >= 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("threshold: must be a number from 0 to 1, got '"
                + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "'");
    }

    private interface Check {
        Query run();
    }

    private static Query field(String field, Check check) {
        try {
            return check.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static void render(Context c, int status, Form form, String error, Outcome outcome) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("frame", Frame.of(c, form.name().isEmpty() ? "Screen" : "Screen: " + form.name(), "screen"));
        params.put("form", form);
        params.put("error", error);
        params.put("outcome", outcome);
        Templates.respond(c, status, "console/screen.jte", params);
    }

    static String param(Context c, String name) {
        String v = c.queryParam(name);
        return v == null ? "" : v.strip();
    }
}
