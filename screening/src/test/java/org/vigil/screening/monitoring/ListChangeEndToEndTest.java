package org.vigil.screening.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.lists.delta.Delta;
import org.vigil.lists.delta.Deltas;
import org.vigil.lists.delta.EntityChange;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.version.ImportRequest;
import org.vigil.lists.version.ImportResult;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.ListVersion;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertStatus;
import org.vigil.screening.alerts.Decision;
import org.vigil.screening.alerts.DecisionRefusedException;
import org.vigil.screening.audit.AuditEntry;
import org.vigil.screening.audit.Verification;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.Role;

/**
 * The whole monitoring story on real UN lists, with two server instances on one database: UN 2025-08-02 active,
 * customers imported (screened as they arrive), UN 2026-02-27 activated by "another process" (a plain store import),
 * both instances notice and exactly one re-screens; the alerts are exactly those for customers matching entities the
 * new version added or changed; they are decided under four eyes; the audit chain verifies, and a row edited by SQL
 * is named by the verification.
 */
class ListChangeEndToEndTest {
    static final String CUSTOMERS = """
            id,name,type,dob,country
            added-1,Dimitri Herard,person,,
            added-2,Kempes Sanon,person,,HT
            changed-1,Bashar Sabawi Ibrahim Hasan al-Tikriti,person,,IQ
            unchanged-1,Hafiz Muhammad Saeed,person,1950-06-05,PK
            none-1,Maria Fernanda Oliveira,person,1984,BR
            none-2,Nordic Timber Trading AB,organization,,SE
            none-3,Kenji Watanabe,person,1979-03,JP
            """;
    static final Duration DEADLINE = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNewUnVersionRaisesExactlyTheRightAlertsOnceAcrossTwoInstances(Backend backend) throws Exception {
        ListStore store = new ListStore(dir.resolve("lists"), Clock.systemUTC(), Parsers::forFormat);
        ImportResult old = store.importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                List.of(TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml")), "test"));
        assertThat(old.outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
        String oldId = old.version().orElseThrow().id();
        String url = backend.newUrl(dir);

        try (ServerInstance a = new ServerInstance(url, store, "instance-a", ServerInstance.fast());
             ServerInstance b = new ServerInstance(url, store, "instance-b", ServerInstance.fast())) {
            // customers arrive while 2025-08 is active: each is screened against the full index as it is stored
            RecordScreening.Imported imported = a.screening.importCsv("user:alice",
                    new ByteArrayInputStream(CUSTOMERS.getBytes(StandardCharsets.UTF_8)), "customers.csv", a.index());
            assertThat(imported.result().imported()).isEqualTo(7);
            Set<String> alertedAtImport = records(a.alerts.list(Optional.empty(), Optional.empty(),
                    Optional.empty(), 0, 1000));
            // Saeed and al-Tikriti were listed in 2025-08 already; the two Haitians were not yet
            assertThat(alertedAtImport).contains("unchanged-1", "changed-1").doesNotContain("added-1", "added-2",
                    "none-1", "none-2", "none-3");

            // an earlier instance claimed the first run of 2025-08 and crashed: its lease has lapsed
            a.db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO rescreen_run (version_id, source, status, "
                            + "claimed_by, lease_until, attempts, noticed_at, started_at) VALUES (:v, 'un-sc', "
                            + "'RUNNING', 'crashed-instance', :lapsed, 1, :lapsed, :lapsed)")
                    .bind("v", oldId).bind("lapsed", Database.timestamp(Instant.now().minusSeconds(5))).execute());
            a.watcher.start();
            b.watcher.start();
            // one of the two takes it over: a full run (first sight of the list), raising nothing new, since the
            // import screened everything already
            RescreenRun first = awaitDone(a.runs, oldId);
            assertThat(first.fromVersion()).isEmpty();
            assertThat(first.attempts()).isEqualTo(2);
            assertThat(first.claimedBy()).isIn("instance-a", "instance-b");
            assertThat(first.records()).isEqualTo(7);
            assertThat(first.alerts()).isZero();
            long lastAlertBefore = a.alerts.list(Optional.empty(), Optional.empty(),
                    Optional.empty(), 0, 1000).stream().mapToLong(Alert::id).max().orElse(0);

            // another process activates UN 2026-02-27
            ImportResult next = store.importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                    List.of(TestData.unBundled()), "test"));
            assertThat(next.outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
            String newId = next.version().orElseThrow().id();
            RescreenRun run = awaitDone(b.runs, newId);
            assertThat(run.fromVersion()).contains(oldId);
            assertThat(run.claimedBy()).isIn("instance-a", "instance-b");
            assertThat(run.attempts()).isEqualTo(1);
            assertThat(run.records()).isEqualTo(7);

            // exactly the customers matching added or changed entities got new alerts, each for such an entity
            ListVersion oldVersion = store.load(store.find(oldId).orElseThrow());
            ListVersion newVersion = store.load(store.find(newId).orElseThrow());
            Delta delta = Deltas.between(oldVersion, newVersion);
            Set<String> addedOrChanged = Stream.concat(delta.added().stream(),
                    delta.changed().stream().map(EntityChange::after)).map(e -> e.id().toString())
                    .collect(Collectors.toSet());
            assertThat(addedOrChanged).contains("un-sc:HTi.008", "un-sc:HTi.009", "un-sc:IQi.085")
                    .doesNotContain("un-sc:QDi.263");
            List<Alert> raised = a.alerts.list(Optional.empty(), Optional.empty(),
                    Optional.empty(), lastAlertBefore, 1000);
            assertThat(records(raised)).containsExactlyInAnyOrder("added-1", "added-2", "changed-1");
            assertThat(raised).allSatisfy(x -> assertThat(addedOrChanged).contains(x.entityId()));
            assertThat(raised).extracting(Alert::entityId).contains("un-sc:HTi.008", "un-sc:HTi.009",
                    "un-sc:IQi.085");
            assertThat(run.alerts()).isEqualTo(raised.size());

            // both instances keep checking; neither runs the version again nor raises anything more
            a.watcher.check();
            b.watcher.check();
            List<AuditEntry> log = a.audit.read(1, 100_000);
            assertThat(log.stream().filter(e -> e.action().equals("rescreen.takeover")
                    && e.subject().equals("list:" + oldId))).singleElement()
                    .satisfies(e -> assertThat(e.details()).contains("crashed-instance"));
            assertThat(log.stream().filter(e -> e.action().equals("rescreen.claim")
                    && e.subject().equals("list:" + newId))).hasSize(1);
            assertThat(log.stream().filter(e -> e.action().equals("monitor.rescreen")
                    && e.subject().equals("list:" + newId))).hasSize(1);
            assertThat(a.alerts.list(Optional.empty(), Optional.empty(),
                    Optional.empty(), lastAlertBefore, 1000)).hasSize(raised.size());

            // decisions: a false positive by an analyst; a true match proposed by an analyst, confirmed by a reviewer
            Alert fp = only(raised, "added-1");
            assertThat(a.alerts.decide(fp.id(), "user:ann", Role.ANALYST, Decision.FALSE_POSITIVE,
                    "different person: born 1990 in Brazil").status()).isEqualTo(AlertStatus.FALSE_POSITIVE);
            Alert tm = only(raised, "added-2");
            assertThat(b.alerts.decide(tm.id(), "user:ann", Role.ANALYST, Decision.TRUE_MATCH,
                    "same name, same country").status()).isEqualTo(AlertStatus.PENDING_SECOND_REVIEW);
            assertThatThrownBy(() -> a.alerts.decide(tm.id(), "user:ann", Role.REVIEWER, Decision.TRUE_MATCH,
                    "confirming my own")).isInstanceOf(DecisionRefusedException.class).hasMessageContaining("four eyes");
            assertThatThrownBy(() -> a.alerts.decide(tm.id(), "user:bob", Role.ANALYST, Decision.TRUE_MATCH,
                    "an analyst cannot confirm")).isInstanceOf(DecisionRefusedException.class)
                    .hasMessageContaining("reviewer");
            assertThat(a.alerts.decide(tm.id(), "user:rita", Role.REVIEWER, Decision.TRUE_MATCH,
                    "confirmed against the passport copy").status()).isEqualTo(AlertStatus.CONFIRMED_MATCH);
            assertThat(a.alerts.decisions(tm.id())).extracting(d -> d.decidedBy())
                    .containsExactly("user:ann", "user:rita");

            // the audit chain (written by both instances) verifies ...
            Verification ok = a.audit.verify();
            assertThat(ok.ok()).as(ok.toString()).isTrue();
            // ... until someone edits a row behind its back
            AuditEntry decision = a.audit.read(1, 100_000).stream()
                    .filter(e -> e.action().equals("alert.decide") && e.subject().equals("alert:" + fp.id()))
                    .findFirst().orElseThrow();
            a.db.jdbi().useHandle(h -> h.createUpdate("UPDATE audit_log SET details = :d WHERE seq = :seq")
                    .bind("d", decision.details().replace("FALSE_POSITIVE", "TRUE_MATCH"))
                    .bind("seq", decision.seq()).execute());
            Verification broken = b.audit.verify();
            assertThat(broken.ok()).isFalse();
            assertThat(broken.brokenAt()).hasValue(decision.seq());
            assertThat(broken.problem()).contains("edited");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRollbackReScreensAgainstWhatTheRolledBackVersionHadDropped(Backend backend) throws Exception {
        ListStore store = new ListStore(dir.resolve("lists"), Clock.systemUTC(), Parsers::forFormat);
        String oldId = store.importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                List.of(TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml")), "test"))
                .version().orElseThrow().id();
        try (ServerInstance a = new ServerInstance(backend.newUrl(dir), store, "instance-a", ServerInstance.fast())) {
            assertThat(a.watcher.check()).hasSize(1); // the older version, re-screened while it is active
            String newId = store.importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                    List.of(TestData.unBundled()), "test")).version().orElseThrow().id();
            assertThat(a.watcher.check()).hasSize(1); // then the newer one
            Delta delta = Deltas.between(store.load(store.find(oldId).orElseThrow()),
                    store.load(store.find(newId).orElseThrow()));
            org.vigil.lists.model.Entity dropped = delta.removed().stream()
                    .filter(e -> e.schema() == org.vigil.lists.model.Schema.PERSON).findFirst().orElseThrow();
            // a customer stored while the newer version is active: screened against it, where the person is gone
            String csv = "id,name,type\nlate-1," + dropped.primaryName().value().replace(",", " ") + ",person\n";
            a.screening.importCsv("user:alice", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    "late.csv", a.index());
            assertThat(a.alerts.list(Optional.empty(), Optional.empty(), Optional.empty(), 0, 1000)).isEmpty();

            store.activate(oldId); // the newer version is rolled back
            List<RescreenResult> rolledBack = a.watcher.check();
            assertThat(rolledBack).hasSize(1);
            RescreenRun run = a.runs.find(oldId + "#2").orElseThrow();
            assertThat(run.status()).isEqualTo(RescreenRun.Status.DONE);
            assertThat(run.fromVersion()).contains(newId);
            assertThat(run.entities()).as("screened against what differs from the newer version")
                    .isLessThan(200).isGreaterThanOrEqualTo(delta.removed().size());
            List<Alert> raised = a.alerts.list(Optional.empty(), Optional.empty(), Optional.empty(), 0, 1000);
            assertThat(raised).extracting(Alert::recordId).contains("late-1");
            assertThat(raised).extracting(Alert::entityId).contains(dropped.id().toString());
            assertThat(a.watcher.check()).as("settled").isEmpty();

            store.activate(newId); // and activated again: re-screened once more, nothing new to raise
            assertThat(a.watcher.check()).singleElement().satisfies(r -> assertThat(r.alertsRaised()).isZero());
            assertThat(a.runs.find(newId + "#2").orElseThrow().fromVersion()).contains(oldId + "#2");
        }
    }

    private static Alert only(List<Alert> alerts, String record) {
        List<Alert> l = alerts.stream().filter(x -> x.recordId().equals(record)).toList();
        assertThat(l).as("alerts of " + record).hasSize(1);
        return l.get(0);
    }

    private static Set<String> records(List<Alert> alerts) {
        return new HashSet<>(alerts.stream().map(Alert::recordId).toList());
    }

    static RescreenRun awaitDone(RescreenRuns runs, String versionId) throws InterruptedException {
        Instant end = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(end)) {
            var run = runs.find(versionId);
            if (run.isPresent() && run.get().status() == RescreenRun.Status.DONE) {
                return run.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("re-screening of " + versionId + " not done within " + DEADLINE + ": "
                + runs.find(versionId));
    }

    static void awaitTrue(BooleanSupplier condition, Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("condition not met within " + deadline);
            }
            Thread.sleep(20);
        }
    }
}
