package org.vigil.app.match;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.app.Main;
import org.vigil.app.json.Json;

/** Runs the CLI on a data directory and captures what it prints. */
record Vigil(Path data) {

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        int sub = all.size() >= 2 && all.get(0).equals("lists") ? 2 : 1;
        all.addAll(sub, List.of("--data", data.toString()));
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    /** The ids of the matches of a {@code screen --json} result. */
    static List<String> ids(JsonNode row) {
        List<String> ids = new ArrayList<>();
        row.get("matches").forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }
}
