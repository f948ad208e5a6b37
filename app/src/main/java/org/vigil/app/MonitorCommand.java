package org.vigil.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.screening.monitoring.ImportResult;
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
                            + "if any row was rejected."})
    public static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "FILE", description = "CSV file of records.")
        Path file;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "The database (default: the embedded H2 "
                + "database in the data directory).")
        String db;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who imports, for the audit log (default: the "
                + "operating-system user).")
        String actor;

        @Override
        public Integer call() throws IOException {
            String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
            ImportResult r;
            try (Services services = options.services(db); InputStream in = Files.newInputStream(file)) {
                r = services.monitored().importCsv(who, in, file.toString());
            }
            for (String e : r.errors()) {
                options.err().println("vigil: " + e);
            }
            options.out().printf("imported %d record(s), rejected %d%n", r.imported(), r.rejected());
            return r.rejected() == 0 ? 0 : 1;
        }
    }
}
