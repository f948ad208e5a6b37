package org.vigil.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.app.Services;
import org.vigil.app.json.Json;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.monitoring.MonitoredRecord;
import org.vigil.screening.monitoring.RecordScreening;

/**
 * Monitored records over HTTP: create or replace one ({@code POST /api/v1/records}, {@code PUT
 * /api/v1/records/{id}}), read, delete, page through, and import a CSV file ({@code POST /api/v1/records/import}).
 * Every stored record is screened against the full active index in the same transaction, and its new alerts are in
 * the answer. An import keeps its good rows and reports each bad one with its line (as {@code vigil monitor import}).
 */
final class RecordsApi {
    static final int MAX_PAGE = 1000;
    static final int DEFAULT_PAGE = 100;
    /** The largest CSV body an import takes; larger files go through {@code vigil monitor import} or in parts. */
    static final int MAX_IMPORT_BYTES = 20_000_000;
    private static final Set<String> FIELDS = Set.of("id", "name", "type", "dob", "country");
    private static final Pattern FIELD_MESSAGE = Pattern.compile("^([a-z][a-z-]*): ");

    private final Services services;
    private final RecordScreening.Index index;
    private final int maxBodyBytes;

    RecordsApi(Services services, RecordScreening.Index index, int maxBodyBytes) {
        this.services = services;
        this.index = index;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** {@code POST /api/v1/records}: creates or replaces the record named by the body's {@code id}. */
    void create(Context c) {
        JsonNode body = ApiJson.object(ApiJson.body(c, maxBodyBytes), "", FIELDS);
        store(c, parse(body, ApiJson.text(body, "id", "id", true)));
    }

    /** {@code PUT /api/v1/records/{id}}: creates or replaces the record {@code id}; a body {@code id} must agree. */
    void put(Context c) {
        String id = c.pathParam("id");
        JsonNode body = ApiJson.object(ApiJson.body(c, maxBodyBytes), "", FIELDS);
        String bodyId = ApiJson.text(body, "id", "id", true);
        if (bodyId != null && !bodyId.strip().equals(id.strip())) {
            throw ApiError.badField("id", "id in the body ('" + ApiJson.abbreviate(bodyId) + "') differs from the "
                    + "id in the path ('" + ApiJson.abbreviate(id) + "')");
        }
        store(c, parse(body, id));
    }

    private void store(Context c, MonitoredRecord record) {
        RecordScreening.Stored stored;
        try {
            stored = services.recordScreening().upsert(Auth.require(c).actor(), record, index);
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        ObjectNode out = Json.object();
        out.set("record", MonitoringJson.record(record));
        out.put("created", stored.created());
        ArrayNode alerts = out.putArray("alerts");
        stored.raised().forEach(a -> alerts.add(MonitoringJson.alert(a)));
        c.status(stored.created() ? 201 : 200);
        ApiJson.respond(c, out);
    }

    private static MonitoredRecord parse(JsonNode body, String id) {
        try {
            return MonitoredRecord.parse(id, ApiJson.text(body, "name", "name", false),
                    ApiJson.text(body, "type", "type", false), ApiJson.text(body, "dob", "dob", false),
                    ApiJson.text(body, "country", "country", false));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
    }

    /** An {@link IllegalArgumentException} whose message starts {@code field: } as a 400 naming that field. */
    static ApiError invalid(IllegalArgumentException e) {
        String m = e.getMessage() == null ? "invalid request" : e.getMessage();
        Matcher f = FIELD_MESSAGE.matcher(m);
        return ApiError.badField(f.find() ? f.group(1) : null, m);
    }

    /** A whole-number query parameter within {@code [min, max]}, or {@code dflt} when absent. */
    static long queryWhole(Context c, String name, long min, long max, long dflt) {
        double d = ApiJson.queryNumber(c, name, min, max, dflt);
        if (d != Math.rint(d)) {
            throw ApiError.badField(name, name + " must be a whole number from " + min + " to " + max + ", got '"
                    + ApiJson.abbreviate(c.queryParam(name)) + "'");
        }
        return (long) d;
    }

    /** {@code GET /api/v1/records/{id}}: the record and its alerts. */
    void get(Context c) {
        String id = c.pathParam("id");
        MonitoredRecord r = services.monitored().find(id).orElseThrow(() -> new ApiError(404, "id",
                "no monitored record '" + ApiJson.abbreviate(id) + "'"));
        ObjectNode out = Json.object();
        out.set("record", MonitoringJson.record(r));
        ArrayNode alerts = out.putArray("alerts");
        for (Alert a : services.alerts().forRecord(id)) {
            alerts.add(MonitoringJson.alert(a));
        }
        ApiJson.respond(c, out);
    }

    /** {@code DELETE /api/v1/records/{id}}: stops monitoring; the record's alerts stay. */
    void delete(Context c) {
        String id = c.pathParam("id");
        if (!services.monitored().delete(Auth.require(c).actor(), id)) {
            throw new ApiError(404, "id", "no monitored record '" + ApiJson.abbreviate(id) + "'");
        }
        c.status(204);
    }

    /** {@code GET /api/v1/records?after=&limit=}: a page in id order; {@code next} is the {@code after} of the next. */
    void list(Context c) {
        int limit = (int) queryWhole(c, "limit", 1, MAX_PAGE, DEFAULT_PAGE);
        String after = c.queryParam("after");
        List<MonitoredRecord> page = services.monitored().page(after == null || after.isEmpty() ? null : after,
                limit);
        ObjectNode out = Json.object();
        ArrayNode records = out.putArray("records");
        page.forEach(r -> records.add(MonitoringJson.record(r)));
        if (page.size() == limit) {
            out.put("next", page.get(page.size() - 1).id());
        } else {
            out.putNull("next");
        }
        out.put("total", services.monitored().count());
        ApiJson.respond(c, out);
    }

    /**
     * {@code POST /api/v1/records/import}: a UTF-8 CSV body ({@code Content-Type: text/csv}) with a header; {@code id}
     * and {@code name} required, {@code type}, {@code dob}, {@code country} optional. Good rows are kept, each bad
     * row is reported with its line and skipped; a header error refuses the whole file (400, nothing stored).
     */
    void importCsv(Context c) throws IOException {
        String type = c.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("text/csv")) {
            throw new ApiError(415, null, "the request body must be CSV, sent as Content-Type: text/csv");
        }
        byte[] bytes = ApiJson.bodyBytes(c, MAX_IMPORT_BYTES, "CSV body",
                "; split the file or use `vigil monitor import`");
        if (bytes.length == 0) {
            throw new ApiError(400, null, "empty request body; expected a CSV file with a header line id,name");
        }
        String label = "request";
        RecordScreening.Imported imported;
        try {
            imported = services.recordScreening().importCsv(Auth.require(c).actor(),
                    new java.io.ByteArrayInputStream(bytes), label, index);
        } catch (IllegalArgumentException e) {
            throw ApiError.badField("header", e.getMessage());
        }
        ObjectNode out = Json.object().put("imported", imported.result().imported())
                .put("rejected", imported.result().rejected()).put("alertsRaised", imported.alertsRaised());
        out.set("errors", Json.strings(imported.result().errors()));
        ApiJson.respond(c, out);
    }
}
