package org.vigil.app;

import picocli.CommandLine.Option;

/** {@code --db JDBC_URL}, for every command that works on the screening database. */
public final class DatabaseOption {
    @Option(names = "--db", paramLabel = "JDBC_URL", description = "The database, e.g. jdbc:postgresql://db/vigil "
            + "(default: db.url, $VIGIL_DB_URL, else the embedded H2 file in the data directory). User and password "
            + "from db.user/db.password or $VIGIL_DB_USER/$VIGIL_DB_PASSWORD.")
    String url;

    /** The URL given on the command line; null when none was. */
    public String url() {
        return url;
    }

    /** Opens (and migrates) this database, or the configured one when no --db was given. */
    public Services open(ConfigOptions options) {
        return options.services(url);
    }
}
