package org.vigil.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.vigil.app.config.VigilConfig;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.BundledLists;
import org.vigil.lists.version.ImportResult;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.VersionInfo;

/** Wires the configuration to the list store; installs the bundled lists on first run. */
public final class AppContext {
    private final VigilConfig config;
    private final ListStore store;
    private final Clock clock;
    private ActiveLists active;
    private List<String> activeIds = List.of();
    private Instant checkedAt = Instant.MIN;

    private AppContext(VigilConfig config, ListStore store, Clock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Opens the store under the configured data directory. If a bundled list's source has never been loaded, loads
     * the bundled snapshot and says so on {@code notes}.
     */
    public static AppContext open(VigilConfig config, PrintWriter notes) {
        Clock clock = Clock.systemUTC();
        ListStore store = new ListStore(config.listsDir(), clock, Parsers::forFormat);
        try {
            for (ImportResult r : BundledLists.installIfMissing(store)) {
                notes.println("vigil: first run: loaded the bundled list snapshot: " + r.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the list store in " + config.listsDir() + ": "
                    + e.getMessage(), e);
        }
        return new AppContext(config, store, clock);
    }

    public VigilConfig config() {
        return config;
    }

    public ListStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The active version of every list. Parsed once, and again when another process (say {@code vigil lists update}
     * from cron) has activated a new version: the store's ACTIVE files are checked at most every two seconds.
     */
    public synchronized ActiveLists activeLists() throws IOException, ListFormatException {
        Instant now = clock.instant();
        if (active == null || now.isAfter(checkedAt.plusSeconds(2))) {
            List<String> ids = store.activeVersions().stream().map(VersionInfo::id).toList();
            if (active == null || !ids.equals(activeIds)) {
                active = ActiveLists.load(store);
                activeIds = active.versions().stream().map(v -> v.id()).toList();
            }
            checkedAt = now;
        }
        return active;
    }
}
