package org.vigil.screening.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;

class AuditLogTest {
    static final String NASTY = "O'Brien\"; DROP TABLE audit_log; -- <script>alert('x')</script> \\ % _ ' OR '1'='1";

    @TempDir
    Path dir;

    private static AuditLog log(Database db) {
        return new AuditLog(db.jdbi(), Clock.fixed(Instant.parse("2026-02-01T10:15:30.123456789Z"), ZoneOffset.UTC));
    }

    private static void appendFive(AuditLog log) {
        for (int i = 1; i <= 5; i++) {
            log.append("analyst-" + i, "screen", "record:" + i, "{\"n\":" + i + "}");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUntouchedChainVerifies(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            assertThat(log.verify().ok()).isTrue();
            appendFive(log);
            Verification v = log.verify();
            assertThat(v.ok()).as(v.toString()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(5);
            List<AuditEntry> rows = log.read(1, 10);
            assertThat(rows).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(rows.get(0).prevHash()).isEqualTo(AuditHash.GENESIS);
            assertThat(rows.get(1).prevHash()).isEqualTo(rows.get(0).hash());
            assertThat(rows.get(0).at()).isEqualTo(Instant.parse("2026-02-01T10:15:30.123456Z"));
        }
    }

    /** What someone with write access to the database could do: edit row {@code seq}, then recompute every hash. */
    private static void editAndRebuild(Database db, AuditLog log, long seq, String details, boolean dropLast) {
        db.jdbi().useHandle(h -> {
            h.execute("UPDATE audit_log SET details = ? WHERE seq = ?", details, seq);
            if (dropLast) {
                h.execute("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)");
            }
        });
        List<AuditEntry> rows = log.read(1, 1000);
        db.jdbi().useHandle(h -> {
            String prev = AuditHash.GENESIS;
            h.execute("UPDATE audit_log SET prev_hash = CONCAT('x', seq)"); // free the unique prev_hash values
            for (AuditEntry e : rows) {
                String hash = AuditHash.of(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), prev);
                h.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, e.seq());
                prev = hash;
            }
            h.execute("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", rows.size(), prev);
        });
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChainRebuiltAfterAnEditPassesAloneButNotAgainstAnAnchorKeptOutside(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            assertThat(log.head()).isEqualTo(new AuditAnchor(0, AuditHash.GENESIS));
            appendFive(log);
            AuditAnchor three = new AuditAnchor(3, log.read(3, 1).get(0).hash());
            AuditAnchor head = log.head();
            assertThat(head.seq()).isEqualTo(5);
            assertThat(AuditAnchor.parse(head.toString())).isEqualTo(head);
            log.append("analyst-6", "screen", "record:6", "{\"n\":6}");
            assertThat(log.verify(List.of(three, head, new AuditAnchor(0, AuditHash.GENESIS))).ok()).isTrue();

            editAndRebuild(db, log, 2, "{\"n\":22}", false);
            assertThat(log.verify().ok()).as("the rebuilt chain is consistent in itself").isTrue();
            Verification v = log.verify(List.of(head, three));
            assertThat(v.ok()).isFalse();
            assertThat(v.brokenAt()).hasValue(3);
            assertThat(v.toString()).contains("not the one recorded outside the database");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChainCutShortAndRebuiltFailsAgainstAnAnchorPastItsEnd(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            appendFive(log);
            AuditAnchor head = log.head();
            editAndRebuild(db, log, 5, "{\"n\":55}", true);
            assertThat(log.verify().ok()).isTrue();
            Verification v = log.verify(List.of(head));
            assertThat(v.ok()).isFalse();
            assertThat(v.toString()).contains("names row 5, but the log ends at row 4");
        }
    }

    @org.junit.jupiter.api.Test
    void anAnchorIsParsedStrictlyWithAClearMessage() {
        String hash = "ab".repeat(32);
        assertThat(AuditAnchor.parse(" 12:" + hash.toUpperCase() + " ")).isEqualTo(new AuditAnchor(12, hash));
        assertThatThrownBy(() -> AuditAnchor.parse(hash)).hasMessageContaining("expected ROW:HASH");
        assertThatThrownBy(() -> AuditAnchor.parse("x:" + hash)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> AuditAnchor.parse("-1:" + hash)).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> AuditAnchor.parse("3:abc")).hasMessageContaining("64 lower-case hex digits");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void editingARowsDetailsBreaksTheChainAtThatRow(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            appendFive(log);
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET details = '{\"n\":33}' WHERE seq = 3"));
            Verification v = log.verify();
            assertThat(v.ok()).isFalse();
            assertThat(v.brokenAt()).hasValue(3);
            assertThat(v.toString()).contains("row 3").contains("edited");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void editingTheActorOfTheLastRowIsDetected(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            appendFive(log);
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 5"));
            assertThat(log.verify().brokenAt()).hasValue(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletingARowBreaksTheChain(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            appendFive(log);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 3"));
            Verification v = log.verify();
            assertThat(v.brokenAt()).hasValue(4);
            assertThat(v.problem()).contains("rows 3..3 are missing");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletingTheNewestRowBreaksTheChain(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            appendFive(log);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 5"));
            Verification v = log.verify();
            assertThat(v.brokenAt()).hasValue(5);
            assertThat(v.problem()).contains("chain head names row 5");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reorderingTwoRowsBreaksTheChain(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            appendFive(log);
            db.jdbi().useTransaction(h -> {
                h.execute("UPDATE audit_log SET seq = 1000 WHERE seq = 2");
                h.execute("UPDATE audit_log SET seq = 2 WHERE seq = 3");
                h.execute("UPDATE audit_log SET seq = 3 WHERE seq = 1000");
            });
            Verification v = log.verify();
            assertThat(v.brokenAt()).hasValue(2);
            assertThat(v.problem()).contains("previous-hash");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void fourThreadsAppendingAtOnceKeepOneUnbrokenChain(Backend backend) throws Exception {
        try (Database db = backend.open(dir)) {
            AuditLog log = new AuditLog(db.jdbi(), Clock.systemUTC());
            int threads = 4;
            int each = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        seqs.add(log.append("worker-" + thread, "screen", "record:" + i, "{}").seq());
                    }
                    return seqs;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            pool.shutdown();
            assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
            assertThat(all).allSatisfy(s -> assertThat(s).isBetween(1L, (long) threads * each));
            Verification v = log.verify();
            assertThat(v.ok()).as(v.toString()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(threads * each);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoConnectionPoolsOnOneDatabaseAppendToOneChain(Backend backend) throws Exception {
        String url = backend.newUrl(dir);
        try (Database first = Database.open(url); Database second = Database.open(url)) {
            List<AuditLog> logs = List.of(new AuditLog(first.jdbi(), Clock.systemUTC()),
                    new AuditLog(second.jdbi(), Clock.systemUTC()));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                AuditLog log = logs.get(t % 2);
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20; i++) {
                        log.append("process-" + (logs.indexOf(log) + 1), "screen", "record:" + i, "{}");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            Verification v = logs.get(1).verify();
            assertThat(v.ok()).as(v.toString()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(80);
            assertThat(logs.get(0).read(1, 100)).extracting(AuditEntry::actor)
                    .contains("process-1", "process-2");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sqlMetacharactersAndMarkupAreStoredVerbatim(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            String details = "{\"name\":\"" + NASTY.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            log.append(NASTY, NASTY, NASTY, details);
            AuditEntry back = log.read(1, 1).get(0);
            assertThat(back.actor()).isEqualTo(NASTY);
            assertThat(back.action()).isEqualTo(NASTY);
            assertThat(back.subject()).isEqualTo(NASTY);
            assertThat(back.details()).isEqualTo(details);
            assertThat(log.verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void retentionIsTenYearsUntilChangedAndTheChangeIsAudited(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            assertThat(log.retentionYears()).isEqualTo(10);
            log.setRetentionYears("admin", 12);
            assertThat(log.retentionYears()).isEqualTo(12);
            AuditEntry entry = log.read(1, 10).get(0);
            assertThat(entry.action()).isEqualTo("audit.retention.set");
            assertThat(entry.details()).isEqualTo("{\"from\":10,\"to\":12}");
            assertThatThrownBy(() -> log.setRetentionYears("admin", 0))
                    .hasMessageContaining("retention-years: must be at least 1");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badInputIsRefusedByFieldAndNothingIsStored(Backend backend) {
        try (Database db = backend.open(dir)) {
            AuditLog log = log(db);
            assertThatThrownBy(() -> log.append(" ", "screen", "x", "{}")).hasMessageStartingWith("actor: required");
            assertThatThrownBy(() -> log.append("a", "screen", "x", "{not json"))
                    .hasMessageStartingWith("details: not valid JSON");
            assertThatThrownBy(() -> log.append("a", "screen", "x", "")).hasMessageStartingWith("details: required");
            assertThat(log.read(1, 10)).isEmpty();
            assertThat(log.verify().ok()).isTrue();
        }
    }
}
