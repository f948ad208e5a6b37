package org.vigil.app.web.console;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.app.web.ApiError;
import org.vigil.app.web.Frame;
import org.vigil.app.web.Templates;
import org.vigil.screening.audit.AuditEntry;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.audit.Verification;

/**
 * {@code GET /audit?before=SEQ}: the audit log, newest first, {@link #PAGE} rows a page, with the result of checking
 * the whole hash chain (which row is broken and why, if one is).
 */
public final class AuditPage {
    static final int PAGE = 50;

    private final AuditLog audit;

    AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    public record Row(long seq, String at, String actor, String action, String subject, String details,
            String hash) {
    }

    /**
     * @param anchor    the chain's head as {@code ROW:HASH}, to be kept outside the database
     * @param olderHref the next page back, empty on the first row
     * @param newerHref the next page forward, empty on the newest rows
     */
    public record View(boolean intact, String verification, long rowsChecked, List<Row> rows, String olderHref,
            String newerHref, int retentionYears, String anchor) {
    }

    void show(Context c) {
        long last = lastSeq();
        long before = before(c.queryParam("before"), last);
        long from = Math.max(1, before - PAGE);
        List<AuditEntry> entries = audit.read(from, PAGE).stream().filter(e -> e.seq() < before).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            rows.add(new Row(e.seq(), Views.second(e.at()), e.actor(), e.action(), e.subject(), e.details(),
                    e.hash().substring(0, Math.min(12, e.hash().length()))));
        }
        Verification v = audit.verify();
        String older = from > 1 ? "/audit?before=" + from : "";
        String newer = before <= last ? (before + PAGE > last ? "/audit" : "/audit?before=" + (before + PAGE)) : "";
        View view = new View(v.ok(), v.toString(), v.rowsChecked(), rows, older, newer, audit.retentionYears(),
                audit.head().toString());
        Templates.respond(c, 200, "console/audit.jte", Map.of("frame", Frame.of(c, "Audit log", "audit"),
                "v", view));
    }

    private static long before(String text, long last) {
        if (text == null || text.isBlank()) {
            return last + 1;
        }
        try {
            long b = Long.parseLong(text.strip());
            if (b >= 1) {
                return Math.min(b, last + 1);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiError(400, "before", "before: must be a row number of at least 1");
    }

    /**
     * The highest sequence number in the log (0 when empty), found with a few indexed reads: double the step while
     * rows exist beyond it, then halve the gap. Works when rows are missing (a broken chain is still shown).
     */
    long lastSeq() {
        List<AuditEntry> first = audit.read(1, 1);
        if (first.isEmpty()) {
            return 0;
        }
        long lo = first.get(0).seq();
        long step = 1;
        long hi;
        while (true) {
            List<AuditEntry> r = audit.read(lo + step, 1);
            if (r.isEmpty()) {
                hi = lo + step;
                break;
            }
            lo = r.get(0).seq();
            step *= 2;
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            List<AuditEntry> r = audit.read(mid, 1);
            if (r.isEmpty()) {
                hi = mid;
            } else {
                lo = r.get(0).seq();
            }
        }
        return lo;
    }
}
