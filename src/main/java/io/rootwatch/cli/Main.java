package io.rootwatch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** The composition root: builds the environment, runs the command line, exits. */
public final class Main {
    /** Set (to anything) to get the stack trace of an unexpected failure. */
    static final String DEBUG_VARIABLE = "ROOTWATCH_DEBUG";

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, Environment.system(Clock.systemUTC()), new PrintWriter(System.out, true, StandardCharsets.UTF_8), err);
        } catch (Throwable t) { // the environment itself failed to build; still one line, never exit 1
            code = ErrorHandler.unexpected(t, System.getenv(DEBUG_VARIABLE) != null, err);
        }
        System.exit(code);
    }

    /** Runs one command line; the seam tests use (no System.exit, injected clock and streams). */
    public static int run(String[] args, Environment env, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootwatchCommand(env));
        cl.setOut(out);
        cl.setErr(err);
        boolean debug = env.variables().get(DEBUG_VARIABLE) != null;
        cl.setExecutionExceptionHandler(new ErrorHandler(debug));
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeFor);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        shareVersion(cl);
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) {
            // picocli hands only Exceptions to the ErrorHandler; an Error (OutOfMemoryError, StackOverflowError)
            // would otherwise escape as a JVM stack trace and exit 1, which scripts read as "findings".
            code = ErrorHandler.unexpected(t, debug, err);
        }
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
