package org.vigil.app.lists;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.app.ConfigOptions;
import org.vigil.app.Services;
import org.vigil.app.json.Json;
import org.vigil.lists.version.ImportResult;
import org.vigil.lists.version.VersionInfo;

/**
 * Writes list loads and updates run from the command line to the audit log (action {@code lists.load} /
 * {@code lists.update}, actor {@code cli:<os user>}): which source, the outcome, the version activated and the one it
 * replaced. The list store keeps its own history as well, so when the database cannot be reached the command still
 * succeeds and says that the audit row is missing.
 */
final class ListAudit {
    private ListAudit() {
    }

    static void record(ConfigOptions options, String action, String source, ImportResult r, String input) {
        ObjectNode details = Json.object().put("source", source).put("outcome", r.outcome().name())
                .put("message", r.message()).put("input", input);
        r.version().map(VersionInfo::id).ifPresent(v -> details.put("version", v));
        r.previous().map(VersionInfo::id).ifPresent(v -> details.put("previous", v));
        append(options, action, "list:" + r.version().map(VersionInfo::id).orElse(source), details);
    }

    /** A version activated by hand ({@code vigil lists activate}, e.g. a rollback). */
    static void activated(ConfigOptions options, VersionInfo active) {
        append(options, "lists.activate", "list:" + active.id(),
                Json.object().put("source", active.source()).put("version", active.id()));
    }

    private static void append(ConfigOptions options, String action, String subject, ObjectNode details) {
        String actor = "cli:" + System.getProperty("user.name", "unknown");
        try (Services services = options.services(null)) {
            services.audit().append(actor, action, subject, details.toString());
        } catch (RuntimeException e) {
            options.err().println("vigil: warning: the audit log could not record this " + action + ": "
                    + e.getMessage());
        }
    }
}
