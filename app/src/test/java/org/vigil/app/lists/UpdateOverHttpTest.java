package org.vigil.app.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.lists.delta.Delta;
import org.vigil.lists.delta.Deltas;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.update.ListUpdater;
import org.vigil.lists.update.SourceConfig;
import org.vigil.lists.update.UpdateResult;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.VersionInfo;

/**
 * {@code vigil lists update} end to end: the real HTTP downloader against a local HTTP server serving the real UN
 * list files, with ETags, failures, slowness, oversized and truncated bodies.
 */
class UpdateOverHttpTest {
    @TempDir
    Path tmp;
    HttpServer server;
    ListStore store;
    ListUpdater updater;
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    final List<String> ifNoneMatch = new ArrayList<>();
    volatile long delayMs;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        store = new ListStore(tmp.resolve("lists"), Clock.systemUTC(), Parsers::forFormat);
        updater = new ListUpdater(store, new JdkHttpDownloader(), ms -> { }, 0.1);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                ex.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = files.get(path);
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + sha(body) + "\"";
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            synchronized (ifNoneMatch) {
                ifNoneMatch.add(inm);
            }
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(inm)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    SourceConfig un() {
        return SourceConfig.of("un-sc", ListFormat.UN_XML,
                List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/un/consolidated.xml")),
                List.of("consolidated.xml")).withTimeout(Duration.ofSeconds(5)).withRetries(3);
    }

    byte[] un2025() throws IOException {
        return Files.readAllBytes(TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml"));
    }

    byte[] un2026() throws IOException {
        return Files.readAllBytes(TestData.unBundled());
    }

    @Test
    void newPublicationsAreLoadedAndAnUnchangedOneIsNotDownloadedAgain() throws Exception {
        files.put("/un/consolidated.xml", un2025());
        UpdateResult first = updater.update(un());
        assertThat(first.status()).isEqualTo(UpdateResult.Status.UPDATED);
        VersionInfo v1 = store.active("un-sc").orElseThrow();
        assertThat(v1.id()).startsWith("un-sc@2025-08-02-");
        assertThat(v1.counts().persons()).isEqualTo(684);

        files.put("/un/consolidated.xml", un2026());
        UpdateResult second = updater.update(un());
        assertThat(second.status()).isEqualTo(UpdateResult.Status.UPDATED);
        VersionInfo v2 = store.active("un-sc").orElseThrow();
        assertThat(v2.id()).startsWith("un-sc@2026-02-27-");
        Delta d = Deltas.between(store.load(v1), store.load(v2));
        assertThat(d.added()).hasSize(127);
        assertThat(d.removed()).hasSize(3);

        UpdateResult third = updater.update(un());
        assertThat(third.status()).isEqualTo(UpdateResult.Status.UNCHANGED);
        assertThat(third.message()).contains("no new publication");
        assertThat(ifNoneMatch.get(ifNoneMatch.size() - 1)).isEqualTo("\"" + sha(un2026()) + "\"");
        assertThat(store.versions("un-sc")).hasSize(2);
    }

    @Test
    void serverErrorsAreRetriedThenGiveUpKeepingTheActiveVersion() throws Exception {
        files.put("/un/consolidated.xml", un2025());
        failuresLeft.set(2);
        assertThat(updater.update(un()).status()).isEqualTo(UpdateResult.Status.UPDATED);
        VersionInfo active = store.active("un-sc").orElseThrow();

        files.put("/un/consolidated.xml", un2026());
        failuresLeft.set(10);
        UpdateResult r = updater.update(un());

        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("HTTP 503").contains("after 4 attempts").contains(active.id() + " stays active");
        assertThat(store.active("un-sc")).contains(active);
    }

    @Test
    void aSlowServerTimesOut() throws Exception {
        files.put("/un/consolidated.xml", un2025());
        delayMs = 1500;
        UpdateResult r = updater.update(un().withTimeout(Duration.ofMillis(300)).withRetries(1));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("no answer within");
        assertThat(store.active("un-sc")).isEmpty();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        files.put("/un/consolidated.xml", un2025());
        UpdateResult r = updater.update(un().withMaxBytes(100_000));
        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("over the limit of 100000 bytes");
    }

    @Test
    void aTruncatedFileNeverReplacesTheActiveList() throws Exception {
        files.put("/un/consolidated.xml", un2025());
        updater.update(un());
        VersionInfo active = store.active("un-sc").orElseThrow();
        byte[] full = un2026();
        files.put("/un/consolidated.xml", java.util.Arrays.copyOf(full, full.length / 2));

        UpdateResult r = updater.update(un());

        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("consolidated.xml:").contains(active.id() + " stays active");
        assertThat(store.active("un-sc")).contains(active);
    }

    @Test
    void aMissingFileIsAPermanentError() {
        UpdateResult r = updater.update(un());
        assertThat(r.status()).isEqualTo(UpdateResult.Status.FAILED);
        assertThat(r.message()).contains("HTTP 404");
    }
}
