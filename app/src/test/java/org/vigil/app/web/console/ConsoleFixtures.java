package org.vigil.app.web.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.vigil.app.json.Json;
import org.vigil.app.web.TestServer;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.version.ImportRequest;
import org.vigil.lists.version.ImportResult;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.LiveScreener;
import org.vigil.match.index.MatchIndex;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.monitoring.MonitoredRecord;

/** Alerts for console tests, raised through {@code AlertService} the way re-screening raises them. */
final class ConsoleFixtures {
    static final String XSS = "<img src=x onerror=alert(1)>";

    /** The id of the hostile record {@link #loadHostileWatchlist} lists. */
    static final String HOSTILE_ENTITY = "internal:X-1";

    private ConsoleFixtures() {
    }

    /**
     * Loads an own watchlist (source {@code internal}) whose record carries payloads in its name, alias, programme and
     * remarks, as a list file from outside could. The server's screening index picks it up within seconds.
     */
    static void loadHostileWatchlist(TestServer server, Path dir) throws Exception {
        Path csv = dir.resolve("hostile.csv");
        Files.writeString(csv, "id,name,type,aliases,programme,remarks\n"
                + "X-1," + XSS + ",person,<script>alert(2)</script>,<b>prog</b>,\"\"\"><svg onload=alert(3)>\"\n",
                StandardCharsets.UTF_8);
        ImportResult r = server.ctx.store().importFiles(ImportRequest.of("internal", ListFormat.VIGIL_CSV,
                List.of(csv), "test"));
        if (r.outcome() != ImportResult.Outcome.ACTIVATED) {
            throw new IllegalStateException("the hostile watchlist was not activated: " + r.message());
        }
    }

    /**
     * A monitored record named {@code recordName} and an alert against {@code entityId}, with the real explanation of
     * matching {@code screenedAs} against that entity (the record's name when it matches nothing, e.g. a payload).
     */
    static Alert raise(TestServer server, String recordId, String recordName, String screenedAs, String entityId)
            throws Exception {
        server.services.monitored().upsert("test", MonitoredRecord.parse(recordId, recordName, "person", "", ""));
        Entity e = server.ctx.activeLists().entity(EntityId.parse(entityId)).orElseThrow();
        Match m = new LiveScreener(MatchIndex.build(List.of(e))).screen(Query.name(screenedAs),
                new ScreenOptions(0, 1, Set.of())).matches().get(0);
        ObjectNode explanation = Json.object().put("version", server.ctx.activeLists().locate(e.id()).orElseThrow()
                        .version().id()).put("matchedName", m.matchedName()).put("matchedKind", m.matchedKind().name())
                .put("score", m.score());
        explanation.set("explanation", Json.MAPPER.valueToTree(m.explanation()));
        return server.services.alerts().raise("test", recordId, e, m.score(), Json.write(explanation))
                .orElseThrow();
    }

    /** An alert whose stored explanation carries markup in a token, as a hostile query would put it there. */
    static Alert raiseWithHostileExplanation(TestServer server, String recordId, String entityId) throws Exception {
        server.services.monitored().upsert("test", MonitoredRecord.parse(recordId, XSS, "person", "", ""));
        Entity e = server.ctx.activeLists().entity(EntityId.parse(entityId)).orElseThrow();
        ObjectNode explanation = Json.object().put("matchedName", XSS).put("matchedKind", "STRONG_ALIAS");
        ObjectNode x = explanation.putObject("explanation");
        x.putArray("tokens").addObject().put("query", XSS).put("listed", "saeed").put("rule", "variant")
                .put("similarity", 0.9).put("weight", 0.5);
        x.putArray("attributes").addObject().put("attribute", "country").put("delta", 0.02).put("reason", XSS);
        return server.services.alerts().raise("test", recordId, e, 0.9, Json.write(explanation)).orElseThrow();
    }
}
