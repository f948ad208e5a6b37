package org.vigil.screening.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.lists.delta.Delta;
import org.vigil.lists.delta.Deltas;
import org.vigil.lists.delta.EntityChange;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.ListVersion;
import org.vigil.match.Match;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;
import org.vigil.screening.alerts.AlertService;
import org.vigil.screening.audit.AuditLog;

/**
 * Re-screens every monitored record when a list publishes a new version: only against what the new version added
 * or changed, since unchanged listings were screened before. Alerts are raised through {@link AlertService}, whose
 * unique key makes a repeated run (or several processes running at once) raise each alert once; a changed listing has
 * a new fingerprint and so raises again.
 */
public final class Rescreener {
    /** Monitored records read per page. */
    public static final int PAGE = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MonitoredRecords records;
    private final AlertService alerts;
    private final AuditLog audit;

    public Rescreener(MonitoredRecords records, AlertService alerts, AuditLog audit) {
        this.records = Objects.requireNonNull(records, "records");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Screens all monitored records against the entities {@code newer} added or changed since {@code older}, raises
     * an alert for each match at {@code options}' threshold, and audits the run's counts.
     */
    public RescreenResult onNewVersion(ListVersion older, ListVersion newer, ScreenOptions options, String actor) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Delta delta = Deltas.between(older, newer);
        List<Entity> targets = new ArrayList<>(delta.added());
        for (EntityChange c : delta.changed()) {
            targets.add(c.after());
        }
        return run(older.id(), newer, targets, options, actor);
    }

    /**
     * Screens all monitored records against every entity of {@code version}: for the first version of a list this
     * database sees, when there is nothing to compare with. Result and audit name no older version ({@code ""}).
     */
    public RescreenResult onFirstVersion(ListVersion version, ScreenOptions options, String actor) {
        Objects.requireNonNull(version, "version");
        return run("", version, version.entities(), options, actor);
    }

    private RescreenResult run(String olderId, ListVersion newer, List<Entity> targets, ScreenOptions options,
            String actor) {
        Objects.requireNonNull(options, "options");
        long screened = 0;
        long matches = 0;
        long raised = 0;
        if (!targets.isEmpty() && records.count() > 0) {
            Screener screener = new Screener(MatchIndex.build(targets));
            String after = null;
            while (true) {
                List<MonitoredRecord> page = records.page(after, PAGE);
                for (MonitoredRecord r : page) {
                    for (Match m : screener.screen(r.query(), options).matches()) {
                        matches++;
                        if (alerts.raise(actor, r.id(), m.entity(), m.score(), explanation(newer.id(), m))
                                .isPresent()) {
                            raised++;
                        }
                    }
                }
                screened += page.size();
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).id();
            }
        }
        RescreenResult result = new RescreenResult(olderId, newer.id(), targets.size(), screened, matches, raised);
        ObjectNode details = JSON.createObjectNode();
        if (olderId.isEmpty()) {
            details.putNull("from");
        } else {
            details.put("from", olderId);
        }
        details.put("to", result.to()).put("entities", result.entitiesScreened())
                .put("records", result.recordsScreened()).put("matches", result.matches())
                .put("alerts", result.alertsRaised());
        audit.append(actor, "monitor.rescreen", "list:" + newer.id(), details.toString());
        return result;
    }

    /** The stored explanation of an alert: the list version, the matched name and the match explanation. */
    public static String explanation(String versionId, Match m) {
        ObjectNode node = JSON.createObjectNode().put("version", versionId).put("matchedName", m.matchedName())
                .put("matchedKind", m.matchedKind().name()).put("score", m.score());
        node.set("explanation", JSON.valueToTree(m.explanation()));
        return node.toString();
    }
}
