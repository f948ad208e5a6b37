package org.vigil.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.vigil.app.AppContext;
import org.vigil.app.Services;
import org.vigil.app.config.VigilConfig;
import org.vigil.app.web.WebServer;
import org.vigil.screening.batch.BatchSettings;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.Role;

/**
 * A batch job of generated customers (1,000,000 by default) through the whole batch path of a real server: upload
 * over HTTP (checked and stored in the database), screened by the batch workers against the bundled lists, results
 * downloaded as JSON lines. Prints the time of each step and rows per second.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.vigil.bench.BatchJobBench [--rows N] [--workers W] [--data DIR]
 *      [--db JDBC_URL]
 * </pre>
 * {@code --data} (default {@code bench/target/batch-bench}) holds the bundled lists, the generated file, the results
 * and the embedded H2 database, which is deleted first; {@code --db} uses another database instead (PostgreSQL).
 */
public final class BatchJobBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    // Given names and surnames of many origins, so the generated customers look like a bank's, not one name repeated.
    static final String[] GIVEN = {"Maria", "Jose", "Mohammed", "Wei", "Fatima", "Olga", "James", "Aisha", "Kenji",
            "Priya", "Luca", "Amara", "Ivan", "Sofia", "Ahmed", "Mei", "Carlos", "Ngozi", "Lars", "Yusuf", "Elena",
            "Rahul", "Chloe", "Omar", "Hana", "Pedro", "Zainab", "Tomasz", "Ana", "Hiroshi", "Leila", "Kwame",
            "Ingrid", "Arjun", "Camila", "Dmitri", "Nadia", "Samuel", "Yuki", "Hassan", "Lucia", "Tariq", "Emma",
            "Chen", "Gabriel", "Amina", "Sven", "Rosa", "Bilal", "Julia", "Kofi", "Anastasia", "Diego", "Noor",
            "Mateo", "Saanvi", "Oliver", "Farah", "Jonas", "Thandiwe"};
    static final String[] FAMILY = {"Garcia", "Smith", "Khan", "Wang", "Oliveira", "Ivanova", "Johnson", "Bello",
            "Tanaka", "Sharma", "Rossi", "Okafor", "Petrov", "Martinez", "Hassan", "Li", "Fernandez", "Adeyemi",
            "Johansson", "Yilmaz", "Popescu", "Patel", "Dubois", "Rahman", "Kim", "Silva", "Hussain", "Kowalski",
            "Santos", "Sato", "Haddad", "Mensah", "Larsen", "Gupta", "Lopez", "Volkov", "Nasser", "Cohen",
            "Nakamura", "Aziz", "Romero", "Qureshi", "Brown", "Zhang", "Moreau", "Abdullah", "Nilsson", "Costa",
            "Malik", "Schmidt", "Owusu", "Kuznetsova", "Herrera", "Farouk", "Alvarez", "Iyer", "Wilson", "Karimi",
            "Berg", "Dlamini", "Nguyen", "Mueller", "Ali", "Novak", "Takahashi", "Mahmoud", "Torres", "Chowdhury"};
    static final String[] ORG_WORDS = {"Atlas", "Northern", "Golden", "Blue River", "Summit", "Pacific", "Crescent",
            "Evergreen", "Silk Road", "Delta", "Horizon", "Phoenix", "Cedar", "Oasis", "Meridian", "Sapphire"};
    static final String[] ORG_KINDS = {"Trading", "Shipping", "Logistics", "Textiles", "Holdings", "Foods",
            "Engineering", "Pharma", "Exports", "Construction", "Energy", "Capital", "Agro", "Electronics"};
    static final String[] ORG_SUFFIX = {"LLC", "Ltd", "GmbH", "SA", "FZE", "Pvt Ltd", "Co.", "AB", "BV", "Inc."};
    static final String[] COUNTRIES = {"US", "GB", "DE", "PK", "IN", "CN", "BR", "NG", "AE", "TR", "RU", "FR", "JP",
            "ES", "IT", "EG", ""};
    /** Listed names, re-spelt, so that some rows match (about one in a thousand, as in a real customer file). */
    static final String[] LISTED = {"Hafiz Mohammad Sayeed", "Zakiur Rehman Lakhvi", "Lashkar-e-Toiba",
            "Jamaat ud Dawa", "Abdul Rehman Makki", "Falah-e-Insaniat Foundation", "Haji Muhammad Ashraf"};

    private BatchJobBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        long rows = Long.parseLong(opt.getOrDefault("rows", "1000000"));
        int workers = Integer.parseInt(opt.getOrDefault("workers",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        Path data = Path.of(opt.getOrDefault("data", "bench/target/batch-bench")).toAbsolutePath();
        Files.createDirectories(data);
        for (String f : new String[] {"vigil.mv.db", "vigil.trace.db", "vigil.lock.db"}) {
            Files.deleteIfExists(data.resolve(f));
        }
        Path input = data.resolve("customers-" + rows + ".csv");
        if (!Files.exists(input)) {
            long t = System.nanoTime();
            generate(input, rows);
            System.out.printf(Locale.ROOT, "generated %s (%d rows, %.1f MB) in %.1f s%n", input, rows,
                    Files.size(input) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        VigilConfig cfg = VigilConfig.load(Optional.empty(), Optional.of(data), Map.of());
        String url = opt.getOrDefault("db", Database.h2FileUrl(data));
        AppContext ctx = AppContext.open(cfg, new PrintWriter(new StringWriter()));
        ctx.activeLists();
        Services services = new Services(Database.open(url), Clock.systemUTC());
        String key = services.apiKeys().create("bench", "batch-bench-" + System.nanoTime(), Role.ANALYST)
                .plainText();
        Javalin app = new WebServer(ctx, services).batchSettings(BatchSettings.withWorkers(workers)).create()
                .start("127.0.0.1", 0);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port();
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/batches?name=" + input.getFileName()))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(input)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 202) {
                throw new IllegalStateException("upload refused: " + created.statusCode() + " " + created.body());
            }
            long id = JSON.readTree(created.body()).get("id").asLong();
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "upload (checked and stored): %.1f s%n", (t1 - t0) / 1e9);
            JsonNode job;
            long lastPrint = t1;
            while (true) {
                job = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/batches/" + id))
                        .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString()).body());
                String status = job.get("status").asText();
                if (status.equals("COMPLETED") || status.equals("FAILED")) {
                    break;
                }
                if (System.nanoTime() - lastPrint > 10e9) {
                    lastPrint = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  %.0f s: %d rows done%n", (lastPrint - t1) / 1e9,
                            job.get("rowsDone").asLong());
                }
                Thread.sleep(200);
            }
            long t2 = System.nanoTime();
            if (!job.get("status").asText().equals("COMPLETED")) {
                throw new IllegalStateException("job failed: " + job);
            }
            System.out.printf(Locale.ROOT, "screening (%d workers): %.1f s%n", workers, (t2 - t1) / 1e9);
            Path out = data.resolve("results.jsonl");
            HttpResponse<java.io.InputStream> results = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/batches/" + id + "/results?format=jsonl"))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofInputStream());
            long lines = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(results.body(), StandardCharsets.UTF_8));
                 BufferedWriter w = Files.newBufferedWriter(out)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    w.write(line);
                    w.newLine();
                    lines++;
                }
            }
            long t3 = System.nanoTime();
            if (lines != rows) {
                throw new IllegalStateException("downloaded " + lines + " result lines for " + rows + " rows");
            }
            System.out.printf(Locale.ROOT, "download (JSON lines, %.0f MB): %.1f s%n", Files.size(out) / 1e6,
                    (t3 - t2) / 1e9);
            double screened = (t2 - t0) / 1e9;
            System.out.printf(Locale.ROOT, "rows: %d, rows with matches: %d, matches: %d%n", rows,
                    job.get("rowsMatched").asLong(), job.get("matches").asLong());
            System.out.printf(Locale.ROOT, "upload to completed job: %.1f s (%.0f rows/s); with the download: %.1f s "
                    + "(%.0f rows/s)%n", screened, rows / screened, (t3 - t0) / 1e9, rows / ((t3 - t0) / 1e9));
            System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, load average %.1f at start, %.1f at end; "
                            + "database %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"), load0,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    url.startsWith("jdbc:h2:") ? "embedded H2 file" : url.replaceAll("\\?.*", ""));
        } finally {
            app.stop();
            services.close();
        }
    }

    /** A customer file: id, name, type, dob, country; seeded, so every run screens the same rows. */
    static void generate(Path file, long rows) throws Exception {
        Random r = new Random(20261127L);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,type,dob,country\n");
            for (long i = 1; i <= rows; i++) {
                String name;
                String type;
                String dob = "";
                int kind = r.nextInt(1000);
                if (kind == 0) {
                    name = LISTED[r.nextInt(LISTED.length)];
                    type = "";
                } else if (kind < 150) {
                    name = ORG_WORDS[r.nextInt(ORG_WORDS.length)] + " " + ORG_KINDS[r.nextInt(ORG_KINDS.length)]
                            + " " + ORG_SUFFIX[r.nextInt(ORG_SUFFIX.length)];
                    type = "organization";
                } else {
                    StringBuilder n = new StringBuilder(GIVEN[r.nextInt(GIVEN.length)]);
                    if (r.nextInt(3) == 0) {
                        n.append(' ').append(r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)]
                                : (char) ('A' + r.nextInt(26)) + ".");
                    }
                    n.append(' ').append(FAMILY[r.nextInt(FAMILY.length)]);
                    if (r.nextInt(10) == 0) {
                        n.append('-').append(FAMILY[r.nextInt(FAMILY.length)]);
                    }
                    name = n.toString();
                    type = "person";
                    if (r.nextInt(2) == 0) {
                        dob = String.format(Locale.ROOT, "%d-%02d-%02d", 1940 + r.nextInt(65), 1 + r.nextInt(12),
                                1 + r.nextInt(28));
                    }
                }
                w.write("C" + i + "," + name + "," + type + "," + dob + "," + COUNTRIES[r.nextInt(COUNTRIES.length)]
                        + "\n");
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: BatchJobBench [--rows N] [--workers W] [--data DIR] "
                        + "[--db JDBC_URL]");
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }
}
