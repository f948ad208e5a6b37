package org.vigil.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.vigil.app.config.ConfigException;
import org.vigil.app.lists.ListsCommand;
import org.vigil.app.match.CompareCommand;
import org.vigil.app.match.ScreenCommand;
import org.vigil.lists.format.ListFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command line. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "Vigil 0.1.0",
        description = "Sanctions screening and Rewards for Justice.",
        subcommands = {ServeCommand.class, ListsCommand.class, EntityCommand.class, ScreenCommand.class,
                AuditCommand.class, MonitorCommand.class, UsersCommand.class,
                CompareCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's streams and returns the exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams (tests capture them) and returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Errors a user can act on: one line, no stack trace.
            if (e instanceof ConfigException || e instanceof IllegalArgumentException
                    || e instanceof ListFormatException || e instanceof IOException
                    || e instanceof UncheckedIOException) {
                cmd.getErr().println("vigil: error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
