package org.vigil.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.vigil.app.Services;
import org.vigil.app.json.Json;
import org.vigil.screening.webhooks.Webhooks;

/**
 * Webhook endpoints for new alerts (admin only): register ({@code POST /api/v1/webhooks} {@code {"url", "secret"?}};
 * the secret, generated when absent, is in this answer only), list, delete. Deliveries are signed; see
 * docs/monitoring.md.
 */
final class WebhooksApi {
    private static final Set<String> FIELDS = Set.of("url", "secret");

    private final Services services;
    private final int maxBodyBytes;

    WebhooksApi(Services services, int maxBodyBytes) {
        this.services = services;
        this.maxBodyBytes = maxBodyBytes;
    }

    void create(Context c) {
        JsonNode body = ApiJson.object(ApiJson.body(c, maxBodyBytes), "", FIELDS);
        String url = ApiJson.text(body, "url", "url", false);
        Optional<String> secret = Optional.ofNullable(ApiJson.text(body, "secret", "secret", false));
        Webhooks.Created created;
        try {
            created = services.webhooks().register(Auth.require(c).actor(), url, secret);
        } catch (IllegalArgumentException e) {
            throw RecordsApi.invalid(e);
        }
        ObjectNode out = Json.object();
        out.set("webhook", MonitoringJson.webhook(created.webhook()));
        out.put("secret", created.secret());
        out.put("note", "the secret is shown only now; deliveries are signed with it (X-Vigil-Signature)");
        c.status(201);
        ApiJson.respond(c, out);
    }

    void list(Context c) {
        ObjectNode out = Json.object();
        ArrayNode hooks = out.putArray("webhooks");
        services.webhooks().list().forEach(w -> hooks.add(MonitoringJson.webhook(w)));
        ApiJson.respond(c, out);
    }

    void delete(Context c) {
        String raw = c.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiError(404, "id", "no webhook '" + ApiJson.abbreviate(raw) + "'; webhook ids are numbers");
        }
        if (!services.webhooks().delete(Auth.require(c).actor(), id)) {
            throw new ApiError(404, "id", "no webhook " + id);
        }
        c.status(204);
    }
}
