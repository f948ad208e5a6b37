package org.vigil.app.match;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.app.ConfigOptions;
import org.vigil.app.json.Json;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Schema;
import org.vigil.match.NameComparator;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil compare "NAME A" "NAME B"} and {@code vigil compare --input pairs.csv --output scores.csv}. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score two names against each other, as screening would, and say why.",
                "Token weights come from the names of the active lists (a common name such as Muhammad is weak "
                        + "evidence, a rare one strong).",
                "Batch: --input FILE is a CSV with the columns name1, name2 and optionally schema; --output FILE "
                        + "(CSV) repeats every input column and adds score and match (true/false at the threshold)."})
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "0..2", paramLabel = "NAME", description = "The two names, in any script.")
    List<String> names = List.of();

    @Option(names = "--type", paramLabel = "TYPE", description = "What the names are names of: person, "
            + "organization, vessel or aircraft (batch: fills an empty schema cell).")
    String type;

    @Option(names = "--threshold", paramLabel = "T", description = "Score at which two names match, 0..1 "
            + "(default: ${DEFAULT-VALUE}).")
    double threshold = ScreenOptions.DEFAULT_THRESHOLD;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--input", paramLabel = "FILE", description = "CSV file of name pairs.")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "Result CSV for --input; '-' or absent: "
            + "standard output. Written completely or not at all.")
    String output;

    @Override
    public Integer call() throws IOException, ListFormatException {
        if (input == null ? names.size() != 2 : !names.isEmpty()) {
            throw new IllegalArgumentException(input == null ? "give two names, or --input FILE"
                    : "give either two names or --input FILE, not both");
        }
        if (input == null && output != null) {
            throw new IllegalArgumentException("--output goes with --input");
        }
        if (input != null && json) {
            throw new IllegalArgumentException("--json is for two names; --input writes CSV");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
        }
        Schema schema = type == null ? Schema.UNKNOWN : Schema.parse(type);
        String out = output == null ? "-" : output;
        if (out.toLowerCase(Locale.ROOT).matches(".*\\.(jsonl|ndjson|json)")) {
            throw new IllegalArgumentException("compare --output writes CSV; name it .csv");
        }
        if (input != null) {
            return batch(schema, out);
        }
        if (names.get(0).isBlank() || names.get(1).isBlank()) {
            throw new IllegalArgumentException("empty name");
        }
        NameComparator.Comparison c = comparator().compare(names.get(0), names.get(1), schema);
        PrintWriter w = options.out();
        if (json) {
            ObjectNode o = Json.object();
            o.put("name1", names.get(0)).put("name2", names.get(1))
                    .put("type", schema == Schema.UNKNOWN ? null : schema.label())
                    .put("score", ResultJson.round(c.score())).put("match", c.match()).put("threshold", threshold);
            o.putArray("analyzed").add(c.explanation().query()).add(c.explanation().listed());
            o.set("explanation", ResultJson.explanation(c.explanation()));
            w.println(Json.write(o));
        } else {
            w.printf(Locale.ROOT, "score %.3f  match %s (threshold %.2f)%n", c.score(), c.match(), threshold);
            w.println("  " + c.explanation().query() + "  vs  " + c.explanation().listed());
            w.println("  " + ExplanationText.of(c.explanation()));
        }
        return 0;
    }

    /** Token weights from the names of the active lists. */
    private NameComparator comparator() throws IOException, ListFormatException {
        MatchIndex index = Indexes.active(options.open()).index();
        return NameComparator.withStatistics(index, threshold);
    }

    /** Opens the input and the output first, so that their problems show before the index is built. */
    private int batch(Schema schema, String out) throws IOException, ListFormatException {
        PrintWriter err = options.err();
        BatchCompare.Summary s;
        try (InputCsv in = InputCsv.open(input, List.of("name1", "name2"));
             OutputFile file = OutputFile.open(out, options.out())) {
            s = new BatchCompare(comparator(), schema, err).run(in, file.writer());
            file.commit();
        }
        err.printf(Locale.ROOT, "vigil: compared %d pairs in %.1f s: %d match at threshold %.2f, %d error%s%s%n",
                s.rows(), s.seconds(), s.matched(), threshold, s.errors(), s.errors() == 1 ? "" : "s",
                out.equals("-") ? "" : "; results in " + out);
        return 0;
    }
}
