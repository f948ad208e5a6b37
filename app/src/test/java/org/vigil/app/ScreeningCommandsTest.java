package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;

class ScreeningCommandsTest {

    @TempDir
    Path data;


    VigilCli.Run vigil(String... args) {
        return new VigilCli(data).run(args);
    }

    @Test
    void verifyPassesOnAnIntactChainAndNamesTheFirstEditedRow() {
        VigilCli.Run empty = vigil("audit", "verify");
        assertThat(empty.status()).isZero();
        assertThat(empty.out()).contains("audit chain intact: 0 rows");

        try (Database db = Database.open(Database.h2FileUrl(data))) {
            AuditLog log = new AuditLog(db.jdbi(), Clock.systemUTC());
            log.append("analyst-1", "alert.decided", "alert:1", "{\"decision\":\"false_positive\"}");
            log.append("reviewer-2", "alert.decided", "alert:2", "{\"decision\":\"true_match\"}");
            log.append("admin", "config.changed", "audit.retention", "{\"years\":10}");
        }
        VigilCli.Run intact = vigil("audit", "verify");
        assertThat(intact.status()).isZero();
        assertThat(intact.out()).contains("audit chain intact: 3 rows");
        VigilCli.Run head = vigil("audit", "head");
        assertThat(head.status()).isZero();
        assertThat(head.out().strip()).matches("3:[0-9a-f]{64}");
        String anchor = head.out().strip();
        assertThat(vigil("audit", "verify", "--anchor", anchor).status()).isZero();
        VigilCli.Run badAnchor = vigil("audit", "verify", "--anchor", "3:nothex");
        assertThat(badAnchor.status()).isEqualTo(2);
        assertThat(badAnchor.err()).contains("--anchor").contains("64 lower-case hex digits");
        String other = "3:" + "0".repeat(64);
        VigilCli.Run wrong = vigil("audit", "verify", "--anchor", other);
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains("audit chain broken at row 3").contains("recorded outside the database");

        try (Database db = Database.open(Database.h2FileUrl(data))) {
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE audit_log SET details = :d WHERE seq = 2")
                    .bind("d", "{\"decision\":\"false_positive\"}").execute());
        }
        VigilCli.Run tampered = vigil("audit", "verify");
        assertThat(tampered.status()).isEqualTo(1);
        assertThat(tampered.err()).contains("audit chain broken at row 2");
    }

    @Test
    void monitorImportStoresGoodRowsReportsBadOnesAndIsAudited() throws Exception {
        Path csv = data.resolve("customers.csv");
        java.nio.file.Files.writeString(csv, """
                id,name,type,dob,country
                C-1,Hafiz Mohammad Sayeed,person,1950,PK
                C-2,Jane Example,person,1980-13-01,GB
                C-3,Greenfield Bakery Supplies,organization,,GB
                """);
        VigilCli.Run r = vigil("monitor", "import", csv.toString(), "--actor", "ops-1");
        assertThat(r.status()).isEqualTo(1);
        // screened as stored: Saeed is designated by the UN and by OFAC, the bakery by nobody
        assertThat(r.out()).contains("imported 2 record(s), rejected 1; 2 new alert(s)");
        assertThat(r.err()).contains("line 3").contains("dob");
        VigilCli.Run verify = vigil("audit", "verify");
        assertThat(verify.status()).isZero();
        assertThat(verify.out()).doesNotContain("intact: 0 rows");
    }
}
