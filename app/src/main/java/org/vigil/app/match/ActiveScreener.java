package org.vigil.app.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.vigil.app.AppContext;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.ListVersion;
import org.vigil.match.index.LiveScreener;
import org.vigil.match.index.MatchIndex;
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
    private final ScheduledExecutorService scheduler;

    private ActiveScreener(AppContext ctx, MatchIndex index, List<String> versionIds) {
        this.ctx = ctx;
        this.live = new LiveScreener(index);
        this.versionIds = versionIds;
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
        live.swap(MatchIndex.build(entities(versions)));
        versionIds = ids;
        LOG.info("screening index rebuilt for {} in {} ms", ids, (System.nanoTime() - t0) / 1_000_000);
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
