package org.vigil.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.bench.match.Bundled;
import org.vigil.bench.match.LabelledPairs;
import org.vigil.bench.match.LeaveOneAliasOut;
import org.vigil.bench.match.Machine;
import org.vigil.bench.match.MdTable;
import org.vigil.bench.match.SpeedRun;
import org.vigil.bench.match.Summary;
import org.vigil.bench.match.UaeCrossScript;
import org.vigil.bench.match.WikidataNegatives;
import org.vigil.bench.match.YenteNegatives;
import org.vigil.bench.match.YentePositives;
import org.vigil.lists.model.Name;
import org.vigil.match.ScreenOptions;

/**
 * Accuracy and speed of the matching engine against all bundled lists, beside a brute-force Jaro-Winkler baseline
 * measured in the same run; prints a Markdown report (issue 3, docs/benchmarks.md).
 *
 * <pre>
 * ./mvnw -q -o -pl lists,match,bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.vigil.bench.MatchReport [--shared ../shared/data] [--threshold T]
 *      [--out report.md] [--pairs bench/target/pairs.csv]
 * </pre>
 *
 * Parts whose data is missing (no {@code --shared} folder) are skipped and listed as such.
 */
public final class MatchReport {
    static final String UAE_FILE = "LS1309232025.csv";

    private MatchReport() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("../shared/data");
        double threshold = ScreenOptions.DEFAULT_THRESHOLD;
        Path out = null;
        Path pairsFile = Path.of("bench/target/pairs.csv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(value(args, ++i));
                case "--threshold" -> threshold = Double.parseDouble(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--pairs" -> pairsFile = Path.of(value(args, ++i));
                case "-h", "--help" -> {
                    System.out.println("usage: MatchReport [--shared DIR] [--threshold T] [--out FILE] "
                            + "[--pairs FILE]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        String report = run(args, shared, threshold, pairsFile);
        System.out.print(report);
        if (out != null) {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, report, StandardCharsets.UTF_8);
            progress("report written to " + out);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static String run(String[] args, Path shared, double threshold, Path pairsFile) throws Exception {
        long started = System.nanoTime();
        String loadBefore = Machine.loadAverage();
        ScreenOptions opt = ScreenOptions.defaults().withThreshold(threshold);
        Summary summary = new Summary();
        List<String> details = new ArrayList<>();

        progress("loading bundled lists and building the index (1 + " + Bundled.BUILD_RUNS + " builds)");
        Bundled b = new Bundled(new BundledSnapshot().load());
        summary.add("Index build, all bundled lists (all cores)", MdTable.num(b.medianBuildMillis(), 0) + " ms",
                "—", "—", "median of " + Bundled.BUILD_RUNS + " after 1 warm-up");

        Path yente = shared.resolve("name_matching/yente");
        YentePositives positives = null;
        YenteNegatives negatives = null;
        if (Files.isRegularFile(yente.resolve(YentePositives.TREATED))
                && Files.isRegularFile(yente.resolve(YentePositives.UNTREATED))) {
            progress("yente positives");
            positives = YentePositives.load(yente, b);
            details.add(positives.evaluate(b, opt, summary));
        } else {
            summary.skipped("yente UN positives (recall): " + yente + " not found");
        }
        if (Files.isRegularFile(yente.resolve(YenteNegatives.FILE))) {
            progress("yente negatives (50,000 rows, twice)");
            negatives = YenteNegatives.load(yente);
            details.add(negatives.evaluate(b, opt, summary));
        } else {
            summary.skipped("yente negatives_us (false-positive rate): " + yente.resolve(YenteNegatives.FILE)
                    + " not found; the pair set has no negatives_us pairs and the speed run uses listed names");
        }

        Path wikidata = shared.resolve("name_matching");
        if (Files.isRegularFile(wikidata.resolve(WikidataNegatives.FILE))) {
            progress("synthetic names of many origins (" + WikidataNegatives.SIZE + ")");
            details.add(WikidataNegatives.load(wikidata).evaluate(b, opt, summary));
        } else {
            summary.skipped("synthetic names of many origins (false-positive rate): "
                    + wikidata.resolve(WikidataNegatives.FILE) + " not found");
        }

        progress("leave-one-alias-out (" + LeaveOneAliasOut.FOLDS + " index builds)");
        details.add(new LeaveOneAliasOut().evaluate(b, opt, summary));

        Path uae = shared.resolve("uae_local_terrorist_list").resolve(UAE_FILE);
        if (!Files.isRegularFile(uae)) {
            Path fixture = Path.of("lists/src/test/resources/fixtures/uae").resolve(UAE_FILE);
            if (Files.isRegularFile(fixture)) {
                uae = fixture;
            }
        }
        if (Files.isRegularFile(uae)) {
            progress("UAE cross-script (2 index builds)");
            details.add(UaeCrossScript.load(uae).evaluate(b, opt, summary));
        } else {
            summary.skipped("UAE cross-script: " + UAE_FILE + " found neither under " + shared
                    + " nor in lists/src/test/resources/fixtures/uae (run from the repository root)");
        }

        progress("labelled pairs");
        LabelledPairs pairs = new LabelledPairs(b, positives, negatives);
        pairs.write(pairsFile);
        details.add(pairs.evaluate(b, threshold, pairsFile, summary));
        if (positives == null) {
            summary.skipped("labelled pairs: the yente (untreated, treated) positive pairs");
        }

        progress("speed");
        List<String> queries = new ArrayList<>();
        String what;
        if (negatives != null) {
            negatives.rows().forEach(r -> queries.add(r.fullName()));
            what = "all negatives_us rows";
            if (positives != null) {
                for (YentePositives.Case c : positives.cases()) {
                    queries.add(c.treated().fullName());
                    queries.add(c.untreated().fullName());
                }
                what += " + all resolved yente positives (treated and untreated)";
            }
        } else {
            b.entities.forEach(e -> e.names().stream().filter(Name::isLatin).forEach(n -> queries.add(n.value())));
            what = "every Latin-script listed name (yente data absent)";
        }
        details.add(new SpeedRun(queries, what).evaluate(b, opt, summary));

        StringBuilder r = new StringBuilder();
        r.append("# Vigil matching: accuracy and speed report\n\n");
        r.append("Generated ").append(ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT))).append(" in ")
                .append(String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - started) / 1e9))
                .append(". Every figure below was measured in this run.\n\n");
        r.append("```\n./mvnw -q -o -pl lists,match,bench -am package -DskipTests\n").append(command(args))
                .append("\n```\n\n");
        r.append(Machine.describe());
        r.append("| load average (1/5/15 min) at start / end | ").append(loadBefore).append(" / ")
                .append(Machine.loadAverage()).append(" |\n");
        r.append("| GC time in the whole run | ").append(MdTable.num(Machine.gcMillis(), 0)).append(" ms |\n\n");
        r.append("Threshold: **").append(threshold).append("**")
                .append(threshold == ScreenOptions.DEFAULT_THRESHOLD ? " (`ScreenOptions.DEFAULT_THRESHOLD`)" : "")
                .append(" for every Vigil figure; shared data: `").append(shared).append("`")
                .append(Files.isDirectory(shared) ? "" : " (**not found**)").append(".\n\n");
        r.append("## Summary\n\n").append(summary.toMarkdown(threshold)).append('\n');
        r.append("## Index\n\n").append(b.describe()).append('\n');
        r.append("## Details\n\n");
        details.forEach(d -> r.append(d).append('\n'));
        return r.toString();
    }

    private static String command(String[] args) {
        StringBuilder c = new StringBuilder("java");
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            c.append(' ').append(a);
        }
        c.append(" -cp ").append(System.getProperty("java.class.path")).append(' ')
                .append(MatchReport.class.getName());
        for (String a : args) {
            c.append(' ').append(a.contains(" ") ? "'" + a + "'" : a);
        }
        return c.toString();
    }

    private static void progress(String s) {
        System.err.println("[match-report] " + s);
    }
}
