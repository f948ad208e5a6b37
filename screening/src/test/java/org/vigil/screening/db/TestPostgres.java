package org.vigil.screening.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded PostgreSQL server for the whole test run; each caller gets a fresh, empty database on it. */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setPgBinaryResolver(RootSafePostgresBinaries.INSTANCE)
                        .setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (Exception | Error e) {
                throw new IllegalStateException("embedded PostgreSQL (zonky) could not start, so the PostgreSQL half"
                        + " of the tests cannot run: " + e, e);
            }
        }
        return server;
    }

    /** Creates a new database and returns its JDBC URL. */
    public static String newDatabaseUrl() {
        EmbeddedPostgres pg = server();
        String name = "vigil_test_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name); // name is generated above, never input
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL: cannot create database " + name + ": " + e, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }
}
