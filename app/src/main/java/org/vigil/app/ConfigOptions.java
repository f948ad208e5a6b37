package org.vigil.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.vigil.app.config.VigilConfig;
import picocli.CommandLine.Option;

/** The options every command shares: where the configuration and the data live. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: $VIGIL_CONFIG, else ./vigil.properties if present).")
    Path configFile;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $VIGIL_DATA_DIR, else data.dir from the config, else ./data).")
    Path dataDir;

    public VigilConfig load() {
        return VigilConfig.load(Optional.ofNullable(configFile), Optional.ofNullable(dataDir), System.getenv());
    }

    public AppContext open(PrintStream notes) {
        return AppContext.open(load(), notes);
    }
}
