package org.vigil.screening.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.screening.testing.MovableClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.testing.Entities;
import org.vigil.screening.audit.AuditEntry;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;

class BatchJobsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Entity> LISTED = List.of(
            Entities.person("un:QDi.263", "Hafiz Muhammad Saeed").birthDate(FuzzyDate.day(1950, 6, 5)).build(),
            Entities.org("un:QDe.118", "Lashkar-e-Tayyiba").build(),
            Entities.person("un:QDi.001", "Ivan Petrov").build());
    private static final NameScreening SCREENING = new NameScreening(LISTED);
    private static final BatchOptions OPTIONS = new BatchOptions(0.8, 5, List.of());

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

    /** {@code n} rows; every seventh is a listed name, the others unlisted names of several shapes. */
    static String csv(int n) {
        StringBuilder b = new StringBuilder("id,name,dob\n");
        String[] others = {"Maria Fernanda Oliveira", "Kenji Watanabe", "Nordic Timber Trading AB", "Olu Adeyemi",
                "Sofia \"Sofi\" Rossi", "Chen Wei, Jr."};
        for (int i = 1; i <= n; i++) {
            String name = i % 7 == 0 ? "Hafiz Mohammad Sayeed" : others[i % others.length];
            b.append("c").append(i).append(',').append(quote(name)).append(',')
                    .append(i % 7 == 0 ? "1950-06-05" : "").append('\n');
        }
        return b.toString();
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private record Fixture(Database db, AuditLog audit, BatchJobs jobs) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
        }
    }

    private Fixture open(Backend backend, BatchSettings settings) {
        Database db = backend.open(dir);
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        return new Fixture(db, audit, new BatchJobs(db.jdbi(), audit, clock, settings));
    }

    private static BatchSettings settings(int chunkRows) {
        return BatchSettings.withWorkers(2).withChunkRows(chunkRows).withLease(Duration.ofSeconds(30));
    }

    private BatchJob upload(BatchJobs jobs, String text) throws Exception {
        return jobs.create("alice", "customers.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                OPTIONS, SCREENING);
    }

    private static List<JsonNode> jsonl(BatchJobs jobs, long id) throws Exception {
        StringWriter out = new StringWriter();
        jobs.writeResults(id, true, "", out);
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFileIsStoredInChunksScreenedAndItsResultsReadInRowOrder(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(5))) {
            BatchJob job = upload(f.jobs(), csv(23));
            assertThat(job.status()).isEqualTo(BatchStatus.QUEUED);
            assertThat(job.totalRows()).isEqualTo(23);
            assertThat(job.chunkCount()).isEqualTo(5);
            assertThat(job.progress()).isZero();
            BatchWorkers workers = new BatchWorkers(f.jobs(), SCREENING, "test");
            assertThat(workers.runOnce("w1")).isTrue();
            BatchJob running = f.jobs().find(job.id()).orElseThrow();
            assertThat(running.status()).isEqualTo(BatchStatus.RUNNING);
            assertThat(running.rowsDone()).isEqualTo(5);
            assertThat(running.progress()).isEqualTo(5.0 / 23);
            int chunks = 1;
            while (workers.runOnce("w1")) {
                chunks++;
            }
            assertThat(chunks).isEqualTo(5);
            BatchJob done = f.jobs().find(job.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(done.rowsDone()).isEqualTo(23);
            assertThat(done.rowsMatched()).isEqualTo(3);
            assertThat(done.finishedAt()).isPresent();
            List<JsonNode> rows = jsonl(f.jobs(), job.id());
            assertThat(rows).hasSize(23);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).get("row").asLong()).isEqualTo(i + 1);
                assertThat(rows.get(i).get("id").asText()).isEqualTo("c" + (i + 1));
            }
            assertThat(rows.get(6).get("matches").toString()).isEqualTo("[\"un:QDi.263\"]");
            assertThat(rows.get(3).get("name").asText()).isEqualTo("Sofia \"Sofi\" Rossi");
            StringWriter csv = new StringWriter();
            f.jobs().writeResults(job.id(), false, SCREENING.csvHeader(), csv);
            assertThat(csv.toString()).startsWith("row,name,match\r\n1,Kenji Watanabe,\r\n")
                    .contains("\r\n7,Hafiz Mohammad Sayeed,un:QDi.263\r\n");
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::action)
                    .containsExactly("batch.create", "batch.complete");
            assertThat(f.audit().read(1, 10).get(0).actor()).isEqualTo("alice");
            assertThat(f.audit().verify().ok()).isTrue();
            assertThat(f.jobs().list(10)).extracting(BatchJob::id).containsExactly(job.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBadFileIsRefusedNamingLineAndFieldAndNothingIsStored(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(2))) {
            String badDob = "id,name,dob\nc1,Ann Lee,1990\nc2,Bo Ek,\n\nc3,Cy Young,1999-13-01\nc4,Di Ma,\n";
            assertThatThrownBy(() -> upload(f.jobs(), badDob)).isInstanceOfSatisfying(BatchInputException.class,
                    e -> {
                        assertThat(e.line()).isEqualTo(5);
                        assertThat(e.field()).isEqualTo("dob");
                        assertThat(e).hasMessage("line 5: dob: invalid date '1999-13-01'");
                    });
            assertThatThrownBy(() -> upload(f.jobs(), "id,full_name\nc1,Ann Lee\n"))
                    .isInstanceOfSatisfying(BatchInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e).hasMessageStartingWith("line 1: no 'name' column; the header has: id, "
                                + "full_name");
                    });
            assertThatThrownBy(() -> upload(f.jobs(), "name,country\nAnn Lee,SE\n,PK\n"))
                    .isInstanceOfSatisfying(BatchInputException.class, e -> {
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e).hasMessage("line 3: name: required, must not be blank");
                    });
            assertThatThrownBy(() -> upload(f.jobs(), "name\nAnn Lee,extra\n"))
                    .isInstanceOfSatisfying(BatchInputException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e).hasMessageContaining("2 cells but the header 1 columns");
                    });
            assertThatThrownBy(() -> upload(f.jobs(), "name\n")).hasMessage("the file has a header but no data rows");
            assertThatThrownBy(() -> upload(f.jobs(), "")).hasMessageStartingWith("the file is empty");
            assertThatThrownBy(() -> upload(f.jobs(), "name,Name\nx,y\n")).hasMessageContaining("twice");
            byte[] latin1 = "name\nAnn Lee\nJos\u00e9 Garc\u00eda\n".getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> f.jobs().create("alice", "latin1.csv", new ByteArrayInputStream(latin1),
                    OPTIONS, SCREENING)).isInstanceOfSatisfying(BatchInputException.class, e -> {
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e).hasMessageContaining("not valid UTF-8");
                    });
            assertThatThrownBy(() -> f.jobs().create("alice", "x.csv", new ByteArrayInputStream(
                    "name\nAnn\n".getBytes(StandardCharsets.UTF_8)), new BatchOptions(0.8, 5, List.of("eu-fsf")),
                    SCREENING)).isInstanceOfSatisfying(BatchInputException.class,
                            e -> assertThat(e.field()).isEqualTo("sources"));
            assertThat(f.jobs().list(10)).isEmpty();
            long chunks = f.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_chunk")
                    .mapTo(Long.class).one());
            assertThat(chunks).isZero();
            assertThat(f.audit().read(1, 10)).isEmpty();
            // a good file afterwards is stored as usual
            assertThat(upload(f.jobs(), "name\nAnn Lee\n").totalRows()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChunkWhoseWorkerDiedIsTakenOverWhenTheLeaseExpiresAndCountsOnce(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(10))) {
            BatchJob job = upload(f.jobs(), csv(20));
            BatchJobs.Claim dead = f.jobs().claim("dead-worker").orElseThrow();
            assertThat(dead.chunkNo()).isZero();
            assertThat(dead.attempt()).isEqualTo(1);
            BatchJobs.Claim other = f.jobs().claim("live-worker").orElseThrow();
            assertThat(other.chunkNo()).isEqualTo(1);
            assertThat(f.jobs().claim("live-worker")).as("chunk 0 is leased, chunk 1 too").isEmpty();
            clock.advance(Duration.ofSeconds(29));
            assertThat(f.jobs().claim("live-worker")).as("the lease has 1 s left").isEmpty();
            clock.advance(Duration.ofSeconds(2));
            BatchJobs.Claim retaken = f.jobs().claim("live-worker").orElseThrow();
            assertThat(retaken.chunkNo()).isZero();
            assertThat(retaken.attempt()).isEqualTo(2);
            BatchWorkers workers = new BatchWorkers(f.jobs(), SCREENING, "test");
            // the dead worker comes back to life with its old claim: refused, nothing stored
            assertThat(f.jobs().complete(dead, results(dead))).isFalse();
            assertThat(f.jobs().extend(dead)).isEmpty();
            assertThat(f.jobs().resultCount(job.id())).isZero();
            assertThat(f.jobs().complete(retaken, results(retaken))).isTrue();
            assertThat(f.jobs().complete(retaken, results(retaken))).as("completing twice").isFalse();
            // chunk 1's lease expired too (the clock moved 31 s); a worker takes it over and the job completes
            assertThat(workers.runOnce("w2")).isTrue();
            assertThat(f.jobs().complete(other, results(other))).isFalse();
            assertThat(workers.runOnce("w2")).isFalse();
            BatchJob done = f.jobs().find(job.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(done.rowsDone()).isEqualTo(20);
            assertThat(jsonl(f.jobs(), job.id())).extracting(r -> r.get("row").asLong())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void whatACrashLeftHalfWrittenIsPutRightBeforeWorkGoesOn(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(5))) {
            BatchJob job = upload(f.jobs(), csv(20)); // chunks 0..3 of 5 rows; rows 7 and 14 match
            BatchJobs.Claim c0 = f.jobs().claim("w").orElseThrow();
            BatchJobs.Claim c1 = f.jobs().claim("w").orElseThrow();
            BatchJobs.Claim c2 = f.jobs().claim("w").orElseThrow();
            BatchJobs.Claim c3 = f.jobs().claim("w").orElseThrow();
            assertThat(f.jobs().complete(c0, results(c0))).isTrue();
            assertThat(f.jobs().complete(c1, results(c1))).isTrue();
            // What a torn transaction leaves: chunk 1 done with a result missing; chunk 2 marked done with part of
            // its results and the job not advanced; chunk 3 done with all its results and the job not advanced.
            f.db().jdbi().useHandle(h -> {
                h.execute("DELETE FROM batch_result WHERE job_id = ? AND row_no = 8", job.id());
                storeWithoutAdvancing(h, job.id(), c2, results(c2).subList(0, 3));
                storeWithoutAdvancing(h, job.id(), c3, results(c3));
            });
            assertThat(f.jobs().find(job.id()).orElseThrow().rowsDone()).isEqualTo(10);

            assertThat(f.jobs().recover("recovery")).as("chunks handed back").isEqualTo(2);
            BatchJob recovered = f.jobs().find(job.id()).orElseThrow();
            assertThat(recovered.status()).isEqualTo(BatchStatus.RUNNING);
            assertThat(recovered.chunksDone()).as("chunks 0 and 3").isEqualTo(2);
            assertThat(recovered.rowsDone()).isEqualTo(10);
            assertThat(recovered.rowsMatched()).as("nothing matches in rows 1-5 and 16-20").isZero();
            assertThat(f.jobs().recover("recovery")).as("a second run finds nothing to do").isZero();

            BatchWorkers workers = new BatchWorkers(f.jobs(), SCREENING, "test");
            int chunks = 0;
            while (workers.runOnce("w2")) {
                chunks++;
            }
            assertThat(chunks).isEqualTo(2);
            BatchJob done = f.jobs().find(job.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(done.rowsDone()).isEqualTo(20);
            assertThat(done.rowsMatched()).isEqualTo(2);
            assertThat(jsonl(f.jobs(), job.id())).extracting(r -> r.get("row").asLong())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
            int inputs = f.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_chunk WHERE "
                    + "job_id = :j AND input IS NOT NULL").bind("j", job.id()).mapTo(Integer.class).one());
            assertThat(inputs).as("inputs are dropped once the job completes").isZero();
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::action)
                    .containsExactly("batch.create", "batch.complete");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aJobWhoseLastChunkWasDoneButNotCountedIsCompletedByRecovery(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(5))) {
            BatchJob job = upload(f.jobs(), csv(10));
            BatchJobs.Claim c0 = f.jobs().claim("w").orElseThrow();
            BatchJobs.Claim c1 = f.jobs().claim("w").orElseThrow();
            assertThat(f.jobs().complete(c0, results(c0))).isTrue();
            f.db().jdbi().useHandle(h -> storeWithoutAdvancing(h, job.id(), c1, results(c1)));
            assertThat(f.jobs().recover("recovery")).isZero();
            BatchJob done = f.jobs().find(job.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(done.rowsDone()).isEqualTo(10);
            assertThat(done.rowsMatched()).isEqualTo(1);
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::action)
                    .containsExactly("batch.create", "batch.complete");
            assertThat(f.audit().read(1, 10).get(1).actor()).isEqualTo("recovery");
        }
    }

    /** Stores {@code results} of {@code c} and marks the chunk done, without advancing the job. */
    private static void storeWithoutAdvancing(org.jdbi.v3.core.Handle h, long job, BatchJobs.Claim c,
                                              List<RowResult> results) {
        for (int i = 0; i < results.size(); i++) {
            RowResult r = results.get(i);
            h.execute("INSERT INTO batch_result (job_id, row_no, match_count, result_json, result_csv) "
                    + "VALUES (?, ?, ?, ?, ?)", job, c.firstRow() + i, r.matches(), r.json(), r.csv());
        }
        h.execute("UPDATE batch_chunk SET state = 'DONE', lease_owner = NULL, lease_until = NULL "
                + "WHERE job_id = ? AND chunk_no = ?", job, c.chunkNo());
    }

    private static List<RowResult> results(BatchJobs.Claim c) {
        List<BatchInput> rows = ChunkCodec.decode(c.input());
        List<RowResult> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(SCREENING.screen(c.firstRow() + i, rows.get(i), c.options()));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChunkThatKeepsKillingItsWorkersFailsTheJobWithTheReason(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(4).withMaxAttempts(2))) {
            BatchJob job = upload(f.jobs(), csv(8));
            assertThat(f.jobs().claim("w1").orElseThrow().chunkNo()).isZero();
            clock.advance(Duration.ofSeconds(31));
            // chunk 1 is taken in between, chunk 0's lease expired: chunk 0 is retaken (attempt 2)
            assertThat(f.jobs().claim("w2").orElseThrow().attempt()).isEqualTo(2);
            clock.advance(Duration.ofSeconds(31));
            assertThat(f.jobs().claim("w3").map(BatchJobs.Claim::chunkNo)).as("job failed, nothing to claim")
                    .isEmpty();
            BatchJob failed = f.jobs().find(job.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e)
                    .startsWith("rows 1..4 (chunk 0) were started 2 times without finishing"));
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::action).containsExactly("batch.create",
                    "batch.fail");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDamagedChunkFailsItsJobWithTheReason(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(4))) {
            BatchJob job = upload(f.jobs(), csv(6));
            f.db().jdbi().useHandle(h -> h.createUpdate("UPDATE batch_chunk SET input = :x WHERE job_id = :j "
                    + "AND chunk_no = 1").bind("x", "[[\"c5\"").bind("j", job.id()).execute());
            BatchWorkers workers = new BatchWorkers(f.jobs(), SCREENING, "test");
            assertThat(workers.runOnce("w")).isTrue();
            assertThat(workers.runOnce("w")).isTrue();
            assertThat(workers.runOnce("w")).isFalse();
            BatchJob failed = f.jobs().find(job.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e)
                    .startsWith("rows 5..6 could not be screened: the stored chunk is"));
            assertThat(failed.rowsDone()).as("the first chunk's results are kept").isEqualTo(4);
        }
    }

    /**
     * Two "instances" (each its own connection pool, as two processes would have) with three worker threads each,
     * on one database, racing for 60 small chunks: every chunk is claimed exactly once, every row has one result.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void workersOfTwoInstancesOnOneDatabaseClaimEachChunkOnce(Backend backend) throws Exception {
        String url = backend.newUrl(dir);
        try (Database db1 = Database.open(url); Database db2 = Database.open(url)) {
            BatchSettings s = settings(3);
            BatchJobs a = new BatchJobs(db1.jdbi(), new AuditLog(db1.jdbi(), clock), clock, s);
            BatchJobs b = new BatchJobs(db2.jdbi(), new AuditLog(db2.jdbi(), clock), clock, s);
            BatchJob j1 = upload(a, csv(90));
            BatchJob j2 = upload(b, csv(90));
            Set<String> claims = ConcurrentHashMap.newKeySet();
            List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                BatchJobs jobs = t % 2 == 0 ? a : b;
                String owner = "w" + t;
                done.add(pool.submit(() -> {
                    go.await();
                    int completed = 0;
                    for (Optional<BatchJobs.Claim> c = jobs.claim(owner); c.isPresent(); c = jobs.claim(owner)) {
                        if (!claims.add(c.get().jobId() + "/" + c.get().chunkNo())) {
                            duplicates.add(owner + " " + c.get());
                        }
                        if (jobs.complete(c.get(), results(c.get()))) {
                            completed++;
                        }
                    }
                    return completed;
                }));
            }
            go.countDown();
            int completed = 0;
            for (Future<Integer> d : done) {
                completed += d.get();
            }
            pool.shutdown();
            assertThat(duplicates).isEmpty();
            assertThat(completed).isEqualTo(60);
            assertThat(claims).hasSize(60);
            for (BatchJob j : List.of(j1, j2)) {
                BatchJob after = a.find(j.id()).orElseThrow();
                assertThat(after.status()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(after.rowsDone()).isEqualTo(90);
                assertThat(a.resultCount(j.id())).isEqualTo(90);
                Set<Long> rows = new HashSet<>();
                jsonl(b, j.id()).forEach(r -> rows.add(r.get("row").asLong()));
                assertThat(rows).hasSize(90);
            }
            int maxAttempts = db1.jdbi().withHandle(h -> h.createQuery("SELECT MAX(attempts) FROM batch_chunk")
                    .mapTo(Integer.class).one());
            assertThat(maxAttempts).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void workerThreadsFinishAJobByThemselves(Backend backend) throws Exception {
        try (Fixture f = open(backend, settings(7).withPoll(Duration.ofMillis(50)))) {
            BatchWorkers workers = new BatchWorkers(f.jobs(), SCREENING, "test");
            workers.start();
            try {
                BatchJob job = upload(f.jobs(), csv(50));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                BatchJob now = job;
                while (!now.status().finished() && System.nanoTime() < deadline) {
                    Thread.sleep(20); // polling a condition with a deadline
                    now = f.jobs().find(job.id()).orElseThrow();
                }
                assertThat(now.status()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(f.jobs().resultCount(job.id())).isEqualTo(50);
            } finally {
                workers.close();
            }
        }
    }
}
