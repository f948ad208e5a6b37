package org.vigil.screening.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migratesTheSchemaAndReopensWithoutMigratingAgain(Backend backend) {
        String url = backend.newUrl(dir);
        try (Database db = Database.open(url)) {
            assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT retention_years FROM audit_settings")
                    .mapTo(Integer.class).one())).isEqualTo(10);
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_settings SET retention_years = 11"));
        }
        try (Database db = Database.open(url)) {
            assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history "
                    + "WHERE version = '1' AND success = TRUE").mapTo(Integer.class).one())).isEqualTo(1);
            assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT retention_years FROM audit_settings")
                    .mapTo(Integer.class).one())).isEqualTo(11);
        }
    }

    @Test
    void anH2FileDatabaseKeepsItsDataAcrossOpens() {
        try (Database db = Database.open(Database.h2FileUrl(dir))) {
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_settings SET retention_years = 12"));
        }
        assertThat(dir.resolve("vigil.mv.db")).exists();
        try (Database db = Database.open(Database.h2FileUrl(dir))) {
            assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT retention_years FROM audit_settings")
                    .mapTo(Integer.class).one())).isEqualTo(12);
        }
    }

    @Test
    void anUnsupportedUrlIsRefusedByName() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/vigil"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("db: unsupported JDBC URL 'jdbc:mysql://localhost/vigil'");
    }
}
