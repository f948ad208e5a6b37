package org.vigil.lists.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.testing.LinesParser;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.VersionInfo;

/** The update policy (retries, change detection, multi-file sources) with a scripted downloader. */
class ListUpdaterTest {
    @TempDir
    Path tmp;
    ListStore store;
    ScriptedDownloader net;
    List<Long> sleeps;
    ListUpdater updater;

    /** Answers each URL from a queue of scripted responses. */
    static final class ScriptedDownloader implements Downloader {
        final Map<URI, Deque<Object>> script = new HashMap<>();
        final List<Validators> sent = new ArrayList<>();

        void then(String url, Object response) {
            script.computeIfAbsent(URI.create(url), k -> new ArrayDeque<>()).add(response);
        }

        @Override
        public Fetch fetch(URI uri, Validators validators, Path target, long maxBytes, Duration timeout)
                throws IOException {
            sent.add(validators);
            Object r = script.getOrDefault(uri, new ArrayDeque<>()).poll();
            if (r == null) {
                throw new IOException("HTTP 404 from " + uri);
            }
            if (r instanceof IOException e) {
                throw e;
            }
            if (r.equals(304)) {
                return new Fetch(true, 0, validators);
            }
            String body = (String) r;
            if (body.length() > maxBytes) {
                throw new IOException("download exceeds the limit of " + maxBytes + " bytes");
            }
            Files.writeString(target, body);
            return new Fetch(false, body.length(), new Validators(Optional.of("\"" + body.hashCode() + "\""),
                    Optional.empty()));
        }
    }

    static String list(String published, int n) {
        StringBuilder b = new StringBuilder("# published " + published + "\n");
        for (int i = 1; i <= n; i++) {
            b.append("P").append(i).append(";Person ").append(i).append('\n');
        }
        return b.toString();
    }

    SourceConfig src(String... urls) {
        List<URI> u = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < urls.length; i++) {
            u.add(URI.create(urls[i]));
            names.add("f" + i + ".txt");
        }
        return SourceConfig.of("test-src", ListFormat.VIGIL_CSV, u, names);
    }

    @BeforeEach
    void setUp() {
        store = new ListStore(tmp, Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC),
                f -> new LinesParser());
        net = new ScriptedDownloader();
        sleeps = new ArrayList<>();
        updater = new ListUpdater(store, net, sleeps::add, 0.1);
    }

    @Test
    void aNewPublicationIsFetchedAndActivated() {
        net.then("https://x/a", list("2026-02-27", 10));
        UpdateResult r = updater.update(src("https://x/a"));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.UPDATED);
        assertThat(store.active("test-src")).map(VersionInfo::origin).contains("https://x/a");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void transientFailuresAreRetriedWithBackOff() {
        net.then("https://x/a", new Downloader.RetryableException("HTTP 503", null));
        net.then("https://x/a", new Downloader.RetryableException("timeout", null));
        net.then("https://x/a", list("2026-02-27", 10));
        UpdateResult r = updater.update(src("https://x/a"));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.UPDATED);
        assertThat(sleeps).containsExactly(1000L, 2000L);
    }

    @Test
    void whenRetriesRunOutTheSourceFailsAndTheActiveVersionStays() {
        net.then("https://x/a", list("2026-02-27", 10));
        VersionInfo active = updater.update(src("https://x/a")).load().orElseThrow().version().orElseThrow();
        for (int i = 0; i < 4; i++) {
            net.then("https://x/a", new Downloader.RetryableException("HTTP 503 from x", null));
        }
        UpdateResult r = updater.update(src("https://x/a"));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("HTTP 503 from x (after 4 attempts)").contains(active.id() + " stays active");
        assertThat(store.active("test-src")).contains(active);
        assertThat(sleeps).containsExactly(1000L, 2000L, 4000L);
    }

    @Test
    void aPermanentErrorIsNotRetried() {
        UpdateResult r = updater.update(src("https://x/missing"));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("HTTP 404");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void validatorsOfTheLastFetchAreSentAndNotModifiedMeansUnchanged() {
        String body = list("2026-02-27", 10);
        net.then("https://x/a", body);
        updater.update(src("https://x/a"));
        net.then("https://x/a", 304);

        UpdateResult r = updater.update(src("https://x/a"));

        assertThat(r.status()).isEqualTo(UpdateResult.Status.UNCHANGED);
        assertThat(net.sent.get(1).etag()).contains("\"" + body.hashCode() + "\"");
    }

    @Test
    void identicalContentWithoutValidatorsIsUnchangedByHash() {
        net.then("https://x/a", list("2026-02-27", 10));
        net.then("https://x/a", list("2026-02-27", 10));
        updater.update(src("https://x/a"));
        UpdateResult r = updater.update(src("https://x/a"));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.UNCHANGED);
        assertThat(store.versions("test-src")).hasSize(1);
    }

    @Test
    void inAMultiFileSourceAnUnchangedFileIsTakenFromTheActiveVersion() throws IOException {
        net.then("https://x/a", list("2026-02-27", 10));
        net.then("https://x/b", "Q1;Other\n");
        updater.update(src("https://x/a", "https://x/b"));
        net.then("https://x/a", list("2026-03-01", 12));
        net.then("https://x/b", 304);

        UpdateResult r = updater.update(src("https://x/a", "https://x/b"));

        assertThat(r.status()).isEqualTo(UpdateResult.Status.UPDATED);
        VersionInfo v = store.active("test-src").orElseThrow();
        assertThat(v.counts().entities()).isEqualTo(13);
        assertThat(Files.readString(store.files(v).get(1))).isEqualTo("Q1;Other\n");
    }

    @Test
    void aTruncatedOrShrunkDownloadIsRefused() {
        net.then("https://x/a", list("2026-02-27", 100));
        updater.update(src("https://x/a"));
        net.then("https://x/a", list("2026-03-01", 50));
        net.then("https://x/a", "# published 2026-03-02\nP1;One\n!bad");

        UpdateResult shrunk = updater.update(src("https://x/a"));
        UpdateResult broken = updater.update(src("https://x/a"));

        assertThat(shrunk.status()).isEqualTo(UpdateResult.Status.REJECTED);
        assertThat(broken.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(broken.message()).contains("f0.txt:3: expected id;name");
        assertThat(store.active("test-src").orElseThrow().counts().entities()).isEqualTo(100);
    }

    @Test
    void anOversizedDownloadFails() {
        net.then("https://x/a", list("2026-02-27", 1000));
        UpdateResult r = updater.update(src("https://x/a").withMaxBytes(100));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("exceeds the limit of 100 bytes");
        assertThat(store.active("test-src")).isEmpty();
    }

    @Test
    void oneFailingSourceDoesNotStopTheOthers() {
        net.then("https://y/b", list("2026-02-27", 5));
        SourceConfig bad = src("https://x/none");
        SourceConfig good = SourceConfig.of("other-src", ListFormat.VIGIL_CSV, List.of(URI.create("https://y/b")),
                List.of("b.txt"));
        List<UpdateResult> r = updater.updateAll(List.of(bad, good));
        assertThat(r).extracting(UpdateResult::status)
                .containsExactly(UpdateResult.Status.FAILED, UpdateResult.Status.UPDATED);
    }
}
