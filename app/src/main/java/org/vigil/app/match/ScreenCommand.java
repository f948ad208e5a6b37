package org.vigil.app.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigil.app.ConfigOptions;
import org.vigil.app.json.Json;
import org.vigil.lists.format.ListFormatException;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil screen NAME} and {@code vigil screen --input names.csv --output results.jsonl}. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Screen a name, or a CSV file of names, against the sanctions lists.",
                "Prints each listed record whose name matches at or above the threshold, best first, with why: which "
                        + "query token matched which listed token by which rule, and what the date of birth, country "
                        + "or type changed.",
                "Batch: --input FILE is a CSV with a header and a 'name' column, optionally 'id', 'type', 'dob', "
                        + "'country', 'gender'; --output results.jsonl (one JSON line per input row) or results.csv "
                        + "(one line per match). The options --type, --dob, --country and --gender fill empty cells."})
public final class ScreenCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen, in any script.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, organization, vessel or aircraft.")
    String type;

    @Option(names = "--dob", paramLabel = "DATE", description = "Date of birth (or incorporation): YYYY, YYYY-MM "
            + "or YYYY-MM-DD.")
    String dob;

    @Option(names = "--country", paramLabel = "CC", description = "A country of the subject: ISO code (PK) or name.")
    String country;

    @Option(names = "--gender", paramLabel = "GENDER", description = "male or female.")
    String gender;

    @Option(names = "--sources", paramLabel = "IDS", split = ",",
            description = "Screen only these lists, e.g. un-sc,us-ofac-sdn (default: every active list).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--list", paramLabel = "FILE",
            description = "Screen against this list file instead of the stored lists; repeat for a file set "
                    + "(OFAC's sdn.csv, add.csv, alt.csv, sdn_comments.csv).")
    List<Path> listFiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Format of the --list file(s): un-xml, "
            + "ofac-csv, ofac-xml, eu-xml, uk-csv, ftm, uae-csv, vigil-csv, vigil-json (default: detected).")
    String format;

    @Option(names = "--threshold", paramLabel = "T", description = "Lowest score reported, 0..1 (default: "
            + "${DEFAULT-VALUE}).")
    double threshold = ScreenOptions.DEFAULT_THRESHOLD;

    @Option(names = "--limit", paramLabel = "K", description = "Most matches per name (default: ${DEFAULT-VALUE}).")
    int limit = ScreenOptions.DEFAULT_LIMIT;

    @Option(names = "--json", description = "Print the result as JSON (the object of one JSONL output line).")
    boolean json;

    @Option(names = "--input", paramLabel = "FILE", description = "CSV file of names to screen.")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "Result file for --input: .jsonl or .csv; "
            + "'-' or absent: JSON lines on standard output. Written completely or not at all.")
    String output;

    @Override
    public Integer call() throws IOException, ListFormatException {
        checkArguments();
        ScreenOptions screenOptions = ScreenOptions.defaults().withThreshold(threshold).withLimit(limit);
        QueryInput given = new QueryInput(name, type, dob, country, gender);
        if (input != null) {
            new QueryInput("-", type, dob, country, gender).toQuery();
            return batch(screenOptions, given);
        }
        Query single = given.toQuery();
        Screener screener = screener();
        screenOptions = screenOptions.withSources(selectedSources(screener));
        ScreenedRow r = new ScreenedRow(1, null, given, single, screener.screen(single, screenOptions).matches(),
                null);
        if (json) {
            options.out().println(Json.write(ResultJson.row(r)));
        } else {
            print(r, screenOptions.threshold(), options.out());
        }
        return 0;
    }

    /** A screener over the stored lists or the --list files. */
    private Screener screener() throws IOException, ListFormatException {
        Indexes.Loaded index = listFiles.isEmpty() ? Indexes.active(options.open())
                : Indexes.files(listFiles, format, options.load(), options.err());
        return new Screener(index.index());
    }

    private void checkArguments() {
        if ((name == null) == (input == null)) {
            throw new IllegalArgumentException(name == null ? "give a NAME to screen, or --input FILE"
                    : "give either a NAME or --input FILE, not both");
        }
        if (output != null && input == null) {
            throw new IllegalArgumentException("--output goes with --input");
        }
        if (json && input != null) {
            throw new IllegalArgumentException("--json is for one NAME; with --input, --output chooses the format");
        }
        if (!listFiles.isEmpty() && !sources.isEmpty()) {
            throw new IllegalArgumentException("--sources selects among the stored lists; it does not combine with "
                    + "--list");
        }
        if (listFiles.isEmpty() && format != null) {
            throw new IllegalArgumentException("--format is the format of --list files");
        }
    }

    private Set<String> selectedSources(Screener screener) {
        List<String> available = screener.index().sources();
        Set<String> selected = new LinkedHashSet<>();
        for (String s : sources) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!available.contains(t)) {
                throw new IllegalArgumentException("unknown source '" + t + "'; available: "
                        + String.join(", ", available));
            }
            selected.add(t);
        }
        return selected;
    }

    /** Opens the input and the output first, so that their problems show before the index is built. */
    private int batch(ScreenOptions screenOptions, QueryInput defaults) throws IOException, ListFormatException {
        String out = output == null ? "-" : output;
        ResultWriter.check(out);
        PrintWriter err = options.err();
        BatchScreen.Summary s;
        try (InputCsv in = InputCsv.open(input, List.of("name"));
             OutputFile file = OutputFile.open(out, options.out())) {
            ResultWriter writer = ResultWriter.forName(out, file.writer());
            Screener screener = screener();
            screenOptions = screenOptions.withSources(selectedSources(screener));
            s = new BatchScreen(screener, screenOptions, defaults, err).run(in, writer);
            file.commit();
        }
        err.printf(Locale.ROOT, "vigil: screened %d rows in %.1f s (%.0f rows/s): %d with matches at threshold %.2f,"
                        + " %d error%s%s%n", s.rows(), s.seconds(), s.rows() / s.seconds(), s.matched(),
                screenOptions.threshold(), s.errors(), s.errors() == 1 ? "" : "s",
                out.equals("-") ? "" : "; results in " + out);
        return 0;
    }

    static void print(ScreenedRow r, double threshold, PrintWriter out) {
        if (r.matches().isEmpty()) {
            out.printf(Locale.ROOT, "no matches at threshold %.2f%n", threshold);
            return;
        }
        for (Match m : r.matches()) {
            String how = m.matchedName().equals(m.name()) ? "(matched the " + m.matchedKind().label() + " name)"
                    : "(matched " + m.matchedKind().label() + " \"" + m.matchedName() + "\")";
            out.printf(Locale.ROOT, "%.3f  %s  %s  %s%n", m.score(), m.id(), m.name(), how);
            out.println("       " + ExplanationText.of(m.explanation()));
        }
    }
}
