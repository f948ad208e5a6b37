package org.vigil.lists.update;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.vigil.lists.version.ImportRequest;
import org.vigil.lists.version.ImportResult;
import org.vigil.lists.version.ListStore;

/**
 * Fetches configured sources and loads them into the {@link ListStore}. Each source is independent: one failing
 * source never stops the others, and a failed, partial or suspicious download never replaces the active version
 * (the store's checks decide). Change detection: conditional requests with the validators of the last fetch, then the
 * store's content hash.
 */
public final class ListUpdater {
    private final ListStore store;
    private final Downloader downloader;
    private final Sleeper sleeper;
    private final double maxShrink;

    /** Waits between retries; injected so tests do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public ListUpdater(ListStore store, Downloader downloader, Sleeper sleeper, double maxShrink) {
        this.store = Objects.requireNonNull(store, "store");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.maxShrink = maxShrink;
    }

    public List<UpdateResult> updateAll(List<SourceConfig> sources) {
        List<UpdateResult> out = new ArrayList<>();
        for (SourceConfig s : sources) {
            if (s.enabled()) {
                out.add(update(s));
            }
        }
        return out;
    }

    public UpdateResult update(SourceConfig cfg) {
        Path work = store.root().resolve(cfg.source()).resolve(".download-" + UUID.randomUUID());
        try {
            Files.createDirectories(work);
            Properties state = readState(cfg.source());
            List<Path> files = new ArrayList<>();
            Properties next = new Properties();
            boolean allNotModified = store.active(cfg.source()).isPresent();
            for (int i = 0; i < cfg.urls().size(); i++) {
                String name = cfg.fileNames().get(i);
                Downloader.Validators v = new Downloader.Validators(
                        Optional.ofNullable(state.getProperty(name + ".etag")),
                        Optional.ofNullable(state.getProperty(name + ".last-modified")));
                Path target = work.resolve(name);
                Downloader.Fetch f = fetchWithRetries(cfg, i, v, target);
                if (f.notModified()) {
                    // keep the stored copy of this file for a multi-file publication
                    Path stored = activeFile(cfg.source(), name);
                    if (stored == null) {
                        allNotModified = false;
                        f = fetchWithRetries(cfg, i, Downloader.Validators.none(), target);
                    } else {
                        Files.copy(stored, target);
                    }
                } else {
                    allNotModified = false;
                }
                f.validators().etag().ifPresent(x -> next.setProperty(name + ".etag", x));
                f.validators().lastModified().ifPresent(x -> next.setProperty(name + ".last-modified", x));
                files.add(target);
            }
            if (allNotModified) {
                return new UpdateResult(cfg.source(), UpdateResult.Status.UNCHANGED,
                        "unchanged: the server reports no new publication", Optional.empty());
            }
            ImportResult r = store.importFiles(new ImportRequest(cfg.source(), cfg.format(), files,
                    String.join(" ", cfg.urls().stream().map(Object::toString).toList()), maxShrink, false,
                    cfg.maxBytes()));
            if (r.outcome() == ImportResult.Outcome.ACTIVATED || r.outcome() == ImportResult.Outcome.UNCHANGED) {
                writeState(cfg.source(), next);
            }
            UpdateResult.Status status = switch (r.outcome()) {
                case ACTIVATED -> UpdateResult.Status.UPDATED;
                case UNCHANGED -> UpdateResult.Status.UNCHANGED;
                case REJECTED -> UpdateResult.Status.REJECTED;
                case FAILED -> UpdateResult.Status.FAILED;
            };
            return new UpdateResult(cfg.source(), status, r.message(), Optional.of(r));
        } catch (IOException e) {
            String active = store.active(cfg.source()).map(a -> a.id() + " stays active").orElse("no version is active");
            return new UpdateResult(cfg.source(), UpdateResult.Status.FAILED,
                    "download failed: " + e.getMessage() + "; " + active, Optional.empty());
        } finally {
            deleteQuietly(work);
        }
    }

    private Downloader.Fetch fetchWithRetries(SourceConfig cfg, int i, Downloader.Validators v, Path target)
            throws IOException {
        long backoff = 1000;
        for (int attempt = 0; ; attempt++) {
            try {
                Files.deleteIfExists(target);
                return downloader.fetch(cfg.urls().get(i), v, target, cfg.maxBytes(), cfg.timeout());
            } catch (Downloader.RetryableException e) {
                if (attempt >= cfg.retries()) {
                    throw new IOException(cfg.urls().get(i) + ": " + e.getMessage() + " (after " + (attempt + 1)
                            + " attempts)", e);
                }
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting to retry " + cfg.urls().get(i));
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private Path activeFile(String source, String name) {
        return store.active(source).flatMap(v -> store.files(v).stream()
                        .filter(p -> p.getFileName().toString().equals(name)).findFirst())
                .filter(Files::exists).orElse(null);
    }

    private Properties readState(String source) throws IOException {
        Properties p = new Properties();
        Path f = store.root().resolve(source).resolve("fetch-state.properties");
        if (Files.exists(f)) {
            try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private void writeState(String source, Properties p) throws IOException {
        Path f = store.root().resolve(source).resolve("fetch-state.properties");
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "HTTP validators of the last fetched copy (ETag, Last-Modified)");
        }
        Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover download directory is harmless; the next update uses a new one
        }
    }
}
