package org.vigil.lists.version;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.identity.Subject;
import org.vigil.lists.identity.SubjectIndex;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;

/**
 * The active version of every list, loaded and cross-referenced: what screening runs against. Immutable; a list
 * update produces a new instance that callers swap in.
 */
public final class ActiveLists {
    private final Map<String, ListVersion> bySource;
    private final SubjectIndex subjects;

    private ActiveLists(Map<String, ListVersion> bySource, SubjectIndex subjects) {
        this.bySource = bySource;
        this.subjects = subjects;
    }

    public static ActiveLists of(List<ListVersion> versions) {
        Map<String, ListVersion> m = new LinkedHashMap<>();
        for (ListVersion v : versions) {
            if (m.putIfAbsent(v.source(), v) != null) {
                throw new IllegalArgumentException("two versions of source " + v.source());
            }
        }
        return new ActiveLists(Map.copyOf(m), SubjectIndex.build(versions));
    }

    /**
     * Parses the active version of every source in the store, the sources side by side on the machine's cores (each
     * file is parsed by one thread, with bounded memory as ever); the first failure, in source order, is thrown.
     */
    public static ActiveLists load(ListStore store) throws IOException, ListFormatException {
        List<VersionInfo> active = store.activeVersions();
        List<ListVersion> versions = new ArrayList<>(active.size());
        int threads = Math.max(1, Math.min(active.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-list-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ListVersion>> parsing = new ArrayList<>(active.size());
            for (VersionInfo v : active) {
                parsing.add(pool.submit(() -> store.load(v)));
            }
            for (Future<ListVersion> f : parsing) {
                versions.add(result(f));
            }
        } finally {
            pool.shutdownNow();
        }
        return of(versions);
    }

    private static ListVersion result(Future<ListVersion> f) throws IOException, ListFormatException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while loading the active lists");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ListFormatException lf) {
                throw lf;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    public List<ListVersion> versions() {
        return bySource.values().stream().sorted((a, b) -> a.source().compareTo(b.source())).toList();
    }

    public Optional<ListVersion> version(String source) {
        return Optional.ofNullable(bySource.get(source));
    }

    /** A record together with the version it is in. */
    public record Located(ListVersion version, Entity entity) {
    }

    /** The record with this id in the active version of its source, with that version. */
    public Optional<Located> locate(EntityId id) {
        ListVersion v = bySource.get(id.source());
        return v == null ? Optional.empty() : v.get(id).map(e -> new Located(v, e));
    }

    public Optional<Entity> entity(EntityId id) {
        ListVersion v = bySource.get(id.source());
        return v == null ? Optional.empty() : v.get(id);
    }

    public Optional<Subject> subjectOf(EntityId id) {
        return subjects.subjectOf(id);
    }

    public SubjectIndex subjects() {
        return subjects;
    }
}
