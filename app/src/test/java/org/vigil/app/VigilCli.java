package org.vigil.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.app.json.Json;

/** Runs the CLI in process on a data directory ({@code --data} added to the command) and captures what it prints. */
public record VigilCli(Path data) {

    public record Run(int status, String out, String err) {
        public JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs with {@code stdin} as the process's standard input (e.g. a password for {@code --password-stdin}). */
    public Run runWithInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    /** The ids of the matches of a {@code screen --json} result. */
    public static List<String> ids(JsonNode row) {
        List<String> ids = new ArrayList<>();
        row.get("matches").forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }
}
