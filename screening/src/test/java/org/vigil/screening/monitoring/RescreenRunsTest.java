package org.vigil.screening.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.screening.testing.MovableClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.screening.audit.AuditEntry;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;

/** Claiming re-screening runs: one winner among racing instances, takeover of a lapsed or failed run, audit. */
class RescreenRunsTest {
    @TempDir
    Path dir;


    @ParameterizedTest
    @EnumSource(Backend.class)
    void eightInstancesRacingForOneVersionGiveOneWinner(Backend backend) throws Exception {
        try (Database db = backend.open(dir)) {
            MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
            AuditLog audit = new AuditLog(db.jdbi(), clock);
            RescreenRuns runs = new RescreenRuns(db.jdbi(), audit, clock);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<RescreenRuns.Claim>>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String me = "instance-" + i;
                claims.add(pool.submit(() -> {
                    start.await();
                    return runs.claim("un-sc@2026-02-27-66b392a4", "un-sc", me, Duration.ofSeconds(60));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<RescreenRuns.Claim>> f : claims) {
                won += f.get().isPresent() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(won).isEqualTo(1);
            assertThat(audit.read(1, 100)).extracting(AuditEntry::action).containsExactly("rescreen.claim");
            assertThat(runs.find("un-sc@2026-02-27-66b392a4").orElseThrow().fromVersion()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCrashedRunIsTakenOverAfterItsLeaseAndTheNextVersionComparesWithTheLastOne(Backend backend) {
        try (Database db = backend.open(dir)) {
            MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
            AuditLog audit = new AuditLog(db.jdbi(), clock);
            RescreenRuns runs = new RescreenRuns(db.jdbi(), audit, clock);
            Duration lease = Duration.ofSeconds(60);
            RescreenRuns.Claim first = runs.claim("un-sc@2025-08-02-74a81264", "un-sc", "a", lease).orElseThrow();
            assertThat(runs.finish(first, new RescreenResult("", first.versionId(), 10, 3, 1, 1))).isTrue();

            clock.advance(Duration.ofMinutes(1));
            RescreenRuns.Claim crashed = runs.claim("un-sc@2026-02-27-66b392a4", "un-sc", "a", lease).orElseThrow();
            assertThat(crashed.fromVersion()).contains("un-sc@2025-08-02-74a81264");
            // "a" dies here. While its lease holds, nobody else may run the version ...
            clock.advance(Duration.ofSeconds(59));
            assertThat(runs.claim(crashed.versionId(), "un-sc", "b", lease)).isEmpty();
            // ... after it, exactly one other instance takes over, comparing with the same older version
            clock.advance(Duration.ofSeconds(2));
            RescreenRuns.Claim takeover = runs.claim(crashed.versionId(), "un-sc", "b", lease).orElseThrow();
            assertThat(takeover.attempt()).isEqualTo(2);
            assertThat(takeover.fromVersion()).contains("un-sc@2025-08-02-74a81264");
            assertThat(runs.claim(crashed.versionId(), "un-sc", "c", lease)).isEmpty();
            // the crashed instance, back, can neither renew nor finish the run it lost
            assertThat(runs.renew(crashed, lease)).isFalse();
            assertThat(runs.finish(crashed, new RescreenResult("x", crashed.versionId(), 0, 0, 0, 0))).isFalse();
            assertThat(runs.finish(takeover, new RescreenResult("x", crashed.versionId(), 5, 3, 2, 2))).isTrue();
            RescreenRun done = runs.find(crashed.versionId()).orElseThrow();
            assertThat(done.status()).isEqualTo(RescreenRun.Status.DONE);
            assertThat(done.claimedBy()).isEqualTo("b");
            assertThat(done.alerts()).isEqualTo(2);
            clock.advance(Duration.ofHours(1));
            assertThat(runs.claim(crashed.versionId(), "un-sc", "c", lease)).as("done runs stay done").isEmpty();
            assertThat(runs.list(10)).extracting(RescreenRun::versionId)
                    .containsExactly("un-sc@2026-02-27-66b392a4", "un-sc@2025-08-02-74a81264");
            assertThat(audit.read(1, 100)).extracting(AuditEntry::action)
                    .containsExactly("rescreen.claim", "rescreen.claim", "rescreen.takeover");
            assertThat(audit.verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aVersionReplacedBeforeItsRunFinishedIsCoveredByComparingWithTheLastFinishedOne(Backend backend) {
        try (Database db = backend.open(dir)) {
            MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
            RescreenRuns runs = new RescreenRuns(db.jdbi(), new AuditLog(db.jdbi(), clock), clock);
            Duration lease = Duration.ofSeconds(60);
            RescreenRuns.Claim v1 = runs.claim("gb-hmt@2026-01-01-00000001", "gb-hmt", "a", lease).orElseThrow();
            runs.finish(v1, new RescreenResult("", v1.versionId(), 1, 1, 0, 0));
            clock.advance(Duration.ofSeconds(1));
            RescreenRuns.Claim v2 = runs.claim("gb-hmt@2026-01-02-00000002", "gb-hmt", "a", lease).orElseThrow();
            assertThat(v2.fromVersion()).contains(v1.versionId());
            // "a" crashes during v2's run, and v3 is activated before anyone takes v2 over
            clock.advance(Duration.ofSeconds(1));
            RescreenRuns.Claim v3 = runs.claim("gb-hmt@2026-01-03-00000003", "gb-hmt", "b", lease).orElseThrow();
            assertThat(v3.fromVersion()).as("v1 -> v3 covers what v2 changed too").contains(v1.versionId());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailedRunIsRetriedAfterItsDelayAndGivenUpAfterMaxAttempts(Backend backend) {
        try (Database db = backend.open(dir)) {
            MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
            AuditLog audit = new AuditLog(db.jdbi(), clock);
            RescreenRuns runs = new RescreenRuns(db.jdbi(), audit, clock);
            Duration lease = Duration.ofSeconds(60);
            RescreenRuns.Claim c = runs.claim("eu-fsf@2026-01-01-00000000", "eu-fsf", "a", lease).orElseThrow();
            for (int attempt = 1; attempt < RescreenRuns.MAX_ATTEMPTS; attempt++) {
                runs.fail(c, "disk full <script>", Duration.ofSeconds(30));
                RescreenRun failed = runs.find(c.versionId()).orElseThrow();
                assertThat(failed.status()).isEqualTo(RescreenRun.Status.FAILED);
                assertThat(failed.error()).contains("disk full <script>");
                assertThat(runs.claim(c.versionId(), "eu-fsf", "b", lease)).as("before the retry delay").isEmpty();
                clock.advance(Duration.ofSeconds(31));
                c = runs.claim(c.versionId(), "eu-fsf", "b", lease).orElseThrow();
                assertThat(c.attempt()).isEqualTo(attempt + 1);
            }
            runs.fail(c, "still failing", Duration.ofSeconds(30));
            clock.advance(Duration.ofHours(1));
            assertThat(runs.claim(c.versionId(), "eu-fsf", "c", lease)).as("attempts exhausted").isEmpty();
            assertThat(runs.find(c.versionId()).orElseThrow().attempts()).isEqualTo(RescreenRuns.MAX_ATTEMPTS);
            assertThat(audit.read(1, 100).stream().filter(e -> e.action().equals("rescreen.fail")))
                    .hasSize(RescreenRuns.MAX_ATTEMPTS);
        }
    }
}
