package org.vigil.screening.webhooks;

import java.time.Instant;

/**
 * A registered webhook endpoint (never with its secret), and how its deliveries stand.
 *
 * @param pending   deliveries waiting to be sent or retried
 * @param delivered deliveries the endpoint acknowledged with a 2xx
 * @param failed    deliveries given up after {@link WebhookDeliverer.Settings#maxAttempts()} attempts
 */
public record Webhook(long id, String url, String createdBy, Instant createdAt, long pending, long delivered,
                      long failed) {
}
