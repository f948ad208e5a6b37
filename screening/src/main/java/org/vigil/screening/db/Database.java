package org.vigil.screening.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;

/**
 * The screening database: a HikariCP pool on a JDBC URL (an H2 file by default, PostgreSQL for several processes),
 * migrated by Flyway from {@code db/migration/screening} on open, used through Jdbi with bound parameters only.
 */
public final class Database implements AutoCloseable {
    public static final String MIGRATIONS = "classpath:db/migration/screening";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * The default embedded database: an H2 file {@code vigil.mv.db} in {@code dataDir}, PostgreSQL-compatible. With
     * AUTO_SERVER the first process to open it serves it to the others, so {@code vigil monitor import} can run while
     * {@code vigil serve} is up. WRITE_DELAY=0 writes each commit to the file before the commit returns: H2's default
     * (writing in the background up to a second later) loses committed transactions when the process is killed.
     */
    public static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("vigil")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE"
                + ";WRITE_DELAY=0";
    }

    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /** Opens a pool on {@code jdbcUrl} and brings the schema up to date; fails naming the URL if either step fails. */
    public static Database open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("db: unsupported JDBC URL '" + redact(jdbcUrl)
                    + "'; expected jdbc:h2:... or jdbc:postgresql://...");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("vigil-screening");
        config.setMaximumPoolSize(10);
        // A request waits at most this long for a connection; when the database is away it fails fast (the web layer
        // answers 503) and the pool reconnects by itself once it is back.
        config.setConnectionTimeout(3_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("db: cannot connect to " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure().dataSource(ds).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new IllegalStateException("db: migrating " + redact(jdbcUrl) + " failed: " + e.getMessage(), e);
        }
        return new Database(ds);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Binds an instant as a {@code TIMESTAMP WITH TIME ZONE} in UTC, the same way on H2 and PostgreSQL. Instants are
     * truncated to microseconds, the precision both databases keep, so what is read back equals what was written.
     */
    public static Argument timestamp(Instant at) {
        OffsetDateTime value = truncate(at).atOffset(ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an instant. */
    public static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
