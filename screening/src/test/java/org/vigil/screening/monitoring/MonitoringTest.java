package org.vigil.screening.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.Entities;
import org.vigil.lists.version.Counts;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;
import org.vigil.match.ScreenOptions;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.alerts.AlertStatus;
import org.vigil.screening.audit.AuditEntry;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Backend;
import org.vigil.screening.db.Database;

class MonitoringTest {
    static final String CUSTOMERS = """
            id,name,type,dob,country
            c1,Hafiz Mohammad Sayeed,person,1950-06-05,PK
            c2,Maria Fernanda Oliveira,person,1984,BR
            c3,Ivan Petrov,person,,
            c4,Nordic Timber Trading AB,organization,,SE
            c5,Kenji Watanabe,,1979-03,JP
            c6,,person,1960,
            """;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);

    private final Entity ivan = Entities.person("un:QDi.001", "Ivan Petrov").programme("Al-Qaida").build();
    private final Entity acme = Entities.org("un:QDe.002", "Acme Shipping Services LLC").build();
    private final Entity saeed = Entities.person("un:QDi.263", "Hafiz Muhammad Saeed")
            .birthDate(FuzzyDate.day(1950, 6, 5)).nationality("PK").programme("Al-Qaida").build();

    private record Fixture(Database db, AuditLog audit, AlertService alerts, MonitoredRecords records,
                           Rescreener rescreener) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
        }
    }

    private Fixture open(Backend backend) {
        Database db = backend.open(dir);
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        AlertService alerts = new AlertService(db.jdbi(), audit, clock);
        MonitoredRecords records = new MonitoredRecords(db.jdbi(), audit, clock);
        return new Fixture(db, audit, alerts, records, new Rescreener(records, alerts, audit));
    }

    private static ListVersion version(String id, Entity... entities) {
        List<Entity> l = List.of(entities);
        return ListVersion.build(new VersionInfo("un@" + id + "-00000000", "un", ListFormat.VIGIL_CSV,
                Optional.empty(), "0".repeat(64), Instant.EPOCH, Counts.of(l), List.of("f"), "", 0), l, List.of());
    }

    private static ImportResult importCustomers(Fixture f) throws Exception {
        return f.records().importCsv("alice", new ByteArrayInputStream(CUSTOMERS.getBytes(StandardCharsets.UTF_8)),
                "customers.csv");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void importStoresGoodRowsAndNamesTheLineOfABadOne(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            ImportResult result = importCustomers(f);
            assertThat(result.imported()).isEqualTo(5);
            assertThat(result.rejected()).isEqualTo(1);
            assertThat(result.errors()).containsExactly("customers.csv: line 7: name: required, must not be blank");
            assertThat(f.records().count()).isEqualTo(5);
            MonitoredRecord saeedRecord = f.records().find("c1").orElseThrow();
            assertThat(saeedRecord).isEqualTo(new MonitoredRecord("c1", "Hafiz Mohammad Sayeed", Schema.PERSON,
                    Optional.of(FuzzyDate.day(1950, 6, 5)), Optional.of("PK")));
            assertThat(f.records().find("c5").orElseThrow().dob()).contains(FuzzyDate.month(1979, 3));
            assertThat(f.records().find("c5").orElseThrow().type()).isEqualTo(Schema.UNKNOWN);
            assertThat(f.records().find("c6")).isEmpty();
            assertThat(f.alerts().isMonitored("c1")).isTrue();
            List<AuditEntry> log = f.audit().read(1, 10);
            assertThat(log).extracting(AuditEntry::action).containsExactly("monitor.import");
            assertThat(log.get(0).details()).contains("\"imported\":5").contains("\"rejected\":1");
            assertThat(f.records().page(null, 2)).extracting(MonitoredRecord::id).containsExactly("c1", "c2");
            assertThat(f.records().page("c2", 10)).extracting(MonitoredRecord::id).containsExactly("c3", "c4", "c5");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aHeaderWithoutNameOrABadDateIsRefusedNamingIt(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            assertThatThrownBy(() -> f.records().importCsv("alice",
                    new ByteArrayInputStream("id,full_name\nc1,X\n".getBytes(StandardCharsets.UTF_8)), "x.csv"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown column 'full_name'");
            assertThatThrownBy(() -> f.records().importCsv("alice",
                    new ByteArrayInputStream("id,type\nc1,person\n".getBytes(StandardCharsets.UTF_8)), "x.csv"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("x.csv: line 1: missing required column 'name'");
            ImportResult r = f.records().importCsv("alice", new ByteArrayInputStream(
                    "id,name,dob\nc1,Ann Lee,1999-13-01\nc2,Bo Ek,\n".getBytes(StandardCharsets.UTF_8)), "y.csv");
            assertThat(r.imported()).isEqualTo(1);
            assertThat(r.errors()).singleElement().asString().startsWith("y.csv: line 2: dob: invalid date '1999-13-01'");
            assertThat(f.records().count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void upsertUpdatesAndDeleteKeepsAlerts(Backend backend) {
        try (Fixture f = open(backend)) {
            assertThat(f.records().upsert("alice", MonitoredRecord.of("c9", "Ann Lee"))).isTrue();
            assertThat(f.records().upsert("alice", MonitoredRecord.parse("c9", "Ann B. Lee", "person", "1990", "gb")))
                    .isFalse();
            assertThat(f.records().find("c9").orElseThrow())
                    .isEqualTo(new MonitoredRecord("c9", "Ann B. Lee", Schema.PERSON, Optional.of(FuzzyDate.year(1990)),
                            Optional.of("GB")));
            assertThat(f.records().count()).isEqualTo(1);
            assertThat(f.records().delete("bob", "c9")).isTrue();
            assertThat(f.records().delete("bob", "c9")).isFalse();
            assertThat(f.records().find("c9")).isEmpty();
            assertThat(f.alerts().isMonitored("c9")).isFalse();
            assertThat(f.audit().read(1, 10)).extracting(AuditEntry::action)
                    .containsExactly("monitor.create", "monitor.update", "monitor.delete");
            assertThat(f.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNewListingRaisesOneAlertOnceAndAChangedListingRaisesAgain(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            importCustomers(f);
            ListVersion v1 = version("2025-08-01", ivan, acme);
            ListVersion v2 = version("2026-02-01", ivan, acme, saeed);

            RescreenResult first = f.rescreener().onNewVersion(v1, v2, ScreenOptions.defaults(), "system");
            assertThat(first.entitiesScreened()).isEqualTo(1);
            assertThat(first.recordsScreened()).isEqualTo(5);
            assertThat(first.alertsRaised()).isEqualTo(1);
            List<Alert> alerts = f.alerts().withStatus(AlertStatus.OPEN, 10);
            assertThat(alerts).singleElement().satisfies(a -> {
                assertThat(a.recordId()).isEqualTo("c1");
                assertThat(a.entityId()).isEqualTo("un:QDi.263");
                assertThat(a.score()).isGreaterThanOrEqualTo(ScreenOptions.DEFAULT_THRESHOLD);
                assertThat(a.explanation()).contains("\"matchedName\":\"Hafiz Muhammad Saeed\"")
                        .contains("\"tokens\"");
            });
            // Ivan Petrov is monitored (c3) and listed, but his listing did not change: nothing raised for him.
            assertThat(f.alerts().forRecord("c3")).isEmpty();

            RescreenResult again = f.rescreener().onNewVersion(v1, v2, ScreenOptions.defaults(), "system");
            assertThat(again.recordsScreened()).isEqualTo(5);
            assertThat(again.matches()).isEqualTo(1);
            assertThat(again.alertsRaised()).isZero();
            assertThat(f.alerts().forRecord("c1")).hasSize(1);

            ListVersion v3 = version("2026-03-01", ivan, acme,
                    saeed.toBuilder().programme("SDGT").build());
            RescreenResult changed = f.rescreener().onNewVersion(v2, v3, ScreenOptions.defaults(), "system");
            assertThat(changed.entitiesScreened()).isEqualTo(1);
            assertThat(changed.alertsRaised()).isEqualTo(1);
            assertThat(f.alerts().forRecord("c1")).hasSize(2);

            assertThat(f.audit().read(1, 100)).extracting(AuditEntry::action).containsExactly("monitor.import",
                    "alert.raise", "monitor.rescreen", "monitor.rescreen", "alert.raise", "monitor.rescreen");
            assertThat(f.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnchangedVersionScreensNothingAndRaisesNothing(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            importCustomers(f);
            ListVersion v1 = version("2025-08-01", ivan, acme, saeed);
            ListVersion same = version("2026-02-01", ivan, acme, saeed);
            RescreenResult r = f.rescreener().onNewVersion(v1, same, ScreenOptions.defaults(), "system");
            assertThat(r).isEqualTo(new RescreenResult(v1.id(), same.id(), 0, 0, 0, 0));
            assertThat(f.alerts().withStatus(AlertStatus.OPEN, 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyRecordIsScreenedAcrossPages(Backend backend) throws Exception {
        try (Fixture f = open(backend)) {
            StringBuilder csv = new StringBuilder("id,name\n");
            for (int i = 0; i < Rescreener.PAGE + 7; i++) {
                csv.append(String.format("r%05d,Customer Number %d\n", i, i));
            }
            csv.append("r99999,Hafiz Mohammad Sayeed\n");
            ImportResult imported = f.records().importCsv("alice",
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "big.csv");
            assertThat(imported.imported()).isEqualTo(Rescreener.PAGE + 8);
            RescreenResult r = f.rescreener().onNewVersion(version("2025-08-01", ivan), version("2026-02-01", ivan,
                    saeed), ScreenOptions.defaults(), "system");
            assertThat(r.recordsScreened()).isEqualTo(Rescreener.PAGE + 8);
            assertThat(r.alertsRaised()).isEqualTo(1);
            assertThat(f.alerts().forRecord("r99999")).hasSize(1);
        }
    }
}
