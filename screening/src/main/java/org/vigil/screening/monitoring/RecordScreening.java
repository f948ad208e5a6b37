package org.vigil.screening.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertService;

/**
 * Screens monitored records as they are created or updated (one by one or by import) against the full active index,
 * raising alerts in the same transaction that stores the record: a record is never stored unscreened. Raising is
 * idempotent, so an unchanged record re-imported raises nothing new.
 */
public final class RecordScreening {
    /** One match with the id of the list version its entity comes from. */
    public record Hit(Match match, String versionId) {
        public Hit {
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(versionId, "versionId");
        }
    }

    /** The active screening index: the matches of a query at the configured threshold. */
    @FunctionalInterface
    public interface Index {
        List<Hit> screen(Query query);
    }

    /** What storing one record did. */
    public record Stored(boolean created, List<Alert> raised) {
        public Stored {
            raised = List.copyOf(raised);
        }
    }

    /** What an import did, and how many alerts its records raised. */
    public record Imported(ImportResult result, int alertsRaised) {
    }

    private final Jdbi jdbi;
    private final MonitoredRecords records;
    private final AlertService alerts;

    public RecordScreening(Jdbi jdbi, MonitoredRecords records, AlertService alerts) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.records = Objects.requireNonNull(records, "records");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
    }

    /** Creates or replaces {@code record}, screens it and raises its alerts, in one transaction; all audited. */
    public Stored upsert(String actor, MonitoredRecord record, Index index) {
        Objects.requireNonNull(index, "index");
        List<Hit> hits = index.screen(record.query()); // before the transaction: no locks held while screening
        return jdbi.inTransaction(h -> {
            boolean created = records.upsert(h, actor, record);
            return new Stored(created, raise(h, actor, record, hits));
        });
    }

    /**
     * Imports a CSV file as {@link MonitoredRecords#importCsv(String, InputStream, String)} does (good rows kept, bad
     * rows reported with their line), screening each batch inside the transaction that stores it.
     */
    public Imported importCsv(String actor, InputStream in, String fileName, Index index) throws IOException {
        Objects.requireNonNull(index, "index");
        int[] raised = {0};
        ImportResult result = records.importCsv(actor, in, fileName, (h, batch) -> {
            for (MonitoredRecord r : batch) {
                raised[0] += raise(h, actor, r, index.screen(r.query())).size();
            }
        });
        return new Imported(result, raised[0]);
    }

    private List<Alert> raise(Handle h, String actor, MonitoredRecord record, List<Hit> hits) {
        List<Alert> out = new ArrayList<>();
        for (Hit hit : hits) {
            Match m = hit.match();
            alerts.raise(h, actor, record.id(), m.entity(), m.score(), Rescreener.explanation(hit.versionId(), m))
                    .ifPresent(out::add);
        }
        return out;
    }
}
