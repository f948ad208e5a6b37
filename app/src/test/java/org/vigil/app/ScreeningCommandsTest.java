package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;

class ScreeningCommandsTest {

    @TempDir
    Path data;

    record Run(int status, String out, String err) {
    }

    Run vigil(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void verifyPassesOnAnIntactChainAndNamesTheFirstEditedRow() {
        Run empty = vigil("audit", "verify");
        assertThat(empty.status()).isZero();
        assertThat(empty.out()).contains("audit chain intact: 0 rows");

        try (Database db = Database.open(Database.h2FileUrl(data))) {
            AuditLog log = new AuditLog(db.jdbi(), Clock.systemUTC());
            log.append("analyst-1", "alert.decided", "alert:1", "{\"decision\":\"false_positive\"}");
            log.append("reviewer-2", "alert.decided", "alert:2", "{\"decision\":\"true_match\"}");
            log.append("admin", "config.changed", "audit.retention", "{\"years\":10}");
        }
        Run intact = vigil("audit", "verify");
        assertThat(intact.status()).isZero();
        assertThat(intact.out()).contains("audit chain intact: 3 rows");

        try (Database db = Database.open(Database.h2FileUrl(data))) {
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE audit_log SET details = :d WHERE seq = 2")
                    .bind("d", "{\"decision\":\"false_positive\"}").execute());
        }
        Run tampered = vigil("audit", "verify");
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
        Run r = vigil("monitor", "import", csv.toString(), "--actor", "ops-1");
        assertThat(r.status()).isEqualTo(1);
        // screened as stored: Saeed is designated by the UN and by OFAC, the bakery by nobody
        assertThat(r.out()).contains("imported 2 record(s), rejected 1; 2 new alert(s)");
        assertThat(r.err()).contains("line 3").contains("dob");
        Run verify = vigil("audit", "verify");
        assertThat(verify.status()).isZero();
        assertThat(verify.out()).doesNotContain("intact: 0 rows");
    }
}
