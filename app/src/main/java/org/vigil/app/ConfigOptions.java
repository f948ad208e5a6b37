package org.vigil.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.vigil.app.config.VigilConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: where the configuration and the data live, and the command's output streams (picocli's,
 * so tests can capture them).
 */
public final class ConfigOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: $VIGIL_CONFIG, else ./vigil.properties if present).")
    Path configFile;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $VIGIL_DATA_DIR, else data.dir from the config, else ./data).")
    Path dataDir;

    public VigilConfig load() {
        return VigilConfig.load(Optional.ofNullable(configFile), Optional.ofNullable(dataDir), System.getenv());
    }

    /** Opens the application; first-run notes go to the error stream. */
    public AppContext open() {
        return AppContext.open(load(), err());
    }

    /** Opens the database: {@code dbFlag} (a --db option) if given, else the configured or embedded one. */
    public Services services(String dbFlag) {
        return Services.open(load().with(null, null, dbFlag));
    }

    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    public PrintWriter err() {
        return command.commandLine().getErr();
    }
}
