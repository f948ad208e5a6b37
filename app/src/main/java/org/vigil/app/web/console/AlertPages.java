package org.vigil.app.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.app.AppContext;
import org.vigil.app.json.Json;
import org.vigil.app.web.ApiError;
import org.vigil.app.web.Auth;
import org.vigil.app.web.Frame;
import org.vigil.app.web.Templates;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertNotFoundException;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.alerts.AlertStatus;
import org.vigil.screening.alerts.Decision;
import org.vigil.screening.alerts.DecisionRecord;
import org.vigil.screening.alerts.DecisionRefusedException;
import org.vigil.screening.alerts.EntityFingerprint;
import org.vigil.screening.monitoring.MonitoredRecord;
import org.vigil.screening.monitoring.MonitoredRecords;
import org.vigil.screening.security.Principal;
import org.vigil.screening.security.Role;

/**
 * The alert queue ({@code GET /alerts?status=OPEN}) and one alert ({@code GET /alerts/{id}}: the screened record, the
 * listed entity, score, explanation, every decision so far and the decision form). Decisions are posted to
 * {@code POST /alerts/{id}/decision} and answered with a redirect back to the alert (so a reload does not decide
 * twice). A true match waits for a second person; only a reviewer may take that second decision (four eyes), and
 * {@link AlertService} refuses it from the person who proposed the match.
 */
public final class AlertPages {
    static final int QUEUE_ROWS = 200;
    /** Counts on the status tabs stop here ("1000+"). */
    static final int COUNT_CAP = 1000;
    static final int MAX_REASON = 2000;

    private final AppContext ctx;
    private final AlertService alerts;
    private final MonitoredRecords records;

    AlertPages(AppContext ctx, AlertService alerts, MonitoredRecords records) {
        this.ctx = ctx;
        this.alerts = alerts;
        this.records = records;
    }

    public record StatusTab(String status, String label, String count, String href, boolean active) {
    }

    public record AlertRow(long id, String href, String record, Views.EntityRef entity, String score, String status,
            String statusLabel, String created, String updated) {
    }

    public record QueueView(String status, String statusLabel, List<StatusTab> tabs, List<AlertRow> rows,
            boolean more) {
    }

    public record DecisionRow(String at, String by, String decision, String reason) {
    }

    /** A button of the decision form: posts {@code decision=value}. */
    public record Choice(String value, String label, String hint) {
    }

    /** The screened record as monitored (empty fields when it is not a monitored record). */
    public record RecordView(String id, String name, String type, String dob, String country) {
    }

    /**
     * One alert.
     *
     * @param choices the decisions this user may take now; empty when the form is not shown
     * @param note    why the form is not shown, or what the decision will do
     * @param done    the outcome of the decision just taken, after the redirect
     */
    public record DetailView(long id, String action, RecordView record, Views.EntityRef entity, String score,
            String status, String statusLabel, String created, String updated, String matchedName,
            String matchedKind, String version, boolean listingChanged, ExplanationView explanation,
            List<DecisionRow> decisions, List<Choice> choices, String note, String done, String error,
            String reason) {
    }

    static String label(AlertStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String label(Decision d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Counts per status for the dashboard and the tabs: exact up to {@link #COUNT_CAP}. */
    Map<AlertStatus, String> counts() {
        Map<AlertStatus, String> out = new java.util.EnumMap<>(AlertStatus.class);
        for (AlertStatus s : AlertStatus.values()) {
            int n = alerts.withStatus(s, COUNT_CAP + 1).size();
            out.put(s, n > COUNT_CAP ? COUNT_CAP + "+" : Integer.toString(n));
        }
        return out;
    }

    void queue(Context c) throws Exception {
        AlertStatus status = status(c.queryParam("status"));
        Map<AlertStatus, String> counts = counts();
        List<StatusTab> tabs = new ArrayList<>();
        for (AlertStatus s : AlertStatus.values()) {
            tabs.add(new StatusTab(s.name(), label(s), counts.get(s), "/alerts?status=" + s.name(), s == status));
        }
        List<Alert> page = alerts.withStatus(status, QUEUE_ROWS + 1);
        var lists = ctx.activeLists();
        List<AlertRow> rows = new ArrayList<>();
        for (Alert a : page.stream().limit(QUEUE_ROWS).toList()) {
            rows.add(new AlertRow(a.id(), "/alerts/" + a.id(), a.recordId(), Views.EntityRef.of(a.entityId(), lists),
                    Views.score(a.score()), a.status().name(), label(a.status()), Views.minute(a.createdAt()),
                    Views.minute(a.updatedAt())));
        }
        QueueView view = new QueueView(status.name(), label(status), tabs, rows, page.size() > QUEUE_ROWS);
        Templates.respond(c, 200, "console/alerts.jte", Map.of("frame", Frame.of(c, "Alerts: " + label(status),
                "alerts"), "q", view));
    }

    private static AlertStatus status(String text) {
        if (text == null || text.isBlank()) {
            return AlertStatus.OPEN;
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (AlertStatus s : AlertStatus.values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new ApiError(400, "status", "status: unknown alert status '" + abbreviate(text) + "'; expected one of "
                + String.join(", ", java.util.Arrays.stream(AlertStatus.values()).map(Enum::name).toList()));
    }

    void show(Context c) throws Exception {
        Alert a = find(c);
        String done = c.queryParam("done") != null ? "Decision recorded; the alert is now " + label(a.status()) + "."
                : "";
        render(c, 200, a, done, "", "");
    }

    void decide(Context c) throws Exception {
        Alert a = find(c);
        Principal who = Auth.require(c);
        String decisionText = form(c, "decision");
        String reason = form(c, "reason");
        Decision decision = null;
        for (Decision d : Decision.values()) {
            if (d.name().equals(decisionText)) {
                decision = d;
            }
        }
        if (decision == null) {
            render(c, 400, a, "", "decision: choose true match, false positive or escalate", reason);
            return;
        }
        if (reason.isEmpty()) {
            render(c, 400, a, "", "reason: required; say why you decide so", reason);
            return;
        }
        if (reason.length() > MAX_REASON) {
            render(c, 400, a, "", "reason: longer than " + MAX_REASON + " characters", reason);
            return;
        }
        if (a.status() == AlertStatus.PENDING_SECOND_REVIEW && !who.has(Role.REVIEWER)) {
            render(c, 403, a, "", "a proposed true match is confirmed or rejected by a reviewer (four eyes); "
                    + who.actor() + " is " + who.role().label(), reason);
            return;
        }
        try {
            alerts.decide(a.id(), who.actor(), decision, reason);
        } catch (DecisionRefusedException e) {
            render(c, 409, alerts.find(a.id()).orElse(a), "", e.getMessage(), reason);
            return;
        } catch (AlertNotFoundException e) {
            throw new ApiError(404, null, e.getMessage());
        } catch (IllegalArgumentException e) {
            render(c, 400, a, "", e.getMessage(), reason);
            return;
        }
        c.redirect("/alerts/" + a.id() + "?done=1", HttpStatus.SEE_OTHER);
    }

    private Alert find(Context c) {
        String raw = c.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiError(404, null, "no alert '" + abbreviate(raw) + "': alert ids are numbers");
        }
        return alerts.find(id).orElseThrow(() -> new ApiError(404, null, "no alert " + id));
    }

    private void render(Context c, int status, Alert a, String done, String error, String reason) throws Exception {
        Principal who = Auth.require(c);
        List<DecisionRecord> history = alerts.decisions(a.id());
        List<DecisionRow> rows = new ArrayList<>();
        for (DecisionRecord d : history) {
            rows.add(new DecisionRow(Views.minute(d.decidedAt()), d.decidedBy(), label(d.decision()), d.reason()));
        }
        List<Choice> choices = new ArrayList<>();
        String note;
        switch (a.status()) {
            case OPEN, ESCALATED -> {
                choices.add(new Choice(Decision.TRUE_MATCH.name(), "True match",
                        "a reviewer other than you must then confirm it"));
                choices.add(new Choice(Decision.FALSE_POSITIVE.name(), "False positive",
                        "not raised again until the listing changes"));
                if (a.status() == AlertStatus.OPEN) {
                    choices.add(new Choice(Decision.ESCALATE.name(), "Escalate", "hand it to a reviewer"));
                }
                note = "";
            }
            case PENDING_SECOND_REVIEW -> {
                String proposer = history.stream().filter(d -> d.decision() == Decision.TRUE_MATCH)
                        .reduce((x, y) -> y).map(DecisionRecord::decidedBy).orElse("");
                if (!who.has(Role.REVIEWER)) {
                    note = "A true match was proposed by " + proposer + "; a reviewer must confirm or reject it "
                            + "(four eyes).";
                } else if (proposer.equals(who.actor())) {
                    note = "You proposed this true match; a second, different reviewer must confirm it (four eyes).";
                } else {
                    note = "A true match was proposed by " + proposer + ". Confirm it as the second reviewer, or "
                            + "reject it.";
                    choices.add(new Choice(Decision.TRUE_MATCH.name(), "Confirm true match", "second review"));
                    choices.add(new Choice(Decision.FALSE_POSITIVE.name(), "Reject: false positive", ""));
                    choices.add(new Choice(Decision.ESCALATE.name(), "Escalate", ""));
                }
            }
            default -> note = "Decided: " + label(a.status()) + ". No further decisions are taken.";
        }
        var lists = ctx.activeLists();
        Views.EntityRef entity = Views.EntityRef.of(a.entityId(), lists);
        boolean listingChanged = false;
        try {
            Optional<Entity> current = lists.entity(EntityId.parse(a.entityId()));
            listingChanged = current.isPresent() && !EntityFingerprint.of(current.get()).equals(a.entityFingerprint());
        } catch (IllegalArgumentException e) {
            // an entity id that does not parse is shown as stored
        }
        JsonNode stored = readJson(a.explanation());
        RecordView record = records.find(a.recordId()).map(AlertPages::record)
                .orElse(new RecordView(a.recordId(), "", "", "", ""));
        DetailView view = new DetailView(a.id(), "/alerts/" + a.id() + "/decision", record, entity,
                Views.score(a.score()), a.status().name(), label(a.status()), Views.minute(a.createdAt()),
                Views.minute(a.updatedAt()), stored.path("matchedName").asText(""),
                stored.path("matchedKind").asText("").toLowerCase(Locale.ROOT).replace('_', ' '),
                stored.path("version").asText(""), listingChanged, ExplanationView.ofJson(a.explanation()), rows,
                choices, note, done, error, reason);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(c, "Alert " + a.id(), "alerts"));
        params.put("a", view);
        Templates.respond(c, status, "console/alert.jte", params);
    }

    private static RecordView record(MonitoredRecord r) {
        return new RecordView(r.id(), r.name(), r.type().label(), r.dob().map(d -> d.canonical()).orElse(""),
                r.country().orElse(""));
    }

    private static JsonNode readJson(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            return Json.object();
        }
    }

    /** A form field, or empty (also when the body is not a form, e.g. JSON sent to this page). */
    private static String form(Context c, String name) {
        String type = c.contentType();
        if (type == null || !(type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            return "";
        }
        String v = c.formParam(name);
        return v == null ? "" : v.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
