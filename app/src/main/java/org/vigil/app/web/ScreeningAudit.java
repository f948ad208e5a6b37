package org.vigil.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.vigil.app.json.Json;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Schema;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.screening.audit.AuditLog;
import org.vigil.screening.audit.GroupAppender;

/**
 * Records every screening request in the audit log: who asked (the API key or console user), through which endpoint,
 * every query as screened (name, type, date of birth, country, the caller's reference) with the matched entity ids
 * and scores, the options and the list versions the index was built from. One row per request, committed after the
 * request was validated and screened and before the response is sent, so a client never sees a result that is not on
 * record, and a refused request leaves no row. Concurrent requests' rows are committed together ({@link GroupAppender}:
 * one short transaction and one lock of the chain head per group), which keeps the tail latency low under load.
 */
final class ScreeningAudit implements AutoCloseable {
    static final String ACTION = "screen";
    /** The action of the row written when the server starts screening against other list versions. */
    static final String LISTS_ACTION = "lists.in-use";
    private static final ObjectWriter COMPACT = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /** How long a request waits for its row at most; a database that is away fails sooner (the pool's timeout). */
    private static final long WAIT_MILLIS = 30_000;

    private final AuditLog audit;
    private final GroupAppender appender;

    ScreeningAudit(AuditLog audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.appender = new GroupAppender(audit, WAIT_MILLIS);
    }

    /**
     * One screened query as recorded.
     *
     * @param ref     the caller's reference for the query (an {@code id}, a yente or OpenRefine query key), or null
     * @param names   the names screened (one, or several for a yente query)
     * @param query   the validated query of the first name: its type, date of birth and country are recorded
     * @param matches what was found, best first
     */
    record Screened(String ref, List<String> names, Query query, List<Match> matches) {
        Screened {
            names = List.copyOf(names);
            matches = List.copyOf(matches);
        }
    }

    /**
     * Appends the request's row. {@code extra} holds endpoint-specific options (a yente cutoff, say); may be null.
     *
     * @throws org.jdbi.v3.core.JdbiException when the database cannot be reached: the request is answered with 503
     */
    void record(Context c, List<Screened> queries, ScreenOptions options, List<String> listVersions,
            ObjectNode extra) {
        String actor = Auth.require(c).actor();
        String endpoint = ApiJson.abbreviate(c.method().name() + " " + c.path());
        appender.append(actor, ACTION, endpoint, details(endpoint, queries, options, listVersions, extra));
    }

    static String details(String endpoint, List<Screened> queries, ScreenOptions options, List<String> listVersions,
            ObjectNode extra) {
        ObjectNode d = Json.object();
        d.put("endpoint", endpoint);
        d.put("queryCount", queries.size());
        d.put("threshold", options.threshold());
        d.put("limit", options.limit());
        d.set("sources", Json.strings(options.sources()));
        d.set("listVersions", Json.strings(listVersions));
        if (extra != null) {
            d.setAll(extra);
        }
        ArrayNode qs = d.putArray("queries");
        for (Screened s : queries) {
            ObjectNode q = qs.addObject();
            if (s.ref() != null) {
                q.put("ref", s.ref());
            }
            if (s.names().size() == 1) {
                q.put("name", s.names().get(0));
            } else {
                q.set("names", Json.strings(s.names()));
            }
            Query v = s.query();
            q.put("type", v.type() == Schema.UNKNOWN ? null : v.type().label());
            q.put("dob", v.birthDate().map(b -> b.canonical()).orElse(null));
            q.put("country", v.country().orElse(null));
            if (v.gender() != Gender.UNKNOWN) {
                q.put("gender", v.gender().label());
            }
            ArrayNode ms = q.putArray("matches");
            for (Match m : s.matches()) {
                ms.addObject().put("id", m.id().toString()).put("score", Math.round(m.score() * 1000) / 1000.0);
            }
        }
        try {
            return COMPACT.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records that this server now screens against {@code to} instead of {@code from}. */
    void listsInUse(List<String> from, List<String> to) {
        ObjectNode d = Json.object();
        d.set("from", Json.strings(from));
        d.set("to", Json.strings(to));
        audit.append("system:vigil-serve", LISTS_ACTION, "screening-index", Json.write(d));
    }

    /** Commits the rows still queued and stops the writer (when the server stops). */
    @Override
    public void close() {
        appender.close();
    }
}
