package org.vigil.app;

import java.util.concurrent.Callable;
import org.vigil.screening.audit.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil audit verify}: checks the hash chain of the audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The tamper-evident audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Retention.class})
public final class AuditCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Override
    public void run() {
        options.err().println("vigil audit: give a subcommand, e.g. `vigil audit verify`");
    }

    /** Verifies every row of the chain; exit code 1 names the first row that was edited, deleted or moved. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit log's hash chain from the first row to the last.",
                    "Exit code 0: intact. Exit code 1: the first row that was edited, deleted or reordered, and why."})
    public static final class Verify implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Mixin

        DatabaseOption db;

        @Override
        public Integer call() {
            try (Services services = db.open(options)) {
                Verification v = services.audit().verify();
                (v.ok() ? options.out() : options.err()).println(v.ok() ? v.toString() : "vigil: " + v);
                return v.ok() ? 0 : 1;
            }
        }
    }

    /** Shows or sets how long audit rows are kept; a change is itself an audit row. */
    @Command(name = "retention", mixinStandardHelpOptions = true,
            description = {"Show, or set with --years, how many years audit rows are kept (10 by default, as 31 CFR "
                    + "501.601 asks of sanctions records at least). Rows are never deleted before then."})
    public static final class Retention implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--years", paramLabel = "N", description = "New retention period in years (at least 1).")
        Integer years;

        @Mixin

        DatabaseOption db;

        @Override
        public Integer call() {
            try (Services services = db.open(options)) {
                if (years != null) {
                    services.audit().setRetentionYears(UsersCommand.actor(), years);
                }
                options.out().printf("audit retention: %d years%n", services.audit().retentionYears());
            }
            return 0;
        }
    }
}
