package org.vigil.bench.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.bench.BundledSnapshot;
import org.vigil.bench.match.Machine;
import org.vigil.bench.match.YenteRow;
import org.vigil.lists.model.Countries;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Name;
import org.vigil.lists.version.ListVersion;

/**
 * Open-loop HTTP load on {@code POST /api/v1/screen}: single-name requests sent at a fixed rate whatever the server
 * does, each one's latency measured from the moment it was <em>due</em> to be sent (so a stalled server or a late
 * sender shows up in the latencies instead of lowering the rate: no coordinated omission).
 *
 * <p>Names (seeded, reproducible): listed names from the bundled lists, some with a typo or their tokens reordered;
 * the yente UN positives and US-style negatives from {@code ../shared/data/name_matching/yente} when present (with
 * their date of birth and nationality), else generated non-matching names.
 *
 * <p>By default it starts its own server ({@code ./vigil serve} in a fresh data directory, the embedded H2 database,
 * an analyst API key created with {@code vigil users api-key add}) and stops it afterwards; {@code --url} and
 * {@code --key} target a running one instead.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.vigil.bench.http.ScreenLoad [--rate 300] [--seconds 60] [--warmup 20]
 *      [--vigil ./vigil | --url http://127.0.0.1:8080 --key vk_...] [--shared ../shared/data]
 * </pre>
 */
public final class ScreenLoad {
    private static final JsonStringEncoder JSON = JsonStringEncoder.getInstance();

    private ScreenLoad() {
    }

    record Options(int rate, int seconds, int warmup, String url, String key, Path vigil, Path shared, long seed) {
    }

    public static void main(String[] args) throws Exception {
        int rate = 300;
        int seconds = 60;
        int warmup = 20;
        String url = null;
        String key = null;
        Path vigil = Path.of("./vigil");
        Path shared = Path.of("../shared/data");
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = Integer.parseInt(value(args, ++i));
                case "--seconds" -> seconds = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--url" -> url = value(args, ++i);
                case "--key" -> key = value(args, ++i);
                case "--vigil" -> vigil = Path.of(value(args, ++i));
                case "--shared" -> shared = Path.of(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--help", "-h" -> {
                    System.out.println("usage: ScreenLoad [--rate N] [--seconds N] [--warmup N] [--seed N] "
                            + "[--shared DIR] [--vigil PATH | --url URL --key KEY]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        if ((url == null) != (key == null)) {
            throw new IllegalArgumentException("--url and --key go together");
        }
        Options o = new Options(rate, seconds, warmup, url, key, vigil, shared, seed);
        List<String> bodies = bodies(o);
        if (url != null) {
            System.out.print(run(o, URI.create(url), key, bodies));
            return;
        }
        try (Server server = Server.start(vigil)) {
            System.out.print(run(o, server.base, server.key, bodies));
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** The request bodies, shuffled with the seed; the run cycles through them. */
    static List<String> bodies(Options o) throws Exception {
        Random rnd = new Random(o.seed());
        List<String> listed = new ArrayList<>();
        for (ListVersion v : new BundledSnapshot().load()) {
            for (Entity e : v.entities()) {
                for (Name n : e.names()) {
                    listed.add(n.value());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            String name = listed.get(rnd.nextInt(listed.size()));
            out.add(body(switch (i % 3) {
                case 0 -> name;
                case 1 -> typo(name, rnd);
                default -> reorder(name, rnd);
            }, null, null));
        }
        Path yente = o.shared().resolve("name_matching/yente");
        int negatives = 0;
        if (Files.isRegularFile(yente.resolve("negatives_us.csv"))) {
            List<YenteRow> neg = YenteRow.read(yente.resolve("negatives_us.csv"));
            for (int i = 0; i < 6_000 && i < neg.size(); i++) {
                YenteRow r = neg.get(rnd.nextInt(neg.size()));
                out.add(body(r.fullName(), r.dateOfBirth(), r.nationality()));
                negatives++;
            }
            for (YenteRow r : YenteRow.read(yente.resolve("positives_un_treated.csv"))) {
                out.add(body(r.fullName(), r.dateOfBirth(), r.nationality()));
            }
        }
        String[] given = {"John", "Maria", "Wei", "Olga", "Ahmed", "Priya", "Lucas", "Fatima", "Kenji", "Sofia"};
        String[] family = {"Smith", "Garcia", "Zhang", "Ivanova", "Khan", "Patel", "Silva", "Haddad", "Sato", "Rossi"};
        for (int i = negatives; i < 6_000; i++) {
            out.add(body(given[rnd.nextInt(given.length)] + " " + (char) ('A' + rnd.nextInt(26)) + ". "
                    + family[rnd.nextInt(family.length)] + "-" + family[rnd.nextInt(family.length)], null, null));
        }
        java.util.Collections.shuffle(out, rnd);
        return out;
    }

    private static String typo(String name, Random rnd) {
        if (name.length() < 6) {
            return name;
        }
        int at = 1 + rnd.nextInt(name.length() - 2);
        return name.substring(0, at) + name.substring(at + 1);
    }

    private static String reorder(String name, Random rnd) {
        List<String> tokens = new ArrayList<>(Arrays.asList(name.split("\\s+")));
        java.util.Collections.shuffle(tokens, rnd);
        return String.join(" ", tokens);
    }

    private static String body(String name, String dob, String country) {
        StringBuilder b = new StringBuilder("{\"name\":\"").append(JSON.quoteAsString(name)).append('"');
        if (dob != null && FuzzyDate.tryParseIso(dob.strip()).isPresent()) {
            b.append(",\"dob\":\"").append(JSON.quoteAsString(dob.strip())).append('"');
        }
        Optional<String> c = country == null ? Optional.empty() : Countries.resolve(country);
        c.ifPresent(code -> b.append(",\"country\":\"").append(code).append('"'));
        return b.append('}').toString();
    }

    /** Latencies of one phase, in nanoseconds, from the due time of each request to its complete response. */
    static final class Phase {
        final long[] latencies;
        final AtomicInteger done = new AtomicInteger();
        final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        final CountDownLatch finished;
        /** How late the sender was at worst (a busy machine delays the sends too; it counts in the latencies). */
        final AtomicLong maxSendLag = new AtomicLong();

        Phase(int requests) {
            latencies = new long[requests];
            finished = new CountDownLatch(requests);
        }
    }

    static String run(Options o, URI base, String key, List<String> bodies) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = base.resolve("/api/v1/screen");
        String loadBefore = Machine.loadAverage();
        Phase warm = phase(client, uri, key, bodies, o.rate(), o.warmup(), 0);
        Phase measured = phase(client, uri, key, bodies, o.rate(), o.seconds(), o.warmup() * o.rate());
        String loadAfter = Machine.loadAverage();
        executor.shutdownNow();

        long[] sorted = measured.latencies.clone();
        Arrays.sort(sorted);
        int errors = measured.errors.values().stream().mapToInt(AtomicInteger::get).sum();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "POST %s, open loop at %d requests/s: %d s warm-up (%d requests, %d "
                        + "errors), then %d s measured%n", uri, o.rate(), o.warmup(), warm.latencies.length,
                warm.errors.values().stream().mapToInt(AtomicInteger::get).sum(), o.seconds()));
        b.append(String.format(Locale.ROOT, "requests %d, errors %d %s%n", sorted.length, errors,
                errors == 0 ? "" : new TreeMap<>(measured.errors)));
        b.append(String.format(Locale.ROOT, "latency from the intended send time (ms): p50 %.2f  p90 %.2f  p99 %.2f"
                        + "  p99.9 %.2f  max %.2f%n", ms(q(sorted, 0.50)), ms(q(sorted, 0.90)), ms(q(sorted, 0.99)),
                ms(q(sorted, 0.999)), ms(sorted[sorted.length - 1])));
        b.append(String.format(Locale.ROOT, "sender at most %.2f ms late; distinct request bodies %d (seed %d); "
                        + "load average before %s, after %s%n", ms(measured.maxSendLag.get()), bodies.size(), o.seed(),
                loadBefore, loadAfter));
        return b.toString();
    }

    /** Sends {@code rate * seconds} requests, the i-th due at start + i / rate, and waits for every answer. */
    private static Phase phase(HttpClient client, URI uri, String key, List<String> bodies, int rate, int seconds,
            int offset) throws InterruptedException {
        int n = rate * seconds;
        Phase p = new Phase(n);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 10_000_000;
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            p.maxSendLag.accumulateAndGet(System.nanoTime() - due, Math::max);
            int slot = i;
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get((offset + i) % bodies.size()))).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                p.latencies[slot] = System.nanoTime() - due;
                if (e != null) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    p.errors.computeIfAbsent(cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                            k -> new AtomicInteger()).incrementAndGet();
                } else if (r.statusCode() != 200) {
                    p.errors.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                }
                p.finished.countDown();
            });
        }
        if (!p.finished.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException((p.finished.getCount()) + " requests never completed");
        }
        return p;
    }

    private static long q(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** A {@code vigil serve} of its own: a fresh data directory, an analyst key, any free port. */
    static final class Server implements AutoCloseable {
        final Process process;
        final URI base;
        final String key;
        final Path data;

        private Server(Process process, URI base, String key, Path data) {
            this.process = process;
            this.base = base;
            this.key = key;
            this.data = data;
        }

        static Server start(Path vigil) throws Exception {
            Path data = Files.createTempDirectory("vigil-screenload-");
            Process add = new ProcessBuilder(vigil.toString(), "users", "api-key", "add", "screenload", "--role",
                    "analyst", "--data", data.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String key = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (add.waitFor() != 0 || !key.startsWith("vk_")) {
                throw new IllegalStateException("could not create an API key with " + vigil);
            }
            Path log = Files.createTempFile("vigil-screenload-serve-", ".log");
            Process serve = new ProcessBuilder(vigil.toString(), "serve", "--port", "0", "--data", data.toString())
                    .redirectError(log.toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("serving on (http://\\S+?)/? ");
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    System.out.println("ScreenLoad: started " + m.group(1) + " (data " + data + ", log " + log + ")");
                    return new Server(serve, URI.create(m.group(1)), key, data);
                }
            }
            serve.destroy();
            throw new IllegalStateException("vigil serve exited with " + serve.waitFor());
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            try (var files = Files.walk(data)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
