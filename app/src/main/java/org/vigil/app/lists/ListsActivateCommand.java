package org.vigil.app.lists;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.vigil.app.AppContext;
import org.vigil.app.ConfigOptions;
import org.vigil.lists.version.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vigil lists activate VERSION}: roll back, or accept a version that was refused after review. */
@Command(name = "activate", mixinStandardHelpOptions = true,
        description = "Make a stored version the active one (roll back, or accept a refused version after review).")
public final class ListsActivateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "VERSION", description = "A stored version, e.g. un-sc@previous or un-sc@2025-08-02.")
    String version;

    @Override
    public Integer call() throws IOException {
        AppContext ctx = options.open();
        VersionInfo v = ctx.store().find(version).orElseThrow(() -> new IllegalArgumentException(
                "no stored version '" + version + "'; see `vigil lists show --all`"));
        VersionInfo active = ctx.store().activate(v.id());
        ListAudit.activated(options, active);
        options.out().println(active.source() + ": activated " + active.id() + " (" + active.counts() + ")");
        return 0;
    }
}
