package org.vigil.app.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.vigil.app.AppContext;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.ListVersion;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.LiveScreener;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screener of a running server: over the active list versions, rebuilt on a background thread when they change
 * (checked every two seconds, as {@link AppContext#activeLists()} re-reads the store) and swapped in atomically, so
 * a list update never pauses screening and no request pays for a rebuild.
 */
public final class ActiveScreener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveScreener.class);

    private final AppContext ctx;
    private final LiveScreener live;
    private volatile List<String> versionIds;
    private volatile Snapshot snapshot;
    private volatile BiConsumer<List<String>, List<String>> onSwap = (from, to) -> { };
    private final ScheduledExecutorService scheduler;

    /**
     * One index with the list versions it was built from, so that a request screens every query on the same index
     * and can record exactly which versions it used (the audit log does), even if a new version is swapped in
     * meanwhile.
     */
    public record Snapshot(Screener screener, List<String> versionIds) {
        public Snapshot {
            versionIds = List.copyOf(versionIds);
        }

        public MatchIndex index() {
            return screener.index();
        }

        public Screener.Result screen(Query q, ScreenOptions options) {
            return screener.screen(q, options);
        }
    }

    private ActiveScreener(AppContext ctx, MatchIndex index, List<String> versionIds) {
        this.ctx = ctx;
        this.live = new LiveScreener(index);
        this.versionIds = versionIds;
        this.snapshot = new Snapshot(new Screener(index), versionIds);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-index-refresh");
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds the index over the active lists and starts checking for new versions every {@code periodMillis}. */
    public static ActiveScreener start(AppContext ctx, long periodMillis) throws IOException, ListFormatException {
        List<ListVersion> versions = ctx.activeLists().versions();
        ActiveScreener s = new ActiveScreener(ctx, MatchIndex.build(entities(versions)), ids(versions));
        s.scheduler.scheduleWithFixedDelay(s::refreshQuietly, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return s;
    }

    public LiveScreener screener() {
        return live;
    }

    /** The current index with its list versions; take it once per request. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Called on the refresh thread after each swap with the version ids before and after (the server records in the
     * audit log when it started screening against other list versions). A failing listener does not undo the swap.
     */
    public void onSwap(BiConsumer<List<String>, List<String>> listener) {
        this.onSwap = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** The list versions the current index was built from. */
    public List<String> versionIds() {
        return versionIds;
    }

    /** Rebuilds and swaps the index if the active versions changed; returns whether it did. */
    public boolean refresh() throws IOException, ListFormatException {
        List<ListVersion> versions = ctx.activeLists().versions();
        List<String> ids = ids(versions);
        if (ids.equals(versionIds)) {
            return false;
        }
        long t0 = System.nanoTime();
        MatchIndex index = MatchIndex.build(entities(versions));
        snapshot = new Snapshot(new Screener(index), ids);
        live.swap(index);
        List<String> before = versionIds;
        versionIds = ids;
        LOG.info("screening index rebuilt for {} in {} ms", ids, (System.nanoTime() - t0) / 1_000_000);
        try {
            onSwap.accept(before, ids);
        } catch (RuntimeException e) {
            LOG.error("the screening index now uses {}, but recording that failed", ids, e);
        }
        return true;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (Exception | LinkageError e) {
            LOG.error("could not rebuild the screening index; the previous one stays in use", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private static List<Entity> entities(List<ListVersion> versions) {
        List<Entity> all = new ArrayList<>();
        versions.forEach(v -> all.addAll(v.entities()));
        return all;
    }

    private static List<String> ids(List<ListVersion> versions) {
        return versions.stream().map(ListVersion::id).toList();
    }
}
