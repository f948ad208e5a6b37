package org.vigil.screening.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.SecretBox;
import org.vigil.screening.security.Secrets;

/**
 * Sends the outbox: claims due deliveries with a lease (a conditional update only one instance wins), POSTs each as
 * signed JSON ({@link WebhookSignature}; headers {@code X-Vigil-Delivery} with the delivery id for deduplication and
 * {@code X-Vigil-Event}), marks a 2xx answer delivered and retries anything else with exponential backoff until
 * {@link Settings#maxAttempts()}. At-least-once: an instance that crashes after sending but before recording it
 * leaves the lease to lapse, and the delivery is sent again with the same id.
 */
public final class WebhookDeliverer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WebhookDeliverer.class.getName());
    public static final String DELIVERY_HEADER = "X-Vigil-Delivery";
    public static final String EVENT_HEADER = "X-Vigil-Event";

    /**
     * @param poll        how often the outbox is checked
     * @param lease       how long a claimed delivery is this instance's (longer than {@code timeout})
     * @param timeout     connect and response timeout of one attempt
     * @param firstRetry  the delay after the first failure; doubled after each further one, up to {@code maxRetry}
     * @param maxAttempts attempts before a delivery is marked FAILED
     * @param batch       deliveries claimed per check
     */
    public record Settings(Duration poll, Duration lease, Duration timeout, Duration firstRetry, Duration maxRetry,
                           int maxAttempts, int batch) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10),
                    Duration.ofSeconds(10), Duration.ofHours(1), 10, 20);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final HttpClient http;
    private final String instance;
    private final Settings settings;
    private final ScheduledExecutorService scheduler;
    private final SecretBox secrets;

    /** @param secrets opens the endpoints' secrets, sealed by {@link Webhooks} under the same key */
    public WebhookDeliverer(Jdbi jdbi, Clock clock, String instance, Settings settings, SecretBox secrets) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instance = Objects.requireNonNull(instance, "instance");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts checking the outbox every {@code settings.poll()} on a background thread. */
    public WebhookDeliverer start() {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                deliverDue();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "webhook delivery check failed: " + e);
            }
        }, settings.poll().toMillis(), settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private record Due(long id, long webhookId, String url, String secret, String event, String payload,
                       int attempts) {
    }

    /** One pass: claims up to {@code batch} due deliveries and sends them. Returns how many were attempted. */
    public int deliverDue() {
        Instant now = Database.truncate(clock.instant());
        List<Long> candidates = jdbi.withHandle(h -> h.createQuery("SELECT d.id FROM webhook_delivery d "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now "
                        + "AND (d.lease_until IS NULL OR d.lease_until < :now) ORDER BY d.id LIMIT :n")
                .bind("now", Database.timestamp(now)).bind("n", settings.batch()).mapTo(Long.class).list());
        int attempted = 0;
        for (long id : candidates) {
            String token = Secrets.token(24);
            Instant claimedAt = Database.truncate(clock.instant());
            int won = jdbi.withHandle(h -> h.createUpdate("UPDATE webhook_delivery SET claim_token = :token, "
                            + "lease_until = :until, attempts = attempts + 1 WHERE id = :id AND status = 'PENDING' "
                            + "AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)")
                    .bind("token", token).bind("until", Database.timestamp(claimedAt.plus(settings.lease())))
                    .bind("id", id).bind("now", Database.timestamp(claimedAt)).execute());
            if (won != 1) {
                continue; // another instance has it
            }
            Due due = jdbi.withHandle(h -> h.createQuery("SELECT d.id, d.webhook_id, w.url, w.secret, d.event, "
                            + "d.payload, d.attempts FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id "
                            + "WHERE d.id = :id AND d.claim_token = :token")
                    .bind("id", id).bind("token", token)
                    .map((rs, ctx) -> new Due(rs.getLong("id"), rs.getLong("webhook_id"), rs.getString("url"),
                            rs.getString("secret"), rs.getString("event"), rs.getString("payload"),
                            rs.getInt("attempts")))
                    .findOne().orElse(null));
            if (due == null) {
                continue;
            }
            attempted++;
            send(due, token);
        }
        return attempted;
    }

    private void send(Due due, String token) {
        long t = clock.instant().getEpochSecond();
        Integer status = null;
        String error;
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(due.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Vigil-Webhooks/1")
                    .header(WebhookSignature.HEADER, WebhookSignature.header(secrets.open(due.secret()), t, due.payload()))
                    .header(DELIVERY_HEADER, Long.toString(due.id()))
                    .header(EVENT_HEADER, due.event())
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
            status = res.statusCode();
            error = status / 100 == 2 ? null : "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(due, token, status, error);
    }

    private void record(Due due, String token, Integer status, String error) {
        Instant now = Database.truncate(clock.instant());
        if (error == null) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = :now, "
                            + "last_status = :status, last_error = NULL, claim_token = NULL, lease_until = NULL "
                            + "WHERE id = :id AND claim_token = :token")
                    .bind("now", Database.timestamp(now)).bind("status", status).bind("id", due.id())
                    .bind("token", token).execute());
            return;
        }
        boolean giveUp = due.attempts() >= settings.maxAttempts();
        Instant next = now.plus(backoff(due.attempts()));
        String message = error.length() > 900 ? error.substring(0, 900) : error;
        jdbi.useHandle(h -> h.createUpdate("UPDATE webhook_delivery SET status = :st, next_attempt_at = :next, "
                        + "last_status = :status, last_error = :error, claim_token = NULL, lease_until = NULL "
                        + "WHERE id = :id AND claim_token = :token")
                .bind("st", giveUp ? "FAILED" : "PENDING").bind("next", Database.timestamp(next))
                .bind("status", status).bind("error", message).bind("id", due.id()).bind("token", token).execute());
        LOG.log(System.Logger.Level.WARNING, "webhook delivery " + due.id() + " to " + due.url() + " failed (attempt "
                + due.attempts() + "): " + message + (giveUp ? "; giving up" : "; retrying at " + next));
    }

    /** The delay after the {@code attempts}-th failed attempt: firstRetry doubled each time, at most maxRetry. */
    Duration backoff(int attempts) {
        Duration d = settings.firstRetry();
        for (int i = 1; i < attempts && d.compareTo(settings.maxRetry()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : d;
    }

    /** How the deliveries of one alert stand, for tests and the API: status per delivery id. */
    public List<DeliveryState> deliveries(long alertId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, webhook_id, status, attempts, last_status, last_error "
                        + "FROM webhook_delivery WHERE alert_id = :a ORDER BY id")
                .bind("a", alertId)
                .map((rs, ctx) -> new DeliveryState(rs.getLong("id"), rs.getLong("webhook_id"), rs.getString("status"),
                        rs.getInt("attempts"), (Integer) rs.getObject("last_status"), rs.getString("last_error")))
                .list());
    }

    /** One delivery as stored. */
    public record DeliveryState(long id, long webhookId, String status, int attempts, Integer lastStatus,
                                String lastError) {
    }

    String instance() {
        return instance;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
