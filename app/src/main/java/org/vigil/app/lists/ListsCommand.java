package org.vigil.app.lists;

import picocli.CommandLine.Command;

/** {@code vigil lists ...}: the sanctions lists, their versions and updates. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Show, load, compare and update the sanctions lists.",
        subcommands = {ListsShowCommand.class, ListsLoadCommand.class, ListsDiffCommand.class,
                ListsUpdateCommand.class, ListsActivateCommand.class, ListsHistoryCommand.class})
public final class ListsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
