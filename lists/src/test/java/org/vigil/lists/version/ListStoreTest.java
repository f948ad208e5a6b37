package org.vigil.lists.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.testing.LinesParser;

class ListStoreTest {
    @TempDir
    Path tmp;
    ListStore store;
    MutableClock clock;

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() {
        clock = new MutableClock();
        store = new ListStore(tmp.resolve("store"), clock, f -> new LinesParser());
    }

    Path file(String name, String published, int records) throws IOException {
        StringBuilder b = new StringBuilder();
        if (published != null) {
            b.append("# published ").append(published).append('\n');
        }
        for (int i = 1; i <= records; i++) {
            b.append("P").append(i).append(";Person ").append(i).append('\n');
        }
        Path p = tmp.resolve("in-" + name);
        Files.createDirectories(p);
        return Files.writeString(p.resolve(name), b.toString());
    }

    ImportResult load(Path f) throws IOException {
        return store.importFiles(ImportRequest.of("test-src", ListFormat.VIGIL_CSV, List.of(f), f.toString()));
    }

    @Test
    void firstLoadActivatesAndKeepsTheFilesByteForByte() throws Exception {
        Path f = file("a.txt", "2026-02-27", 10);
        ImportResult r = load(f);

        assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
        VersionInfo v = r.version().orElseThrow();
        assertThat(v.id()).startsWith("test-src@2026-02-27-").hasSize("test-src@2026-02-27-".length() + 8);
        assertThat(v.published()).contains(Instant.parse("2026-02-27T00:00:00Z"));
        assertThat(v.counts().entities()).isEqualTo(10);
        assertThat(v.sha256()).hasSize(64);
        assertThat(store.active("test-src")).contains(v);
        assertThat(store.sources()).containsExactly("test-src");
        assertThat(store.files(v)).hasSize(1);
        assertThat(Files.readAllBytes(store.files(v).get(0))).isEqualTo(Files.readAllBytes(f));
        assertThat(store.history("test-src")).extracting(HistoryEvent::outcome)
                .containsExactly(HistoryEvent.Kind.ACTIVATED);
        ListVersion loaded = store.load(v);
        assertThat(loaded.size()).isEqualTo(10);
        assertThat(loaded.get(new EntityId("test-src", "P3")).orElseThrow().caption()).isEqualTo("Person 3");
    }

    @Test
    void identicalContentIsReportedUnchanged() throws IOException {
        Path f = file("a.txt", "2026-02-27", 10);
        VersionInfo first = load(f).version().orElseThrow();
        clock.now = clock.now.plusSeconds(3600);

        ImportResult r = load(f);

        assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(r.message()).contains("identical to the active version " + first.id());
        assertThat(store.versions("test-src")).hasSize(1);
    }

    @Test
    void aFileThatDoesNotParseIsNotStoredAndTheActiveVersionStays() throws IOException {
        VersionInfo good = load(file("a.txt", "2026-02-27", 10)).version().orElseThrow();
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "# published 2026-03-01\nP1;One\n!bad line\n");

        ImportResult r = load(bad);

        assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(r.message()).contains(bad.toString() + ":3: expected id;name")
                .contains(good.id() + " stays active");
        assertThat(store.active("test-src")).contains(good);
        assertThat(store.versions("test-src")).containsExactly(good);
        assertThat(store.history("test-src")).extracting(HistoryEvent::outcome)
                .containsExactly(HistoryEvent.Kind.ACTIVATED, HistoryEvent.Kind.FAILED);
        try (Stream<Path> s = Files.list(tmp.resolve("store/test-src"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"));
        }
    }

    @Test
    void emptyAndOversizedFilesFail() throws IOException {
        VersionInfo good = load(file("a.txt", "2026-02-27", 10)).version().orElseThrow();
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        assertThat(load(empty).message()).contains(empty + ": file is empty");

        Path big = file("big.txt", "2026-03-01", 50);
        ImportResult r = store.importFiles(ImportRequest.of("test-src", ListFormat.VIGIL_CSV, List.of(big), "")
                .withMaxBytesPerFile(100));
        assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(r.message()).contains("over the limit of 100 bytes");
        assertThat(store.active("test-src")).contains(good);
    }

    @Test
    void aFileWithoutRecordsFails() throws IOException {
        Path none = Files.writeString(tmp.resolve("none.txt"), "# published 2026-02-27\n\n");
        ImportResult r = load(none);
        assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(r.message()).contains("hold no records");
        assertThat(store.active("test-src")).isEmpty();
    }

    @Test
    void aListThatShrinksTooMuchIsRefusedUntilForced() throws IOException {
        VersionInfo good = load(file("a.txt", "2026-02-27", 100)).version().orElseThrow();
        Path small = file("b.txt", "2026-03-01", 89); // -11 %

        ImportResult r = load(small);

        assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertThat(r.message()).contains("shrink from 100 to 89 records (-11.0%), more than the allowed 10%")
                .contains(good.id() + " stays active");
        assertThat(store.active("test-src")).contains(good);
        VersionInfo refused = r.version().orElseThrow();
        assertThat(store.versions("test-src")).contains(refused);
        assertThat(store.rejection(refused.id())).hasValueSatisfying(s -> assertThat(s).contains("shrink"));

        ImportResult forced = store.importFiles(ImportRequest.of("test-src", ListFormat.VIGIL_CSV, List.of(small),
                "").withForce(true));
        assertThat(forced.outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
        assertThat(forced.version()).contains(refused);
        assertThat(store.rejection(refused.id())).isEmpty();
    }

    @Test
    void aShrinkWithinTheLimitIsAccepted() throws IOException {
        load(file("a.txt", "2026-02-27", 100));
        assertThat(load(file("b.txt", "2026-03-01", 90)).outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
    }

    @Test
    void anOlderPublicationIsRefused() throws IOException {
        VersionInfo good = load(file("a.txt", "2026-02-27", 10)).version().orElseThrow();
        ImportResult r = load(file("old.txt", "2025-08-02", 10));
        assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertThat(r.message()).contains("older than the active version");
        assertThat(store.active("test-src")).contains(good);
    }

    @Test
    void versionsAreFoundByReference() throws IOException {
        VersionInfo a = load(file("a.txt", "2025-08-02", 10)).version().orElseThrow();
        VersionInfo b = load(file("b.txt", "2026-02-27", 11)).version().orElseThrow();

        assertThat(store.find("test-src")).contains(b);
        assertThat(store.find("test-src@active")).contains(b);
        assertThat(store.find("test-src@previous")).contains(a);
        assertThat(store.find("test-src@2025-08-02")).contains(a);
        assertThat(store.find(a.id())).contains(a);
        assertThat(store.find("test-src@" + b.sha256().substring(0, 6))).contains(b);
        assertThat(store.find("test-src@1999-01-01")).isEmpty();
        assertThat(store.find("no-such-source")).isEmpty();
        assertThatThrownBy(() -> store.find("test-src@20")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matches 2 versions");
    }

    @Test
    void aStoredVersionCanBeActivatedAgain() throws IOException {
        VersionInfo a = load(file("a.txt", "2025-08-02", 10)).version().orElseThrow();
        load(file("b.txt", "2026-02-27", 11));

        store.activate(a.id());

        assertThat(store.active("test-src")).contains(a);
        assertThat(store.history("test-src")).extracting(HistoryEvent::outcome).containsExactly(
                HistoryEvent.Kind.ACTIVATED, HistoryEvent.Kind.ACTIVATED, HistoryEvent.Kind.ROLLED_BACK);
    }

    @Test
    void debrisOfACrashIsIgnored() throws IOException {
        VersionInfo good = load(file("a.txt", "2026-02-27", 10)).version().orElseThrow();
        Path versions = tmp.resolve("store/test-src/versions");
        // a crash after creating a version directory but before its metadata was written
        Files.createDirectories(versions.resolve("2026-03-01-deadbeef/files"));
        Files.createDirectories(tmp.resolve("store/test-src/.staging-123/files"));
        // a history line torn by a crash mid-append
        Files.writeString(tmp.resolve("store/test-src/history.jsonl"), "{\"at\":\"2026-", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        ListStore reopened = new ListStore(tmp.resolve("store"), clock, f -> new LinesParser());

        assertThat(reopened.active("test-src")).contains(good);
        assertThat(reopened.versions("test-src")).containsExactly(good);
        assertThat(reopened.history("test-src")).hasSize(1);
        clock.now = clock.now.plusSeconds(60);
        assertThat(load(file("b.txt", "2026-03-01", 10)).outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
        // the next load clears the killed load's staging copy, and its history line does not run into the torn one
        assertThat(tmp.resolve("store/test-src/.staging-123")).doesNotExist();
        assertThat(reopened.history("test-src")).extracting(HistoryEvent::outcome).containsExactly(
                HistoryEvent.Kind.ACTIVATED, HistoryEvent.Kind.ACTIVATED);
    }

    @Test
    void concurrentLoadsAreSerialised() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(file("f" + i + ".txt", "2026-02-" + (10 + i), 20 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ImportResult>> fs = files.stream().map(f -> pool.submit(() -> load(f))).toList();
            for (Future<ImportResult> f : fs) {
                assertThat(f.get().outcome()).isIn(ImportResult.Outcome.ACTIVATED, ImportResult.Outcome.REJECTED);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.versions("test-src")).hasSize(6);
        assertThat(store.active("test-src")).isPresent();
        assertThat(store.history("test-src")).hasSize(6);
        Path active = tmp.resolve("store/test-src/ACTIVE");
        assertThat(Files.readString(active).strip()).isEqualTo(store.active("test-src").orElseThrow().id());
    }

    @Test
    void theActiveListsLoadSideBySideAndAStoredFileThatNoLongerParsesIsNamed() throws Exception {
        for (String source : List.of("src-c", "src-a", "src-b")) {
            Path f = file(source + ".txt", "2026-02-27", source.equals("src-b") ? 7 : 3);
            store.importFiles(ImportRequest.of(source, ListFormat.VIGIL_CSV, List.of(f), f.toString()));
        }
        ActiveLists active = ActiveLists.load(store);
        assertThat(active.versions()).extracting(ListVersion::source).containsExactly("src-a", "src-b", "src-c");
        assertThat(active.version("src-b").orElseThrow().entities()).hasSize(7);
        assertThat(active.entity(new EntityId("src-c", "P3"))).isPresent();

        // a stored file damaged on disk after it was loaded: the load fails and says which file and line
        VersionInfo b = store.activeVersions().stream().filter(v -> v.source().equals("src-b")).findFirst()
                .orElseThrow();
        Path stored = store.files(b).get(0);
        stored.toFile().setWritable(true);
        Files.writeString(stored, "P1;Person 1\n!bad\n");
        assertThatThrownBy(() -> ActiveLists.load(store)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(stored.getFileName() + ":2: expected id;name");
    }

    @Test
    void sourceIdsAreValidated() {
        assertThatThrownBy(() -> ImportRequest.of("../evil", ListFormat.VIGIL_CSV, List.of(tmp), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid source id");
        assertThatThrownBy(() -> store.activate("test-src@../../etc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContentHashIsWhatSha256sumPrints() throws Exception {
        Path f = file("a.txt", "2026-02-27", 3);
        VersionInfo v = load(f).version().orElseThrow();
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        assertThat(v.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(f))));

        Path dir = Files.createDirectories(tmp.resolve("set"));
        Path b = Files.writeString(dir.resolve("b.txt"), "B1;Bee\n");
        Path a = Files.writeString(dir.resolve("a.txt"), "A1;Ay\n");
        VersionInfo set = store.importFiles(ImportRequest.of("set-src", ListFormat.VIGIL_CSV, List.of(dir), ""))
                .version().orElseThrow();
        String lines = hex(md, Files.readAllBytes(a)) + "  a.txt\n" + hex(md, Files.readAllBytes(b)) + "  b.txt\n";
        assertThat(set.sha256()).isEqualTo(hex(md, lines.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hex(java.security.MessageDigest md, byte[] bytes) {
        return java.util.HexFormat.of().formatHex(md.digest(bytes));
    }
}
