package org.vigil.screening.monitoring;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.vigil.lists.version.HistoryEvent;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;
import org.vigil.match.ScreenOptions;
import org.vigil.screening.security.Secrets;

/**
 * Notices newly active list versions and re-screens the monitored records against them, coordinated with every other
 * instance on the same database through {@link RescreenRuns}: each version is re-screened by exactly one instance
 * (another takes over if it crashes). Checks every {@code period}; a check costs one query per active version until
 * its run is done, nothing after.
 */
public final class RescreenWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RescreenWatcher.class.getName());

    /** The versions active now (a server's cached view of the list store). */
    @FunctionalInterface
    public interface ActiveVersions {
        List<ListVersion> get() throws Exception;
    }

    /**
     * Timing: a claim lasts {@code lease} unless renewed (renewed every third of it while running); a failed run is
     * retried after {@code retryAfter}; the store is checked every {@code period}.
     */
    public record Settings(Duration period, Duration lease, Duration retryAfter, ScreenOptions options) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(30),
                    ScreenOptions.defaults());
        }
    }

    private final RescreenRuns runs;
    private final Rescreener rescreener;
    private final ListStore store;
    private final ActiveVersions active;
    private final String instance;
    private final Settings settings;
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
    private final Map<String, RunKey> runKeys = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    public RescreenWatcher(RescreenRuns runs, Rescreener rescreener, ListStore store, ActiveVersions active,
            String instance, Settings settings) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.rescreener = Objects.requireNonNull(rescreener, "rescreener");
        this.store = Objects.requireNonNull(store, "store");
        this.active = Objects.requireNonNull(active, "active");
        this.instance = Objects.requireNonNull(instance, "instance");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "vigil-rescreen");
            t.setDaemon(true);
            return t;
        });
    }

    /** An id for this process: host, process id and a random suffix (two servers on one host differ). */
    public static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + Secrets.token(4);
    }

    public String instance() {
        return instance;
    }

    /** Starts checking every {@code settings.period()} on a background thread. */
    public RescreenWatcher start() {
        long ms = settings.period().toMillis();
        scheduler.scheduleWithFixedDelay(this::checkQuietly, 0, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "re-screening check failed; retrying in " + settings.period().toMillis()
                    + " ms: " + e);
        }
    }

    /**
     * One check: claims and runs, one after another, every active version's re-screening that no instance has done
     * or is doing. Returns the runs this instance completed.
     */
    public List<RescreenResult> check() throws Exception {
        List<RescreenResult> done = new ArrayList<>();
        for (ListVersion v : active.get()) {
            String key = runKey(v);
            if (settled.contains(key)) {
                continue;
            }
            Optional<RescreenRuns.Claim> claim = runs.claim(key, v.source(), instance, settings.lease());
            if (claim.isEmpty()) {
                runs.find(key).filter(r -> r.status() == RescreenRun.Status.DONE
                        || (r.status() == RescreenRun.Status.FAILED && r.attempts() >= RescreenRuns.MAX_ATTEMPTS))
                        .ifPresent(r -> settled.add(key));
                continue;
            }
            run(claim.get(), v).ifPresent(done::add);
        }
        return done;
    }

    /**
     * The run that re-screens against {@code v} being active now: its version id for its first activation, and
     * {@code ID#N} for its N-th (a rollback, or a version accepted by hand after it was refused), so that a version
     * made active again is re-screened again, against what differs from the version it replaces: records stored
     * while a later version was active have not been screened against entities only the earlier one lists.
     */
    String runKey(ListVersion v) {
        // the history is read when a source's active version changes, not on every check
        RunKey known = runKeys.get(v.source());
        if (known != null && known.versionId().equals(v.id())) {
            return known.key();
        }
        long activations = store.history(v.source()).stream()
                .filter(e -> e.versionId().equals(v.id()))
                .filter(e -> e.outcome() == HistoryEvent.Kind.ACTIVATED || e.outcome() == HistoryEvent.Kind.ROLLED_BACK)
                .count();
        String key = activations <= 1 ? v.id() : v.id() + ACTIVATION_MARK + activations;
        runKeys.put(v.source(), new RunKey(v.id(), key));
        return key;
    }

    /** The run key of the version a source had active at the last check. */
    private record RunKey(String versionId, String key) {
    }

    /** Between a version id and its activation number in a run key (never part of a version id). */
    static final char ACTIVATION_MARK = '#';

    /** The version id of a run key. */
    static String versionOf(String runKey) {
        int mark = runKey.indexOf(ACTIVATION_MARK);
        return mark < 0 ? runKey : runKey.substring(0, mark);
    }

    private Optional<RescreenResult> run(RescreenRuns.Claim claim, ListVersion version) {
        long renewMs = Math.max(1, settings.lease().toMillis() / 3);
        ScheduledFuture<?> heartbeat = scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (!runs.renew(claim, settings.lease())) {
                    LOG.log(System.Logger.Level.WARNING, "re-screening " + claim.versionId()
                            + ": lost the claim (another instance took it over)");
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "re-screening " + claim.versionId() + ": could not renew the lease: "
                        + e);
            }
        }, renewMs, renewMs, TimeUnit.MILLISECONDS);
        try {
            Optional<ListVersion> older = claim.fromVersion().map(RescreenWatcher::versionOf).flatMap(this::load);
            RescreenResult result = older.isPresent()
                    ? rescreener.onNewVersion(older.get(), version, settings.options(), "system:rescreen")
                    : rescreener.onFirstVersion(version, settings.options(), "system:rescreen");
            heartbeat.cancel(false);
            if (runs.finish(claim, result)) {
                settled.add(version.id());
                LOG.log(System.Logger.Level.INFO, "re-screened " + result.recordsScreened() + " monitored records "
                        + "against " + version.id() + " (" + result.entitiesScreened() + " entities new or changed "
                        + "since " + claim.fromVersion().orElse("nothing") + "): " + result.alertsRaised() + " alerts");
            }
            return Optional.of(result);
        } catch (Exception | LinkageError e) {
            heartbeat.cancel(false);
            LOG.log(System.Logger.Level.ERROR, "re-screening against " + version.id() + " failed (attempt "
                    + claim.attempt() + "); retrying in " + settings.retryAfter().toSeconds() + " s", e);
            try {
                runs.fail(claim, e.toString(), settings.retryAfter());
            } catch (RuntimeException again) {
                LOG.log(System.Logger.Level.WARNING, "re-screening " + version.id() + ": could not record the failure: "
                        + again);
            }
            return Optional.empty();
        }
    }

    /** The older version, parsed from the store; empty (screen against everything) if it is no longer stored. */
    private Optional<ListVersion> load(String versionId) {
        Optional<VersionInfo> info = store.find(versionId).filter(i -> i.id().equals(versionId));
        if (info.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "re-screening: version " + versionId + " is no longer stored; "
                    + "screening against every entity instead");
            return Optional.empty();
        }
        try {
            return Optional.of(store.load(info.get()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the older version " + versionId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
