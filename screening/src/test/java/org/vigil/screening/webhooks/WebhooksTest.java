package org.vigil.screening.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.vigil.screening.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.lists.model.Entity;
import org.vigil.lists.testing.Entities;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.audit.AuditEntry;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.SecretBox;

/**
 * Webhooks against a real local HTTP endpoint that checks every signature itself (its own HMAC, not Vigil's code):
 * the outbox commits with the alert, deliveries are signed, retried with backoff, given up after the last attempt,
 * cancelled with their endpoint, and two workers on one database send each delivery once.
 */
class WebhooksTest {
    static final String SECRET = "test-secret-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EXPLANATION = "{\"score\":0.9}";

    @TempDir
    Path dir;

    /** What the endpoint saw: one entry per request, with whether its signature was valid. */
    record Received(String deliveryId, String event, String body, long timestamp, boolean signatureValid) {
    }

    HttpServer endpoint;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failNext = new AtomicInteger();


    @BeforeEach
    void startEndpoint() throws Exception {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/hook", ex -> {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            String text = new String(body, StandardCharsets.UTF_8);
            String sig = ex.getRequestHeaders().getFirst("X-Vigil-Signature");
            long t = -1;
            boolean valid = false;
            if (sig != null && sig.matches("t=\\d+,v1=[0-9a-f]{64}")) {
                t = Long.parseLong(sig.substring(2, sig.indexOf(',')));
                valid = sig.substring(sig.indexOf("v1=") + 3).equals(hmac(SECRET, t + "." + text));
            }
            received.add(new Received(ex.getRequestHeaders().getFirst("X-Vigil-Delivery"),
                    ex.getRequestHeaders().getFirst("X-Vigil-Event"), text, t, valid));
            int status = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        endpoint.setExecutor(Executors.newFixedThreadPool(4));
        endpoint.start();
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook";
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Fixture(Database db, AuditLog audit, Webhooks webhooks, AlertService alerts, MovableClock clock,
                           SecretBox secrets) implements AutoCloseable {
        WebhookDeliverer deliverer(String instance) {
            return new WebhookDeliverer(db.jdbi(), clock, instance, new WebhookDeliverer.Settings(
                    Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(1),
                    Duration.ofSeconds(4), 4, 50), secrets);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private Fixture open(Backend backend) {
        Database db = backend.open(dir);
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        SecretBox secrets = SecretBox.random();
        Webhooks webhooks = new Webhooks(db.jdbi(), audit, clock, secrets);
        return new Fixture(db, audit, webhooks, new AlertService(db.jdbi(), audit, clock, webhooks.outbox()), clock,
                secrets);
    }

    static Entity entity(int i) {
        return Entities.person("un:QDi." + (100 + i), "Listed Person " + i).build();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNewAlertIsDeliveredSignedWithItsDeliveryId(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            Webhooks.Created hook = f.webhooks().register("user:admin", url(), Optional.of(SECRET));
            assertThat(hook.secret()).isEqualTo(SECRET);
            Alert alert = f.alerts().raise("system", "cust-<1>", entity(1), 0.91, EXPLANATION).orElseThrow();
            WebhookDeliverer deliverer = f.deliverer("a");
            assertThat(deliverer.deliveries(alert.id())).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo("PENDING"));

            assertThat(deliverer.deliverDue()).isEqualTo(1);
            assertThat(received).singleElement().satisfies(r -> {
                assertThat(r.signatureValid()).as("signature").isTrue();
                assertThat(r.timestamp()).isEqualTo(f.clock().instant().getEpochSecond());
                assertThat(r.event()).isEqualTo("alert.raised");
                assertThat(r.deliveryId()).isEqualTo(Long.toString(deliverer.deliveries(alert.id()).get(0).id()));
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.at("/alert/id").asLong()).isEqualTo(alert.id());
                assertThat(body.at("/alert/record").asText()).isEqualTo("cust-<1>");
                assertThat(body.at("/alert/entity").asText()).isEqualTo("un:QDi.101");
            });
            assertThat(deliverer.deliveries(alert.id())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo("DELIVERED");
                assertThat(d.lastStatus()).isEqualTo(204);
            });
            assertThat(deliverer.deliverDue()).as("nothing left").isZero();
            assertThat(f.webhooks().list()).singleElement().satisfies(w -> {
                assertThat(w.delivered()).isEqualTo(1);
                assertThat(w.url()).isEqualTo(url());
            });
            // the secret is in no audit row
            assertThat(f.audit().read(1, 100)).extracting(AuditEntry::details)
                    .noneSatisfy(d -> assertThat(d).contains(SECRET));
            // and the database holds it sealed, not as it is
            String stored = f.db().jdbi().withHandle(h -> h.createQuery("SELECT secret FROM webhook")
                    .mapTo(String.class).one());
            assertThat(stored).startsWith(SecretBox.PREFIX).doesNotContain(SECRET);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anInstanceWithAnotherKeyCannotSignAndSaysWhy(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            f.webhooks().register("user:admin", url(), Optional.of(SECRET));
            Alert alert = f.alerts().raise("system", "cust-9", entity(9), 0.9, EXPLANATION).orElseThrow();
            WebhookDeliverer wrongKey = new WebhookDeliverer(f.db().jdbi(), f.clock(), "b",
                    new WebhookDeliverer.Settings(Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(5),
                            Duration.ofSeconds(1), Duration.ofSeconds(4), 4, 50), SecretBox.random());
            assertThat(wrongKey.deliverDue()).isEqualTo(1);
            assertThat(received).as("nothing sent unsigned or wrongly signed").isEmpty();
            assertThat(wrongKey.deliveries(alert.id())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo("PENDING");
                assertThat(d.lastError()).contains("same VIGIL_SECRET_KEY");
            });
            // an instance with the right key delivers it at its retry time
            f.clock().advance(Duration.ofSeconds(1));
            assertThat(f.deliverer("a").deliverDue()).isEqualTo(1);
            assertThat(received).singleElement().satisfies(r -> assertThat(r.signatureValid()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailingEndpointIsRetriedWithBackoffAndGivenUpAfterTheLastAttempt(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            f.webhooks().register("user:admin", url(), Optional.of(SECRET));
            WebhookDeliverer deliverer = f.deliverer("a");
            Alert alert = f.alerts().raise("system", "cust-2", entity(2), 0.9, EXPLANATION).orElseThrow();
            failNext.set(2);
            assertThat(deliverer.deliverDue()).isEqualTo(1); // attempt 1: 500
            assertThat(deliverer.deliverDue()).as("not before its retry time").isZero();
            f.clock().advance(Duration.ofSeconds(1));
            assertThat(deliverer.deliverDue()).isEqualTo(1); // attempt 2, after 1 s: 500
            f.clock().advance(Duration.ofSeconds(1));
            assertThat(deliverer.deliverDue()).as("the second delay is 2 s").isZero();
            f.clock().advance(Duration.ofSeconds(1));
            assertThat(deliverer.deliverDue()).isEqualTo(1); // attempt 3: 204
            assertThat(deliverer.deliveries(alert.id())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo("DELIVERED");
                assertThat(d.attempts()).isEqualTo(3);
            });
            assertThat(received).hasSize(3).allSatisfy(r -> assertThat(r.signatureValid()).isTrue())
                    .extracting(Received::deliveryId).containsOnly(received.get(0).deliveryId());

            Alert doomed = f.alerts().raise("system", "cust-3", entity(3), 0.9, EXPLANATION).orElseThrow();
            failNext.set(100);
            for (int i = 0; i < 4; i++) {
                assertThat(deliverer.deliverDue()).isEqualTo(1);
                f.clock().advance(Duration.ofSeconds(4));
            }
            assertThat(deliverer.deliveries(doomed.id())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo("FAILED");
                assertThat(d.attempts()).isEqualTo(4);
                assertThat(d.lastError()).isEqualTo("HTTP 500");
            });
            assertThat(deliverer.deliverDue()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theOutboxCommitsAndRollsBackWithTheAlert(Backend backend) {
        try (Fixture f = open(backend)) {
            f.webhooks().register("user:admin", url(), Optional.of(SECRET));
            assertThatThrownBy(() -> f.db().jdbi().useTransaction(h -> {
                f.alerts().raise(h, "system", "cust-4", entity(4), 0.9, EXPLANATION);
                throw new IllegalStateException("crash before commit");
            })).hasMessageContaining("crash before commit");
            assertThat(f.alerts().forRecord("cust-4")).isEmpty();
            assertThat((long) f.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM webhook_delivery")
                    .mapTo(Long.class).one())).isZero();
            // raising the same alert again adds no second delivery
            Alert a = f.alerts().raise("system", "cust-4", entity(4), 0.9, EXPLANATION).orElseThrow();
            assertThat(f.alerts().raise("system", "cust-4", entity(4), 0.9, EXPLANATION)).isEmpty();
            assertThat(f.deliverer("a").deliveries(a.id())).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoWorkersOnOneDatabaseSendEachDeliveryOnce(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            f.webhooks().register("user:admin", url(), Optional.of(SECRET));
            f.webhooks().register("user:admin", url() + "?second", Optional.of(SECRET));
            for (int i = 0; i < 15; i++) {
                f.alerts().raise("system", "cust-" + i, entity(i), 0.9, EXPLANATION);
            }
            WebhookDeliverer a = f.deliverer("a");
            WebhookDeliverer b = f.deliverer("b");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            Future<Integer> fa = pool.submit(() -> {
                start.await();
                return a.deliverDue();
            });
            Future<Integer> fb = pool.submit(() -> {
                start.await();
                return b.deliverDue();
            });
            start.countDown();
            assertThat(fa.get() + fb.get()).isEqualTo(30);
            pool.shutdown();
            Map<String, Integer> perDelivery = new ConcurrentHashMap<>();
            received.forEach(r -> perDelivery.merge(r.deliveryId(), 1, Integer::sum));
            assertThat(perDelivery).hasSize(30).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
            assertThat(received).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void registrationIsValidatedAndDeletingCancelsPendingDeliveries(Backend backend) {
        try (Fixture f = open(backend)) {
            assertThatThrownBy(() -> f.webhooks().register("user:admin", "ftp://example.org/x", Optional.empty()))
                    .hasMessageStartingWith("url: ");
            assertThatThrownBy(() -> f.webhooks().register("user:admin", "/relative", Optional.empty()))
                    .hasMessageStartingWith("url: ");
            assertThatThrownBy(() -> f.webhooks().register("user:admin", "https://example.org/x",
                    Optional.of("short"))).hasMessageStartingWith("secret: ");
            Webhooks.Created generated = f.webhooks().register("user:admin", url(), Optional.empty());
            assertThat(generated.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
            Alert alert = f.alerts().raise("system", "cust-9", entity(9), 0.9, EXPLANATION).orElseThrow();
            assertThat(f.webhooks().delete("user:admin", generated.webhook().id())).isTrue();
            assertThat(f.webhooks().delete("user:admin", generated.webhook().id())).isFalse();
            assertThat(f.webhooks().list()).isEmpty();
            WebhookDeliverer d = f.deliverer("a");
            assertThat(d.deliveries(alert.id())).singleElement()
                    .satisfies(x -> assertThat(x.status()).isEqualTo("CANCELLED"));
            assertThat(d.deliverDue()).isZero();
            assertThat(received).isEmpty();
            assertThat(f.audit().read(1, 100)).extracting(AuditEntry::action)
                    .containsExactly("webhook.create", "alert.raise", "webhook.delete");
            assertThat(f.audit().verify().ok()).isTrue();
        }
    }
}
