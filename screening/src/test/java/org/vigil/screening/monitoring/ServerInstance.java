package org.vigil.screening.monitoring;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;
import org.vigil.screening.webhooks.Webhooks;

/**
 * What one {@code vigil serve} process holds, for tests that run several on one database: its own connection pool,
 * services and re-screening watcher over a shared list store, the active lists re-read when the store changes.
 */
final class ServerInstance implements AutoCloseable {
    final Database db;
    final AuditLog audit;
    final Webhooks webhooks;
    final AlertService alerts;
    final MonitoredRecords records;
    final RecordScreening screening;
    final RescreenRuns runs;
    final RescreenWatcher watcher;
    private final ListStore store;
    private List<String> activeIds = List.of();
    private ActiveLists active;

    ServerInstance(String jdbcUrl, ListStore store, String name, RescreenWatcher.Settings settings) {
        Clock clock = Clock.systemUTC();
        this.store = store;
        this.db = Database.open(jdbcUrl);
        this.audit = new AuditLog(db.jdbi(), clock);
        this.webhooks = new Webhooks(db.jdbi(), audit, clock, org.vigil.screening.security.SecretBox.random());
        this.alerts = new AlertService(db.jdbi(), audit, clock, webhooks.outbox());
        this.records = new MonitoredRecords(db.jdbi(), audit, clock);
        this.screening = new RecordScreening(db.jdbi(), records, alerts);
        this.runs = new RescreenRuns(db.jdbi(), audit, clock);
        this.watcher = new RescreenWatcher(runs, new Rescreener(records, alerts, audit), store, this::activeVersions,
                name, settings);
    }

    static RescreenWatcher.Settings fast() {
        return new RescreenWatcher.Settings(Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofSeconds(1),
                ScreenOptions.defaults());
    }

    /** The active versions, parsed again only when the store's ACTIVE files name other versions. */
    synchronized List<ListVersion> activeVersions() throws IOException, ListFormatException {
        List<String> ids = store.activeVersions().stream().map(VersionInfo::id).toList();
        if (active == null || !ids.equals(activeIds)) {
            active = ActiveLists.load(store);
            activeIds = ids;
        }
        return active.versions();
    }

    /** The full active index, as a server's live screener is. */
    RecordScreening.Index index() throws IOException, ListFormatException {
        List<ListVersion> versions = activeVersions();
        Screener screener = new Screener(MatchIndex.build(versions.stream().flatMap(v -> v.entities().stream())
                .toList()));
        return q -> screener.screen(q, ScreenOptions.defaults()).matches().stream()
                .map(m -> new RecordScreening.Hit(m, versions.stream()
                        .filter(v -> v.source().equals(m.entity().id().source())).findFirst().orElseThrow().id()))
                .toList();
    }

    @Override
    public void close() {
        watcher.close();
        db.close();
    }
}
