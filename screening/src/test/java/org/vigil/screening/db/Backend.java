package org.vigil.screening.db;

import java.nio.file.Path;

/** The two databases every persistence test runs against. */
public enum Backend {
    H2 {
        @Override
        public String newUrl(Path tempDir) {
            return Database.h2FileUrl(tempDir);
        }
    },
    POSTGRES {
        @Override
        public String newUrl(Path tempDir) {
            return TestPostgres.newDatabaseUrl();
        }
    };

    /** The URL of a fresh, empty database. */
    public abstract String newUrl(Path tempDir);

    /** A fresh, migrated, empty database. */
    public Database open(Path tempDir) {
        return Database.open(newUrl(tempDir));
    }
}
