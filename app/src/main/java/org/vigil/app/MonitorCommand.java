package org.vigil.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.ListVersion;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;
import org.vigil.screening.monitoring.ImportResult;
import org.vigil.screening.monitoring.RecordScreening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil monitor import FILE}: loads customer records to be re-screened whenever a list changes. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Monitored records: the customers re-screened whenever a list changes.",
        subcommands = {MonitorCommand.Import.class})
public final class MonitorCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Override
    public void run() {
        options.err().println("vigil monitor: give a subcommand, e.g. `vigil monitor import customers.csv`");
    }

    /** Imports (creates or updates) monitored records from a CSV file; bad rows are reported and skipped. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Create or update monitored records from a CSV file with a header: id and name required; "
                    + "type, dob (YYYY[-MM[-DD]]) and country optional.",
                    "Good rows are stored in batches; a bad row is reported with its line and skipped. Exit code 1 "
                            + "if any row was rejected.",
                    "Each stored row is screened against the active lists at once and its alerts raised."})
    public static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "FILE", description = "CSV file of records.")
        Path file;

        @Mixin

        DatabaseOption db;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who imports, for the audit log (default: the "
                + "operating-system user).")
        String actor;

        @Override
        public Integer call() throws Exception {
            String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
            RecordScreening.Index index = activeIndex(options.open());
            RecordScreening.Imported imported;
            try (Services services = db.open(options); InputStream in = Files.newInputStream(file)) {
                imported = services.recordScreening().importCsv(who, in, file.toString(), index);
            }
            ImportResult r = imported.result();
            for (String e : r.errors()) {
                options.err().println("vigil: " + e);
            }
            options.out().printf("imported %d record(s), rejected %d; %d new alert(s)%n", r.imported(), r.rejected(),
                    imported.alertsRaised());
            return r.rejected() == 0 ? 0 : 1;
        }

        /** Screens against every active list version, as a server's live index does. */
        static RecordScreening.Index activeIndex(AppContext ctx) throws Exception {
            List<ListVersion> versions = ctx.activeLists().versions();
            List<Entity> entities = new ArrayList<>();
            versions.forEach(v -> entities.addAll(v.entities()));
            Screener screener = new Screener(MatchIndex.build(entities));
            return q -> screener.screen(q, ScreenOptions.defaults()).matches().stream()
                    .map(m -> new RecordScreening.Hit(m, versions.stream()
                            .filter(v -> v.source().equals(m.entity().id().source())).map(ListVersion::id)
                            .findFirst().orElse(m.entity().id().source())))
                    .toList();
        }
    }
}
