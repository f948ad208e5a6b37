package org.vigil.screening.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.lists.model.Entity;
import org.vigil.lists.testing.Entities;
import org.vigil.screening.audit.AuditEntry;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;

class AlertServiceTest {
    static final String NASTY = "Robert'); DROP TABLE alert;-- <img src=x onerror=alert(1)> \" \\ %_";
    static final String EXPLANATION = "{\"score\":0.93,\"names\":[\"Ivan Petrov\"]}";

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);
    private final Entity ivan = Entities.person("un:QDi.001", "Ivan Petrov").programme("Al-Qaida").build();

    private record Fixture(Database db, AuditLog audit, AlertService alerts) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
        }
    }

    private Fixture open(Backend backend) {
        Database db = backend.open(dir);
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        return new Fixture(db, audit, new AlertService(db.jdbi(), audit, clock));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void raisingTwiceGivesOneAlert(Backend backend) {
        try (Fixture f = open(backend)) {
            Optional<Alert> first = f.alerts().raise("system", "cust-1", ivan, 0.93, EXPLANATION);
            Optional<Alert> second = f.alerts().raise("system", "cust-1", ivan, 0.95, EXPLANATION);
            assertThat(first).isPresent();
            assertThat(second).isEmpty();
            Alert a = first.get();
            assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(a.entityId()).isEqualTo("un:QDi.001");
            assertThat(a.entityFingerprint()).isEqualTo(EntityFingerprint.of(ivan));
            assertThat(a.explanation()).isEqualTo(EXPLANATION);
            assertThat(f.alerts().forRecord("cust-1")).containsExactly(a);
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::action).containsExactly("alert.raise");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void fourThreadsRaisingTheSameAlertAtOnceCreateOne(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Alert>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return f.alerts().raise("worker", "cust-7", ivan, 0.9, EXPLANATION);
                }));
            }
            start.countDown();
            int raised = 0;
            for (Future<Optional<Alert>> r : results) {
                raised += r.get().isPresent() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(raised).isEqualTo(1);
            assertThat(f.alerts().forRecord("cust-7")).hasSize(1);
            assertThat(f.audit().read(1, 10)).hasSize(1);
            assertThat(f.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFalsePositiveIsNotRaisedAgainUntilTheListingChanges(Backend backend) {
        try (Fixture f = open(backend)) {
            Alert a = f.alerts().raise("system", "cust-1", ivan, 0.93, EXPLANATION).orElseThrow();
            Alert decided = f.alerts().decide(a.id(), "alice", Decision.FALSE_POSITIVE, "different birth date");
            assertThat(decided.status()).isEqualTo(AlertStatus.FALSE_POSITIVE);
            assertThat(f.alerts().find(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.FALSE_POSITIVE);

            assertThat(f.alerts().raise("system", "cust-1", ivan, 0.93, EXPLANATION)).isEmpty();

            Entity relisted = ivan.toBuilder().programme("SDGT").build();
            Alert again = f.alerts().raise("system", "cust-1", relisted, 0.93, EXPLANATION).orElseThrow();
            assertThat(again.id()).isNotEqualTo(a.id());
            assertThat(again.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(again.entityFingerprint()).isNotEqualTo(a.entityFingerprint());
            // another record matching the same listing is its own alert
            assertThat(f.alerts().raise("system", "cust-2", ivan, 0.9, EXPLANATION)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTrueMatchNeedsASecondDifferentPerson(Backend backend) {
        try (Fixture f = open(backend)) {
            Alert a = f.alerts().raise("system", "cust-1", ivan, 0.97, EXPLANATION).orElseThrow();
            Alert proposed = f.alerts().decide(a.id(), "alice", Decision.TRUE_MATCH, "same passport number");
            assertThat(proposed.status()).isEqualTo(AlertStatus.PENDING_SECOND_REVIEW);

            assertThatThrownBy(() -> f.alerts().decide(a.id(), "alice", Decision.TRUE_MATCH, "confirming myself"))
                    .isInstanceOf(DecisionRefusedException.class)
                    .hasMessageContaining("alert " + a.id())
                    .hasMessageContaining("'alice' proposed this true match and cannot also review it")
                    .hasMessageContaining("four eyes");
            assertThat(f.alerts().find(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.PENDING_SECOND_REVIEW);

            Alert confirmed = f.alerts().decide(a.id(), "bob", Decision.TRUE_MATCH, "agree: passport matches");
            assertThat(confirmed.status()).isEqualTo(AlertStatus.CONFIRMED_MATCH);
            assertThat(f.alerts().find(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.CONFIRMED_MATCH);
            assertThatThrownBy(() -> f.alerts().decide(a.id(), "carol", Decision.FALSE_POSITIVE, "late"))
                    .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("already decided");

            assertThat(f.alerts().decisions(a.id())).extracting(DecisionRecord::decidedBy, DecisionRecord::decision)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", Decision.TRUE_MATCH),
                            org.assertj.core.groups.Tuple.tuple("bob", Decision.TRUE_MATCH));
            List<AuditEntry> log = f.audit().read(1, 10);
            assertThat(log).extracting(AuditEntry::action)
                    .containsExactly("alert.raise", "alert.decide", "alert.decide");
            assertThat(log.get(2).actor()).isEqualTo("bob");
            assertThat(log.get(2).details()).contains("\"to\":\"CONFIRMED_MATCH\"");
            assertThat(f.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSecondReviewerMayRejectOrEscalateAProposedMatch(Backend backend) {
        try (Fixture f = open(backend)) {
            Alert a = f.alerts().raise("system", "cust-1", ivan, 0.97, EXPLANATION).orElseThrow();
            f.alerts().decide(a.id(), "alice", Decision.ESCALATE, "unsure, needs a reviewer");
            assertThat(f.alerts().find(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.ESCALATED);
            assertThatThrownBy(() -> f.alerts().decide(a.id(), "alice", Decision.ESCALATE, "again"))
                    .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("already escalated");
            f.alerts().decide(a.id(), "rita", Decision.TRUE_MATCH, "looks like him");
            Alert rejected = f.alerts().decide(a.id(), "bob", Decision.FALSE_POSITIVE, "birth year differs");
            assertThat(rejected.status()).isEqualTo(AlertStatus.FALSE_POSITIVE);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDecisionNeedsAReasonAndAKnownAlert(Backend backend) {
        try (Fixture f = open(backend)) {
            Alert a = f.alerts().raise("system", "cust-1", ivan, 0.9, EXPLANATION).orElseThrow();
            assertThatThrownBy(() -> f.alerts().decide(a.id(), "alice", Decision.FALSE_POSITIVE, "  "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("reason: required, must not be blank");
            assertThatThrownBy(() -> f.alerts().decide(a.id(), "alice", Decision.FALSE_POSITIVE, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason:");
            assertThatThrownBy(() -> f.alerts().decide(a.id() + 1000, "alice", Decision.FALSE_POSITIVE, "x"))
                    .isInstanceOf(AlertNotFoundException.class).hasMessage("alert " + (a.id() + 1000) + ": not found");
            assertThat(f.alerts().find(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
            assertThat(f.alerts().decisions(a.id())).isEmpty();
            assertThat(f.audit().read(1, 10)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sqlMetacharactersAndMarkupAreStoredVerbatim(Backend backend) {
        try (Fixture f = open(backend)) {
            Entity nasty = Entities.person("un:" + "QDi.666", NASTY).build();
            String explanation = "{\"name\":\"" + NASTY.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            Alert a = f.alerts().raise(NASTY, NASTY, nasty, 0.5, explanation).orElseThrow();
            f.alerts().decide(a.id(), NASTY, Decision.FALSE_POSITIVE, NASTY);
            Alert back = f.alerts().forRecord(NASTY).get(0);
            assertThat(back.recordId()).isEqualTo(NASTY);
            assertThat(back.explanation()).isEqualTo(explanation);
            DecisionRecord d = f.alerts().decisions(a.id()).get(0);
            assertThat(d.decidedBy()).isEqualTo(NASTY);
            assertThat(d.reason()).isEqualTo(NASTY);
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::actor).containsExactly(NASTY, NASTY);
            assertThat(f.audit().verify().ok()).isTrue();
            assertThat(f.alerts().withStatus(AlertStatus.FALSE_POSITIVE, 10)).extracting(Alert::id)
                    .containsExactly(a.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void registeringAMonitoredRecordIsIdempotentAndAudited(Backend backend) {
        try (Fixture f = open(backend)) {
            assertThat(f.alerts().isMonitored("cust-9")).isFalse();
            f.alerts().registerRecord("import", "cust-9", true);
            f.alerts().registerRecord("import", "cust-9", true);
            assertThat(f.alerts().isMonitored("cust-9")).isTrue();
            f.alerts().registerRecord("admin", "cust-9", false);
            assertThat(f.alerts().isMonitored("cust-9")).isFalse();
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::action)
                    .containsExactly("record.monitor", "record.register");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badRaiseInputIsRefusedByField(Backend backend) {
        try (Fixture f = open(backend)) {
            assertThatThrownBy(() -> f.alerts().raise("system", " ", ivan, 0.9, EXPLANATION))
                    .hasMessage("record-id: required, must not be blank");
            assertThatThrownBy(() -> f.alerts().raise("system", "c", ivan, Double.NaN, EXPLANATION))
                    .hasMessageStartingWith("score: must be a finite number");
            assertThatThrownBy(() -> f.alerts().raise("system", "c", ivan, 0.9, "<not json>"))
                    .hasMessageStartingWith("explanation: not valid JSON");
            assertThatThrownBy(() -> f.alerts().raise("system", "c", "un:X", "abc", 0.9, EXPLANATION))
                    .hasMessageStartingWith("entity-fingerprint:");
            assertThat(f.alerts().forRecord("c")).isEmpty();
        }
    }
}
