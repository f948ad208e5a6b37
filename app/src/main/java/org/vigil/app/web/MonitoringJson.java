package org.vigil.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.vigil.app.json.Json;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.DecisionRecord;
import org.vigil.screening.monitoring.MonitoredRecord;
import org.vigil.screening.monitoring.RescreenRun;
import org.vigil.screening.webhooks.Webhook;

/** JSON renderings of monitored records, alerts, decisions, re-screening runs and webhooks for the API. */
final class MonitoringJson {
    private MonitoringJson() {
    }

    static ObjectNode record(MonitoredRecord r) {
        ObjectNode o = Json.object().put("id", r.id()).put("name", r.name()).put("type", r.type().name()
                .toLowerCase(java.util.Locale.ROOT));
        put(o, "dob", r.dob().map(FuzzyDate::canonical));
        put(o, "country", r.country());
        return o;
    }

    static ObjectNode alert(Alert a) {
        return Json.object().put("id", a.id()).put("record", a.recordId()).put("entity", a.entityId())
                .put("entityFingerprint", a.entityFingerprint()).put("score", a.score())
                .put("status", a.status().name()).put("createdAt", a.createdAt().toString())
                .put("updatedAt", a.updatedAt().toString());
    }

    /** The stored explanation as JSON (it is JSON text, checked when the alert was raised). */
    static ObjectNode explanation(Alert a) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(a.explanation());
        } catch (JsonProcessingException | ClassCastException e) {
            return Json.object().put("text", a.explanation());
        }
    }

    static ObjectNode decision(DecisionRecord d) {
        return Json.object().put("id", d.id()).put("decidedBy", d.decidedBy()).put("decision", d.decision().name())
                .put("reason", d.reason()).put("decidedAt", d.decidedAt().toString());
    }

    static ObjectNode run(RescreenRun r) {
        ObjectNode o = Json.object().put("version", r.versionId()).put("source", r.source());
        put(o, "from", r.fromVersion());
        o.put("status", r.status().name()).put("claimedBy", r.claimedBy()).put("attempts", r.attempts())
                .put("noticedAt", r.noticedAt().toString()).put("startedAt", r.startedAt().toString());
        put(o, "finishedAt", r.finishedAt().map(Object::toString));
        put(o, "leaseUntil", r.leaseUntil().map(Object::toString));
        o.putObject("counts").put("entities", r.entities()).put("records", r.records()).put("matches", r.matches())
                .put("alerts", r.alerts());
        put(o, "error", r.error());
        return o;
    }

    static ObjectNode webhook(Webhook w) {
        ObjectNode o = Json.object().put("id", w.id()).put("url", w.url()).put("createdBy", w.createdBy())
                .put("createdAt", w.createdAt().toString());
        o.putObject("deliveries").put("pending", w.pending()).put("delivered", w.delivered())
                .put("failed", w.failed());
        return o;
    }

    private static void put(ObjectNode o, String name, Optional<String> value) {
        if (value.isPresent()) {
            o.put(name, value.get());
        } else {
            o.putNull(name);
        }
    }
}
