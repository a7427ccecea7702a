package io.rootwatch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** The composition root: builds the environment, runs the command line, exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Environment.system(Clock.systemUTC()),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command line; the seam tests use (no System.exit, injected clock and streams). */
    public static int run(String[] args, Environment env, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootwatchCommand(env));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeFor);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        shareVersion(cl);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Every subcommand lists -V/--version (mixinStandardHelpOptions) but picocli does not inherit the version
     * provider, so without this `rootwatch scan --version` printed an empty line.
     */
    private static void shareVersion(CommandLine command) {
        if (command.getCommandSpec().versionProvider() == null) {
            command.getCommandSpec().versionProvider(new VersionProvider());
        }
        command.getSubcommands().values().forEach(Main::shareVersion);
    }
}
