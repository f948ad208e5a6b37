package org.vigil.app.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.AppContext;
import org.vigil.app.config.VigilConfig;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.version.HistoryEvent;
import org.vigil.lists.version.ImportRequest;
import org.vigil.lists.version.ImportResult;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;

/**
 * {@code vigil lists load} killed with SIGKILL part-way through a large update, at several points after it started
 * staging the new version: the previous version is still active and loads intact, the store and the application open
 * normally, and loading the same file again afterwards succeeds (and clears what the killed loads left behind).
 */
class ListUpdateKillTest {
    static final int RECORDS = 150_000;
    static final String SOURCE = "internal";
    static final long[] KILL_AFTER_MILLIS = {0, 200, 500, 1_000};

    @TempDir
    Path tmp;

    /** A vigil-csv watchlist of {@code n} fictional people; {@code variant} changes every name. */
    static Path watchlist(Path file, int n, String variant) throws IOException {
        String[] given = {"Amir", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Gulnara", "Hassan", "Ivan", "Jamal"};
        String[] family = {"Karimov", "Lebedev", "Mansour", "Nazarov", "Orlova", "Petrov", "Qasim", "Rahimi"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,type,aliases,dob,nationality\n");
            for (int i = 0; i < n; i++) {
                String name = given[i % given.length] + " " + variant + Integer.toString(i, 36) + " "
                        + family[(i / given.length) % family.length];
                w.write("P-" + i + "," + name + ",person," + family[i % family.length] + " " + name.split(" ")[1]
                        + "," + (1940 + i % 60) + ",PK\n");
            }
        }
        return file;
    }

    static Process loadInChildJvm(Path file, Path data, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.vigil.app.Main", "lists", "load", file.toString(), "--source", SOURCE, "--format", "vigil-csv",
                "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static boolean newVersionDirectory(Path versions, VersionInfo previous) throws IOException {
        String previousDir = previous.id().substring(previous.id().indexOf('@') + 1);
        try (Stream<Path> s = Files.list(versions)) {
            return s.anyMatch(p -> !p.getFileName().toString().equals(previousDir));
        }
    }

    static boolean staging(Path sourceDir) throws IOException {
        if (!Files.isDirectory(sourceDir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(sourceDir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".staging-"));
        }
    }

    @Test
    void aKilledListUpdateLeavesThePreviousVersionActiveAndIntact() throws Exception {
        Path data = tmp.resolve("data");
        VigilConfig cfg = VigilConfig.load(Optional.empty(), Optional.of(data), Map.of());
        AppContext.open(cfg, new PrintWriter(new StringWriter())); // the bundled lists, as on a first run
        ListStore store = new ListStore(cfg.listsDir(), Clock.systemUTC(), Parsers::forFormat);
        Path first = watchlist(tmp.resolve("watchlist-v1.csv"), RECORDS, "a");
        ImportResult loaded = store.importFiles(ImportRequest.of(SOURCE, ListFormat.VIGIL_CSV, List.of(first), "test"));
        assertThat(loaded.outcome()).as(loaded.message()).isEqualTo(ImportResult.Outcome.ACTIVATED);
        VersionInfo previous = loaded.version().orElseThrow();
        Path next = watchlist(tmp.resolve("watchlist-v2.csv"), RECORDS, "b");
        Path sourceDir = cfg.listsDir().resolve(SOURCE);

        List<String> outcomes = new ArrayList<>();
        for (long killAfter : KILL_AFTER_MILLIS) {
            Path log = tmp.resolve("kill-" + killAfter + ".log");
            Process child = loadInChildJvm(next, data, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!staging(sourceDir) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(child.isAlive()).as("the load should still run when it starts staging; log: %s",
                    Files.readString(log)).isTrue();
            Thread.sleep(killAfter); // the kill point: how far into the load
            boolean aliveAtKill = child.isAlive();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            ListStore reopened = new ListStore(cfg.listsDir(), Clock.systemUTC(), Parsers::forFormat);
            VersionInfo active = reopened.active(SOURCE).orElseThrow();
            boolean completed = reopened.history(SOURCE).stream().anyMatch(e ->
                    e.outcome() == HistoryEvent.Kind.ACTIVATED && !e.versionId().equals(previous.id()));
            outcomes.add(killAfter + " ms: " + (aliveAtKill ? "killed" : "had finished") + ", active "
                    + active.id());
            if (!completed) {
                assertThat(active).isEqualTo(previous);
            }
            ListVersion v = reopened.load(active);
            assertThat(v.entities()).hasSize(RECORDS);
            assertThat(reopened.activeVersions()).extracting(VersionInfo::source)
                    .contains("un-sc", "us-ofac-sdn", SOURCE);
            assertThat(AppContext.open(cfg, new PrintWriter(new StringWriter())).activeLists().versions())
                    .extracting(ListVersion::id).contains(active.id());
        }
        // the last kill point: the moment the new version's directory appears (its files moved in, the metadata and
        // the ACTIVE pointer about to be written), the narrowest window there is
        Path versions = sourceDir.resolve("versions");
        Process late = loadInChildJvm(next, data, tmp.resolve("late.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (late.isAlive() && System.nanoTime() < deadline && !newVersionDirectory(versions, previous)) {
            Thread.onSpinWait();
        }
        boolean aliveAtKill = late.isAlive();
        late.destroyForcibly();
        assertThat(late.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ListStore reopened = new ListStore(cfg.listsDir(), Clock.systemUTC(), Parsers::forFormat);
        VersionInfo active = reopened.active(SOURCE).orElseThrow();
        outcomes.add("new version directory: " + (aliveAtKill ? "killed" : "had finished") + ", active "
                + active.id());
        assertThat(active.counts().entities()).isEqualTo(RECORDS);
        assertThat(reopened.load(active).entities()).hasSize(RECORDS);
        assertThat(reopened.versions(SOURCE)).contains(active);

        // the test is only worth something if the loads were interrupted before they activated
        assertThat(outcomes).as("kill points").anySatisfy(o -> assertThat(o).contains("killed, active "
                + previous.id()));

        Process again = loadInChildJvm(next, data, tmp.resolve("again.log"));
        assertThat(again.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(tmp.resolve("again.log"))).isZero();
        ListStore after = new ListStore(cfg.listsDir(), Clock.systemUTC(), Parsers::forFormat);
        VersionInfo now = after.active(SOURCE).orElseThrow();
        assertThat(now).isNotEqualTo(previous);
        assertThat(now.counts().entities()).isEqualTo(RECORDS);
        assertThat(after.load(now).entities()).hasSize(RECORDS);
        assertThat(staging(sourceDir)).as("staging copies of killed loads are cleared").isFalse();
        System.out.println("ListUpdateKillTest: " + outcomes);
    }
}
