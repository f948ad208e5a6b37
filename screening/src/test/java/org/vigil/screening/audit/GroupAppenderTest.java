package org.vigil.screening.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;

class GroupAppenderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void concurrentCallersEachGetTheirOwnCommittedRowInOneIntactChain(Backend backend) throws Exception {
        try (Database db = backend.open(dir)) {
            AuditLog log = new AuditLog(db.jdbi(), Clock.systemUTC());
            log.append("before", "setup", "x", "{}");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try (GroupAppender appender = new GroupAppender(log, 30_000)) {
                List<Future<AuditEntry>> futures = new ArrayList<>();
                for (int i = 0; i < 800; i++) {
                    String n = Integer.toString(i);
                    futures.add(pool.submit(() -> appender.append("key:t" + n, "screen", "POST /api/v1/screen",
                            "{\"n\":" + n + "}")));
                }
                Set<Long> seqs = new HashSet<>();
                for (int i = 0; i < futures.size(); i++) {
                    AuditEntry e = futures.get(i).get();
                    assertThat(e.actor()).isEqualTo("key:t" + i);
                    assertThat(e.details()).isEqualTo("{\"n\":" + i + "}");
                    seqs.add(e.seq());
                    // committed when append returned: readable from another connection
                    assertThat(log.read(e.seq(), 1).get(0).hash()).isEqualTo(e.hash());
                }
                assertThat(seqs).hasSize(800);
                assertThat(log.append("after", "done", "x", "{}").seq()).isEqualTo(802);
            } finally {
                pool.shutdown();
            }
            Verification v = log.verify();
            assertThat(v.ok()).as(v.toString()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(802);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBadRowFailsItsCallerAloneAndADatabaseFailureReachesTheCaller(Backend backend) {
        Database db = backend.open(dir);
        AuditLog log = new AuditLog(db.jdbi(), Clock.systemUTC());
        try (GroupAppender appender = new GroupAppender(log, 30_000)) {
            assertThatThrownBy(() -> appender.append("key:x", "screen", "s", "{not json"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("details: not valid JSON");
            assertThatThrownBy(() -> appender.append(" ", "screen", "s", "{}"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
            assertThat(appender.append("key:x", "screen", "s", "{}").seq()).isEqualTo(1);
            db.close();
            assertThatThrownBy(() -> appender.append("key:x", "screen", "s", "{}"))
                    .isInstanceOf(JdbiException.class);
        }
    }
}
