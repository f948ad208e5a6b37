package org.vigil.app.lists;

import java.util.concurrent.Callable;
import org.vigil.app.AppContext;
import org.vigil.app.ConfigOptions;
import org.vigil.lists.version.HistoryEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vigil lists history SOURCE}: every load, refusal, failure and activation of a source. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show every load, refusal, failure and activation of a source, oldest first.")
public final class ListsHistoryCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "SOURCE", description = "A source id, e.g. un-sc.")
    String source;

    @Override
    public Integer call() {
        AppContext ctx = options.open();
        for (HistoryEvent e : ctx.store().history(source)) {
            options.out().println(ListsShowCommand.TIME.format(e.at()) + "  " + e.outcome() + "  " + e.message());
        }
        return 0;
    }
}
