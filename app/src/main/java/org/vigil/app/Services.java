package org.vigil.app;

import java.time.Clock;
import org.vigil.app.config.VigilConfig;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;
import org.vigil.screening.monitoring.MonitoredRecords;
import org.vigil.screening.security.ApiKeys;
import org.vigil.screening.security.Sessions;
import org.vigil.screening.security.Users;

/**
 * The database-backed services, wired once per process: audit log, alerts, monitored records, users, API keys and
 * sessions, all on one connection pool. Plain constructors, no container.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final AuditLog audit;
    private final AlertService alerts;
    private final MonitoredRecords monitored;
    private final Users users;
    private final ApiKeys apiKeys;
    private final Sessions sessions;

    public Services(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new AuditLog(database.jdbi(), clock);
        this.alerts = new AlertService(database.jdbi(), audit, clock);
        this.monitored = new MonitoredRecords(database.jdbi(), audit, clock);
        this.users = new Users(database.jdbi(), audit, clock);
        this.apiKeys = new ApiKeys(database.jdbi(), audit, clock);
        this.sessions = new Sessions(database.jdbi(), clock);
    }

    /** Opens (and migrates) the configured database. */
    public static Services open(VigilConfig config) {
        VigilConfig.Database db = config.db();
        return new Services(Database.open(config.jdbcUrl(), db.user().orElse(null), db.password().orElse(null)),
                Clock.systemUTC());
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public AuditLog audit() {
        return audit;
    }

    public AlertService alerts() {
        return alerts;
    }

    public MonitoredRecords monitored() {
        return monitored;
    }

    public Users users() {
        return users;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public Sessions sessions() {
        return sessions;
    }

    @Override
    public void close() {
        database.close();
    }
}
