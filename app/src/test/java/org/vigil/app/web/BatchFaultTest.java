package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Services;
import org.vigil.app.json.Json;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.batch.BatchJobs;
import org.vigil.screening.batch.BatchSettings;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.Role;

/**
 * A fault test with a real {@code vigil serve} process, on the embedded H2 file database and on PostgreSQL: upload a
 * large batch, SIGKILL
 * the server while it screens, check in the database that nothing it had committed is lost, start it again and check
 * that the job completes with every row exactly once, in order.
 */
class BatchFaultTest {
    static final int ROWS = 50_000;
    static final String[] FIRST = {"Maria", "Kenji", "Olu", "Sofia", "Ivan", "Chen", "Fatima", "Lars", "Aisha",
            "Pedro", "Yuki", "Omar", "Anna", "Rahul", "Zanele", "Mateo", "Leila", "Tomasz", "Ngozi", "Hiro"};
    static final String[] LAST = {"Oliveira", "Watanabe", "Adeyemi", "Rossi", "Petrov", "Wei", "Haddad",
            "Johansson", "Khan", "Alvarez", "Tanaka", "Farouk", "Novak", "Sharma", "Dlamini", "Garcia", "Rahimi",
            "Kowalski", "Okafor", "Sato", "Muller", "Nguyen", "Silva", "Ibrahim", "Cohen"};

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    static String customers(int n) {
        StringBuilder b = new StringBuilder(n * 40).append("id,name,country\n");
        for (int i = 1; i <= n; i++) {
            String name = i % 997 == 0 ? "Hafiz Mohammad Sayeed"
                    : FIRST[i % FIRST.length] + " " + FIRST[(i / 7) % FIRST.length].charAt(0) + ". "
                    + LAST[(i / 3) % LAST.length];
            b.append('c').append(i).append(',').append(name).append(',').append(i % 5 == 0 ? "PK" : "").append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aJobSurvivesSigkillOfItsServerAndEveryRowIsScreenedOnce(Backend backend) throws Exception {
        String url = backend.newUrl(data);
        String key;
        try (Services s = new Services(Database.open(url), Clock.systemUTC())) {
            key = s.apiKeys().create("test", "fault-test", Role.ANALYST).plainText();
        }
        Server first = Server.start(data, url, "first");
        long id;
        long committedBeforeKill;
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(first.uri("/api/v1/batches?name=big.csv"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(customers(ROWS))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
            id = Json.MAPPER.readTree(created.body()).get("id").asLong();
            JsonNode quarter = await(first, key, id, j -> j.get("rowsDone").asLong() >= ROWS / 4, first);
            committedBeforeKill = quarter.get("rowsDone").asLong();
            // H2 shows a commit to other sessions a moment before it is on disk; two chunks later it surely is
            JsonNode running = await(first, key, id,
                    j -> j.get("rowsDone").asLong() >= committedBeforeKill + 10_000, first);
            assertThat(running.get("status").asText()).as("killed mid-way, not after").isEqualTo("RUNNING");
            assertThat(running.get("rowsDone").asLong()).isLessThan(ROWS);
        } finally {
            first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
            first.process.waitFor();
        }
        List<Integer> inFlight;
        int redone;
        // What the next server does before its workers start: put right whatever the kill left half-written (the
        // embedded H2 can recover part of a transaction that never committed: docs/durability.md). In a child
        // process, because H2 can also, rarely, come back with a row whose writer's transaction it lost, and then
        // spins at full CPU on the first lock of that row (h2database#2080): bounded here, and reported as that.
        redone = recoverInChildProcess(backend, url);
        try (Database db = Database.open(url)) {
            long rowsDone = db.jdbi().withHandle(h -> h.createQuery("SELECT rows_done FROM batch_job WHERE id = :id")
                    .bind("id", id).mapTo(Long.class).one());
            long results = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_result r "
                    + "JOIN batch_chunk c ON c.job_id = r.job_id AND r.row_no >= c.first_row "
                    + "AND r.row_no < c.first_row + c.row_count WHERE r.job_id = :id AND c.state = 'DONE'")
                    .bind("id", id).mapTo(Long.class).one());
            long all = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_result WHERE "
                    + "job_id = :id").bind("id", id).mapTo(Long.class).one());
            // Rows beyond the done chunks are the unfinished chunks' half-written results; the chunk's completion
            // after the restart replaces them (checked below: every row exactly once).
            System.out.printf("after SIGKILL and recovery: %d rows done, %d results of done chunks, %d other "
                    + "results, %d chunks handed back%n", rowsDone, results, all - results, redone);
            // chunks the killed workers held, and chunks recovery handed back (pending, yet claimed before)
            inFlight = db.jdbi().withHandle(h -> h.createQuery("SELECT chunk_no FROM batch_chunk WHERE job_id = :id "
                    + "AND (state = 'CLAIMED' OR (state = 'PENDING' AND attempts > 0)) ORDER BY chunk_no")
                    .bind("id", id).mapTo(Integer.class).list());
            assertThat(rowsDone).as("progress the server reported two chunks before it was killed is kept")
                    .isGreaterThanOrEqualTo(committedBeforeKill);
            assertThat(results).as("every row of a done chunk has its result").isEqualTo(rowsDone);
            assertThat(inFlight).as("chunks the killed workers were screening").isNotEmpty();
        }
        Server second = Server.start(data, url, "second");
        try {
            JsonNode done = await(second, key, id, j -> j.get("status").asText().matches("COMPLETED|FAILED"), second);
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.get("rowsDone").asLong()).isEqualTo(ROWS);
            HttpResponse<java.io.InputStream> results = http.send(HttpRequest.newBuilder(
                            second.uri("/api/v1/batches/" + id + "/results?format=jsonl"))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(results.statusCode()).isEqualTo(200);
            long expected = 1;
            long matched = 0;
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(results.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode row = Json.MAPPER.readTree(line);
                    assertThat(row.get("row").asLong()).isEqualTo(expected);
                    assertThat(row.get("id").asText()).isEqualTo("c" + expected);
                    matched += row.get("matches").isEmpty() ? 0 : 1;
                    expected++;
                }
            }
            assertThat(expected - 1).as("every row exactly once").isEqualTo(ROWS);
            assertThat(matched).isEqualTo(done.get("rowsMatched").asLong()).isGreaterThanOrEqualTo(ROWS / 997);
        } finally {
            second.process.destroy();
            second.process.waitFor();
        }
        try (Database db = Database.open(url)) {
            List<Integer> retaken = db.jdbi().withHandle(h -> h.createQuery("SELECT chunk_no FROM batch_chunk "
                    + "WHERE job_id = :id AND attempts >= 2 ORDER BY chunk_no").bind("id", id).mapTo(Integer.class)
                    .list());
            // at least: a lease that runs out on a busy machine is taken over too
            assertThat(retaken).as("the killed workers' chunks were taken over after their lease expired, and "
                    + "the chunks recovery handed back were screened again").containsAll(inFlight);
            List<String> actions = db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_log WHERE "
                    + "subject = :s ORDER BY seq").bind("s", "batch:" + id).mapTo(String.class).list());
            assertThat(actions).containsExactly("batch.create", "batch.complete");
        }
    }

    /** Runs {@link BatchJobs#recover} on the database in a child JVM; returns how many chunks it handed back. */
    private static int recoverInChildProcess(Backend backend, String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Recover.class.getName(), url).redirectErrorStream(true).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            String message = "recovery after SIGKILL did not finish in 120 s on " + backend + ": "
                    + out.get(10, TimeUnit.SECONDS);
            Assumptions.assumeTrue(backend != Backend.H2,
                    "the embedded H2 hung on a row a killed transaction left (h2database#2080; docs/durability.md): "
                    + message);
            throw new AssertionError(message);
        }
        String output = out.get(10, TimeUnit.SECONDS);
        assertThat(p.exitValue()).as(output).isZero();
        Matcher m = Pattern.compile("redone=(\\d+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The child process of {@link #recoverInChildProcess}. */
    static final class Recover {
        public static void main(String[] args) {
            try (Database db = Database.open(args[0])) {
                BatchJobs jobs = new BatchJobs(db.jdbi(), new AuditLog(db.jdbi(), Clock.systemUTC()),
                        Clock.systemUTC(), BatchSettings.withWorkers(1));
                System.out.println("redone=" + jobs.recover("test-recovery"));
            }
        }
    }

    private JsonNode await(Server s, String key, long id, Predicate<JsonNode> done, Server log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(s.uri("/api/v1/batches/" + id))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode j = Json.MAPPER.readTree(r.body());
            if (done.test(j)) {
                return j;
            }
            assertThat(System.nanoTime()).as("job %s within 90 s; server log:%n%s", j, log.log())
                    .isLessThan(deadline);
            Thread.sleep(100); // polling a condition with a deadline
        }
    }

    /** A {@code vigil serve} child process on a free port, two batch workers, a 2 s lease. */
    record Server(Process process, int port, Path logFile) {
        static Server start(Path data, String dbUrl, String name) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = data.resolve("serve-" + name + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                    "org.vigil.app.Main", "serve", "--port", Integer.toString(port), "--data", data.toString(),
                    "--db", dbUrl,
                    "--batch-workers", "2", "--batch-lease", "2")
                    .directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("VIGIL_"));
            Server server = new Server(pb.start(), port, log);
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                assertThat(server.process.isAlive()).as("server %s exited:%n%s", name, server.log()).isTrue();
                try {
                    if (http.send(HttpRequest.newBuilder(server.uri("/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                        return server;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                assertThat(System.nanoTime()).as("server %s up within 60 s:%n%s", name, server.log())
                        .isLessThan(deadline);
                Thread.sleep(100); // polling a condition with a deadline
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String log() throws IOException {
            return Files.exists(logFile) ? Files.readString(logFile) : "(no log)";
        }
    }
}
