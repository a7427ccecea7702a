package io.rootwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rootwatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keeps your TLS certificates trusted while browser root-store policy tightens.",
        subcommands = {ScanCommand.class, InspectCommand.class, InventoryCommand.class, ScansCommand.class, RefdataCommand.class, CtCommand.class,
            picocli.CommandLine.HelpCommand.class})
final class RootwatchCommand implements Runnable {
    final Environment env;

    @Spec
    CommandSpec spec;

    RootwatchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
