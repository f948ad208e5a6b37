package org.vigil.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.screening.audit.AuditAnchor;
import org.vigil.screening.audit.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil audit verify|head|retention}: checks the hash chain of the audit log, prints its head, sets retention. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The tamper-evident audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class, AuditCommand.Retention.class})
public final class AuditCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Override
    public void run() {
        options.err().println("vigil audit: give a subcommand, e.g. `vigil audit verify`");
    }

    /** Verifies every row of the chain; exit code 1 names the first row that was edited, deleted or moved. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit log's hash chain from the first row to the last, and that it still has "
                    + "each anchor given (ROW:HASH, as `vigil audit head` printed it earlier).",
                    "Exit code 0: intact. Exit code 1: the first row that was edited, deleted or reordered, and why. "
                            + "Exit code 2: an anchor that cannot be read."})
    public static final class Verify implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--anchor", paramLabel = "ROW:HASH", description = {"A row and its hash recorded outside "
                + "the database earlier (repeatable). Catches a chain that was edited and then rebuilt with every "
                + "hash recomputed, which the chain alone cannot show."})
        List<String> anchors = new ArrayList<>();

        @Mixin

        DatabaseOption db;

        @Override
        public Integer call() {
            List<AuditAnchor> parsed = new ArrayList<>();
            try {
                for (String a : anchors) {
                    parsed.add(AuditAnchor.parse(a));
                }
            } catch (IllegalArgumentException e) {
                options.err().println("vigil: --anchor: " + e.getMessage());
                return 2;
            }
            try (Services services = db.open(options)) {
                Verification v = services.audit().verify(parsed);
                (v.ok() ? options.out() : options.err()).println(v.ok() ? v.toString() : "vigil: " + v);
                return v.ok() ? 0 : 1;
            }
        }
    }

    /** Prints the newest row and its hash, to be kept outside the database. */
    @Command(name = "head", mixinStandardHelpOptions = true,
            description = {"Print the newest audit row and its hash as ROW:HASH. Keep it outside the database (a "
                    + "ticket, an e-mail, a write-once store), e.g. daily from cron; `vigil audit verify --anchor "
                    + "ROW:HASH` later proves the log up to that row was not rewritten."})
    public static final class Head implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Mixin
        DatabaseOption db;

        @Override
        public Integer call() {
            try (Services services = db.open(options)) {
                options.out().println(services.audit().head());
            }
            return 0;
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
