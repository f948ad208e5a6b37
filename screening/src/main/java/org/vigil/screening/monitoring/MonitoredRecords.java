package org.vigil.screening.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.csv.CsvReader;
import org.vigil.lists.format.csv.CsvRecord;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Schema;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.db.Database;

/**
 * The monitored records (a bank's customers): create/update, delete, find, page through, and bulk import from CSV.
 * Each monitored record also has a {@code screened_record} row marked monitored, which its alerts refer to.
 */
public final class MonitoredRecords {
    /** Rows per transaction in a bulk import. */
    public static final int IMPORT_BATCH = 500;
    /** Errors kept in an import result; further errors are counted but not listed. */
    public static final int MAX_ERRORS = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "record_id, name, type, dob, country";
    private static final String INSERT_SCREENED = "INSERT INTO screened_record (record_id, monitored, created_at) "
            + "VALUES (:id, TRUE, :at) ON CONFLICT DO NOTHING";
    private static final String MARK_MONITORED = "UPDATE screened_record SET monitored = TRUE "
            + "WHERE record_id = :id AND monitored = FALSE";
    private static final String INSERT_MONITORED = "INSERT INTO monitored_record (record_id, name, type, dob, "
            + "country, created_at, updated_at) VALUES (:id, :name, :type, :dob, :country, :at, :at) "
            + "ON CONFLICT DO NOTHING";
    private static final String UPDATE_MONITORED = "UPDATE monitored_record SET name = :name, type = :type, "
            + "dob = :dob, country = :country, updated_at = :at WHERE record_id = :id";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public MonitoredRecords(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Told of each batch of stored records inside the batch's transaction (to screen them as they are stored). */
    @FunctionalInterface
    public interface StoredHook {
        void stored(Handle h, List<MonitoredRecord> records);
    }

    /** Creates or replaces a record, and audits it. Returns true if it was created, false if updated. */
    public boolean upsert(String actor, MonitoredRecord record) {
        return jdbi.inTransaction(h -> upsert(h, actor, record));
    }

    /** {@link #upsert(String, MonitoredRecord)} inside the caller's transaction. */
    public boolean upsert(Handle h, String actor, MonitoredRecord record) {
        Objects.requireNonNull(record, "record");
        audit.lockHead(h); // first, as alert raising does (see AlertService.raise)
        Instant now = Database.truncate(clock.instant());
        h.createUpdate(INSERT_SCREENED).bind("id", record.id()).bind("at", Database.timestamp(now)).execute();
        h.createUpdate(MARK_MONITORED).bind("id", record.id()).execute();
        boolean created = bindRecord(h.createUpdate(INSERT_MONITORED), record, now).execute() == 1;
        if (!created) {
            bindRecord(h.createUpdate(UPDATE_MONITORED), record, now).execute();
        }
        ObjectNode details = JSON.createObjectNode().put("record", record.id()).put("created", created);
        audit.append(h, actor, created ? "monitor.create" : "monitor.update", "record:" + record.id(),
                details.toString());
        return created;
    }

    /** Stops monitoring a record (its alerts stay), and audits it. Returns false if it was not monitored. */
    public boolean delete(String actor, String recordId) {
        Objects.requireNonNull(recordId, "recordId");
        return jdbi.inTransaction(h -> {
            int deleted = h.createUpdate("DELETE FROM monitored_record WHERE record_id = :id")
                    .bind("id", recordId).execute();
            if (deleted == 0) {
                return false;
            }
            h.createUpdate("UPDATE screened_record SET monitored = FALSE WHERE record_id = :id")
                    .bind("id", recordId).execute();
            audit.append(h, actor, "monitor.delete", "record:" + recordId,
                    JSON.createObjectNode().put("record", recordId).toString());
            return true;
        });
    }

    public Optional<MonitoredRecord> find(String recordId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM monitored_record WHERE record_id = :id")
                .bind("id", recordId).map(MonitoredRecords::record).findOne());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM monitored_record").mapTo(Long.class).one());
    }

    /**
     * Records in id order after {@code afterId} (null for the first page), at most {@code limit}: keyset pages, so
     * a full pass stays fast and sees every record that exists throughout it.
     */
    public List<MonitoredRecord> page(String afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM monitored_record "
                        + (afterId == null ? "" : "WHERE record_id > :after ") + "ORDER BY record_id LIMIT :limit")
                .bindMap(afterId == null ? Map.of() : Map.of("after", afterId)).bind("limit", limit)
                .map(MonitoredRecords::record).list());
    }

    /**
     * Imports a UTF-8 CSV file with a header: {@code id} and {@code name} are required, {@code type}, {@code dob}
     * and {@code country} optional, other columns are refused. Good rows are committed in batches of
     * {@value #IMPORT_BATCH}; a bad row is reported with its line number and skipped. A file that cannot be read
     * further (bad encoding, broken quoting) ends the import at that point, reported with its line; the rows before
     * it stay committed. One audit entry records the counts.
     *
     * @throws IllegalArgumentException if the header is missing, names an unknown column or lacks a required one
     */
    public ImportResult importCsv(String actor, InputStream in, String fileName) throws IOException {
        return importCsv(actor, in, fileName, (h, records) -> { });
    }

    /**
     * {@link #importCsv(String, InputStream, String)}, calling {@code hook} with each batch inside the transaction
     * that stores it.
     */
    public ImportResult importCsv(String actor, InputStream in, String fileName, StoredHook hook) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(hook, "hook");
        List<String> errors = new ArrayList<>();
        int imported = 0;
        int rejected = 0;
        try (CsvReader reader = CsvReader.open(in, StandardCharsets.UTF_8, fileName)) {
            Map<String, Integer> columns = header(reader, fileName);
            List<MonitoredRecord> batch = new ArrayList<>(IMPORT_BATCH);
            while (true) {
                Optional<CsvRecord> next;
                try {
                    next = reader.next();
                } catch (ListFormatException e) {
                    rejected++;
                    addError(errors, e.getMessage() + " (import stopped here)");
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                CsvRecord row = next.get();
                if (row.isBlank()) {
                    continue;
                }
                try {
                    batch.add(MonitoredRecord.parse(field(row, columns, "id"), field(row, columns, "name"),
                            field(row, columns, "type"), field(row, columns, "dob"), field(row, columns, "country")));
                } catch (IllegalArgumentException e) {
                    rejected++;
                    addError(errors, fileName + ": line " + row.line() + ": " + e.getMessage());
                    continue;
                }
                if (batch.size() == IMPORT_BATCH) {
                    imported += store(batch, hook);
                    batch.clear();
                }
            }
            imported += store(batch, hook);
        }
        ObjectNode details = JSON.createObjectNode().put("file", fileName).put("imported", imported)
                .put("rejected", rejected);
        audit.append(actor, "monitor.import", "file:" + fileName, details.toString());
        return new ImportResult(imported, rejected, errors);
    }

    private static void addError(List<String> errors, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(message);
        }
    }

    private static Map<String, Integer> header(CsvReader reader, String fileName) throws IOException {
        Optional<CsvRecord> first;
        try {
            first = reader.next();
        } catch (ListFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (first.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": empty file; expected a header line with id,name");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = first.get().fields();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!List.of("id", "name", "type", "dob", "country").contains(name)) {
                throw new IllegalArgumentException(fileName + ": line 1: unknown column '" + names.get(i)
                        + "'; expected id, name, type, dob, country");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new IllegalArgumentException(fileName + ": line 1: column '" + name + "' appears twice");
            }
        }
        for (String required : List.of("id", "name")) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(fileName + ": line 1: missing required column '" + required + "'");
            }
        }
        return columns;
    }

    private static String field(CsvRecord row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null ? null : row.get(i);
    }

    private int store(List<MonitoredRecord> batch, StoredHook hook) {
        if (batch.isEmpty()) {
            return 0;
        }
        jdbi.useTransaction(h -> {
            audit.lockHead(h); // first, as alert raising does (see AlertService.raise)
            Instant now = Database.truncate(clock.instant());
            PreparedBatch screened = h.prepareBatch(INSERT_SCREENED);
            PreparedBatch mark = h.prepareBatch(MARK_MONITORED);
            PreparedBatch insert = h.prepareBatch(INSERT_MONITORED);
            PreparedBatch update = h.prepareBatch(UPDATE_MONITORED);
            for (MonitoredRecord r : batch) {
                screened.bind("id", r.id()).bind("at", Database.timestamp(now)).add();
                mark.bind("id", r.id()).add();
                bindRecord(insert, r, now).add();
                bindRecord(update, r, now).add();
            }
            screened.execute();
            mark.execute();
            insert.execute();
            update.execute();
            hook.stored(h, List.copyOf(batch));
        });
        return batch.size();
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindRecord(T statement,
            MonitoredRecord r, Instant now) {
        return statement.bind("id", r.id()).bind("name", r.name()).bind("type", r.type().name())
                .bind("dob", r.dob().map(FuzzyDate::canonical).orElse(null))
                .bind("country", r.country().orElse(null)).bind("at", Database.timestamp(now));
    }

    private static MonitoredRecord record(ResultSet rs, StatementContext ctx) throws SQLException {
        String dob = rs.getString("dob");
        return new MonitoredRecord(rs.getString("record_id"), rs.getString("name"),
                Schema.valueOf(rs.getString("type")),
                dob == null ? Optional.empty() : Optional.of(FuzzyDate.parseIso(dob)),
                Optional.ofNullable(rs.getString("country")));
    }
}
