package org.vigil.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.app.AppContext;
import org.vigil.app.Services;
import org.vigil.app.json.Json;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertNotFoundException;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.alerts.AlertStatus;
import org.vigil.screening.alerts.Decision;
import org.vigil.screening.alerts.DecisionRefusedException;
import org.vigil.screening.monitoring.RescreenRun;
import org.vigil.screening.security.Principal;
import org.vigil.screening.security.Role;

/**
 * Alerts over HTTP: the queue with filters ({@code GET /api/v1/alerts}), one alert with its explanation and decision
 * history, decisions ({@code POST /api/v1/alerts/{id}/decisions}) under four eyes, and the re-screening runs
 * ({@code GET /api/v1/rescreens}). Analysts read and take first decisions; confirming or rejecting a proposed true
 * match needs a reviewer who is not the person who proposed it, and an escalated alert is decided by a reviewer.
 */
final class AlertsApi {
    static final int MAX_PAGE = 1000;
    static final int DEFAULT_PAGE = 100;
    static final int MAX_REASON = 2000;
    private static final Set<String> DECISION_FIELDS = Set.of("decision", "reason");

    private final AppContext ctx;
    private final Services services;
    private final int maxBodyBytes;

    AlertsApi(AppContext ctx, Services services, int maxBodyBytes) {
        this.ctx = ctx;
        this.services = services;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** {@code GET /api/v1/alerts?status=&record=&entity=&after=&limit=}: oldest first; {@code next} pages on. */
    void list(Context c) {
        Optional<AlertStatus> status = Optional.ofNullable(c.queryParam("status")).filter(s -> !s.isBlank())
                .map(AlertsApi::status);
        Optional<String> record = Optional.ofNullable(c.queryParam("record")).filter(s -> !s.isEmpty());
        Optional<String> entity = Optional.ofNullable(c.queryParam("entity")).filter(s -> !s.isEmpty());
        long after = RecordsApi.queryWhole(c, "after", 0, Long.MAX_VALUE / 2, 0);
        int limit = (int) RecordsApi.queryWhole(c, "limit", 1, MAX_PAGE, DEFAULT_PAGE);
        List<Alert> page = services.alerts().list(status, record, entity, after, limit);
        ObjectNode out = Json.object();
        ArrayNode alerts = out.putArray("alerts");
        page.forEach(a -> alerts.add(MonitoringJson.alert(a)));
        if (page.size() == limit) {
            out.put("next", page.get(page.size() - 1).id());
        } else {
            out.putNull("next");
        }
        ApiJson.respond(c, out);
    }

    private static AlertStatus status(String s) {
        try {
            return AlertStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badField("status", "unknown status '" + ApiJson.abbreviate(s) + "'; expected one of "
                    + Arrays.stream(AlertStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** {@code GET /api/v1/alerts/{id}}: the alert, its explanation, the listed entity now and the decisions. */
    void get(Context c) throws Exception {
        Alert a = find(c);
        ApiJson.respond(c, detail(a));
    }

    private ObjectNode detail(Alert a) throws Exception {
        ObjectNode out = MonitoringJson.alert(a);
        out.set("explanation", MonitoringJson.explanation(a));
        Optional<Entity> listed;
        try {
            listed = ctx.activeLists().entity(EntityId.parse(a.entityId()));
        } catch (IllegalArgumentException e) {
            listed = Optional.empty();
        }
        if (listed.isPresent()) {
            out.putObject("entityNow").put("caption", listed.get().caption()).put("listed", true);
        } else {
            out.putObject("entityNow").put("listed", false);
        }
        ArrayNode decisions = out.putArray("decisions");
        services.alerts().decisions(a.id()).forEach(d -> decisions.add(MonitoringJson.decision(d)));
        return out;
    }

    private Alert find(Context c) {
        String raw = c.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiError(404, "id", "no alert '" + ApiJson.abbreviate(raw) + "'; alert ids are numbers");
        }
        return services.alerts().find(id).orElseThrow(() -> new ApiError(404, "id", "no alert " + id));
    }

    /**
     * {@code POST /api/v1/alerts/{id}/decisions} {@code {"decision": "TRUE_MATCH|FALSE_POSITIVE|ESCALATE",
     * "reason": "..."}}: 200 with the alert as it now stands; 403 for an analyst deciding a proposed true match or an
     * escalated alert; 409
     * for a decision the review rules refuse (the proposer confirming, an alert already decided).
     */
    void decide(Context c) throws Exception {
        Alert alert = find(c);
        JsonNode body = ApiJson.object(ApiJson.body(c, maxBodyBytes), "", DECISION_FIELDS);
        String rawDecision = ApiJson.text(body, "decision", "decision", false);
        if (rawDecision == null || rawDecision.isBlank()) {
            throw ApiError.badField("decision", "decision is required: TRUE_MATCH, FALSE_POSITIVE or ESCALATE");
        }
        Decision decision;
        try {
            decision = Decision.valueOf(rawDecision.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badField("decision", "unknown decision '" + ApiJson.abbreviate(rawDecision)
                    + "'; expected TRUE_MATCH, FALSE_POSITIVE or ESCALATE");
        }
        String reason = ApiJson.text(body, "reason", "reason", false);
        if (reason == null || reason.isBlank()) {
            throw ApiError.badField("reason", "reason is required: say why, for the record");
        }
        if (reason.length() > MAX_REASON) {
            throw ApiError.badField("reason", "reason is longer than " + MAX_REASON + " characters");
        }
        Principal who = Auth.require(c);
        if (AlertService.needsReviewer(alert.status()) && !who.has(Role.REVIEWER)) {
            throw new ApiError(403, null, "forbidden: alert " + alert.id() + (alert.status()
                    == AlertStatus.PENDING_SECOND_REVIEW ? " awaits a second review of a proposed true match"
                    : " was escalated") + "; deciding it needs the reviewer role, " + who.actor() + " is "
                    + who.role().label());
        }
        Alert after;
        try {
            after = services.alerts().decide(alert.id(), who.actor(), who.role(), decision, reason);
        } catch (DecisionRefusedException e) {
            throw new ApiError(409, "decision", e.getMessage());
        } catch (AlertNotFoundException e) {
            throw new ApiError(404, "id", e.getMessage());
        }
        ApiJson.respond(c, detail(after));
    }

    /** {@code GET /api/v1/rescreens?limit=}: re-screening runs, newest first, with their counts. */
    void rescreens(Context c) {
        int limit = (int) RecordsApi.queryWhole(c, "limit", 1, MAX_PAGE, DEFAULT_PAGE);
        ObjectNode out = Json.object();
        ArrayNode runs = out.putArray("runs");
        for (RescreenRun r : services.rescreenRuns().list(limit)) {
            runs.add(MonitoringJson.run(r));
        }
        ApiJson.respond(c, out);
    }
}
