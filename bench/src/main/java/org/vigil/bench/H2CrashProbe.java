package org.vigil.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.screening.db.Database;

/**
 * What the embedded H2 database keeps when its process is killed (SIGKILL) while several threads write, measured
 * rather than assumed (docs/durability.md). Each run starts a child JVM whose threads each commit, over and over, one
 * transaction of {@value #ROWS} inserted rows plus an increment of a shared counter (the shape of a batch chunk's
 * completion), and print the first row of each transaction once {@code commit()} has returned. The parent kills the
 * child after {@code --commits} acknowledged commits, opens the database again and reports:
 * <ul>
 *   <li>lost: acknowledged transactions whose rows are not all there (a durability failure);</li>
 *   <li>torn: rows of a transaction that never committed (rows present beyond what the counter says: an atomicity
 *       failure).</li>
 * </ul>
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.vigil.bench.H2CrashProbe [--runs 10] [--threads 2] [--commits 20]
 * </pre>
 */
public final class H2CrashProbe {
    static final int ROWS = 5_000;

    private H2CrashProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        int runs = 10;
        int threads = 2;
        int commits = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--commits" -> commits = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --runs, --threads, --commits");
            }
        }
        PrintStream out = System.out;
        out.printf("H2 %s, URL options as Vigil's default (WRITE_DELAY=0), %d threads, %d-row transactions, "
                + "killed after %d acknowledged commits%n", org.h2.engine.Constants.FULL_VERSION, threads, ROWS,
                commits);
        int lostRuns = 0;
        int tornRuns = 0;
        for (int run = 1; run <= runs; run++) {
            Path dir = Files.createTempDirectory("vigil-h2-crash");
            String url = Database.h2FileUrl(dir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    H2CrashProbe.class.getName(), "--child", url, Integer.toString(threads))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<Long> acknowledged = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                for (String line = r.readLine(); line != null && acknowledged.size() < commits; line = r.readLine()) {
                    acknowledged.add(Long.parseLong(line.strip()));
                }
            }
            child.destroyForcibly();
            child.waitFor();
            int lost = 0;
            long counter;
            long rows;
            try (Connection c = DriverManager.getConnection(url);
                 Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT done, (SELECT COUNT(*) FROM probe_row) FROM probe_job")) {
                    rs.next();
                    counter = rs.getLong(1);
                    rows = rs.getLong(2);
                }
                for (long first : acknowledged) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM probe_row WHERE id >= " + first
                            + " AND id < " + (first + ROWS))) {
                        rs.next();
                        lost += rs.getLong(1) == ROWS ? 0 : 1;
                    }
                }
            }
            boolean torn = rows != counter;
            lostRuns += lost > 0 ? 1 : 0;
            tornRuns += torn ? 1 : 0;
            out.printf("run %2d: %d commits acknowledged, %d lost; counter %d, rows %d%s%n", run,
                    acknowledged.size(), lost, counter, rows, torn ? "  TORN: rows of an uncommitted transaction"
                            : "");
            deleteTree(dir);
        }
        out.printf("%d of %d runs lost an acknowledged commit; %d of %d kept part of an uncommitted transaction%n",
                lostRuns, runs, tornRuns, runs);
    }

    private static void child(String url, int threads) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE probe_job (id INT PRIMARY KEY, done BIGINT NOT NULL)");
            st.execute("CREATE TABLE probe_row (id BIGINT PRIMARY KEY, payload VARCHAR(1000) NOT NULL)");
            st.execute("INSERT INTO probe_job VALUES (1, 0)");
        }
        AtomicLong next = new AtomicLong();
        String payload = "{\"matches\":[],\"explanation\":\"" + "x".repeat(240) + "\"}";
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url)) {
                    c.setAutoCommit(false);
                    while (true) {
                        long first = next.getAndAdd(ROWS);
                        try (PreparedStatement p = c.prepareStatement("INSERT INTO probe_row VALUES (?, ?)")) {
                            for (int i = 0; i < ROWS; i++) {
                                p.setLong(1, first + i);
                                p.setString(2, payload);
                                p.addBatch();
                            }
                            p.executeBatch();
                        }
                        try (PreparedStatement p = c.prepareStatement(
                                "UPDATE probe_job SET done = done + ? WHERE id = 1")) {
                            p.setLong(1, ROWS);
                            p.executeUpdate();
                        }
                        c.commit();
                        synchronized (System.out) {
                            System.out.println(first);
                            System.out.flush();
                        }
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                }
            }, "probe-" + t);
            worker.start();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
