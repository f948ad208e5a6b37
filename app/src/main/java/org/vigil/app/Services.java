package org.vigil.app;

import java.time.Clock;
import org.vigil.app.config.VigilConfig;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.SecretBox;
import org.vigil.screening.monitoring.MonitoredRecords;
import org.vigil.screening.monitoring.RecordScreening;
import org.vigil.screening.monitoring.RescreenRuns;
import org.vigil.screening.monitoring.Rescreener;
import org.vigil.screening.security.ApiKeys;
import org.vigil.screening.security.Sessions;
import org.vigil.screening.security.Users;
import org.vigil.screening.webhooks.Webhooks;

/**
 * The database-backed services, wired once per process: audit log, alerts, monitored records, re-screening runs,
 * webhooks, users, API keys and sessions, all on one connection pool. Plain constructors, no container.
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
    private final Webhooks webhooks;
    private final RecordScreening recordScreening;
    private final Rescreener rescreener;
    private final RescreenRuns rescreenRuns;
    private final SecretBox secrets;

    /** Services whose sealed secrets use a random key that lives as long as this object (tests, benchmarks). */
    public Services(Database database, Clock clock) {
        this(database, clock, SecretBox.random());
    }

    /** @param secrets seals what must be read back (webhook secrets); every instance on one database needs its key */
    public Services(Database database, Clock clock, SecretBox secrets) {
        this.database = database;
        this.clock = clock;
        this.secrets = secrets;
        this.audit = new AuditLog(database.jdbi(), clock);
        this.webhooks = new Webhooks(database.jdbi(), audit, clock, secrets);
        // every new alert, however raised, writes its webhook deliveries in its own transaction (the outbox)
        this.alerts = new AlertService(database.jdbi(), audit, clock, webhooks.outbox());
        this.monitored = new MonitoredRecords(database.jdbi(), audit, clock);
        this.recordScreening = new RecordScreening(database.jdbi(), monitored, alerts);
        this.rescreener = new Rescreener(monitored, alerts, audit);
        this.rescreenRuns = new RescreenRuns(database.jdbi(), audit, clock);
        this.users = new Users(database.jdbi(), audit, clock);
        this.apiKeys = new ApiKeys(database.jdbi(), audit, clock);
        this.sessions = new Sessions(database.jdbi(), clock);
    }

    /**
     * Opens (and migrates) the configured database, with the secret key from {@code VIGIL_SECRET_KEY} or
     * {@code <data.dir>/secret.key} (created on first use, readable by its owner only).
     */
    public static Services open(VigilConfig config) {
        SecretBox secrets;
        try {
            secrets = SecretBox.load(System.getenv("VIGIL_SECRET_KEY"), config.dataDir().resolve("secret.key"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read or create the secret key "
                    + config.dataDir().resolve("secret.key") + ": " + e.getMessage(), e);
        }
        VigilConfig.Database db = config.db();
        return new Services(Database.open(config.jdbcUrl(), db.user().orElse(null), db.password().orElse(null)),
                Clock.systemUTC(), secrets);
    }

    /** Seals and opens the secrets Vigil must read back. */
    public SecretBox secrets() {
        return secrets;
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

    public Webhooks webhooks() {
        return webhooks;
    }

    /** Stores monitored records and screens them in the same transaction. */
    public RecordScreening recordScreening() {
        return recordScreening;
    }

    public Rescreener rescreener() {
        return rescreener;
    }

    public RescreenRuns rescreenRuns() {
        return rescreenRuns;
    }

    @Override
    public void close() {
        database.close();
    }
}
