package org.wagewatch.jobs.cli;

import java.io.PrintWriter;
import org.wagewatch.jobs.demo.DemoCommand;
import org.wagewatch.jobs.replay.ReplayCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code ./wagewatch} command line (DOMAIN.md §9). */
@Command(
        name = "wagewatch",
        mixinStandardHelpOptions = true,
        versionProvider = WagewatchCli.Version.class,
        description = "Wage-arrears monitoring and early warning (农民工工资支付监测预警).",
        subcommands = {DemoCommand.class, ReplayCommand.class},
        commandListHeading = "%nCommands:%n")
public final class WagewatchCli implements Runnable {

    /** Unusable arguments (DOMAIN.md §9). */
    public static final int EXIT_USAGE = 2;
    /** A failure at run time. */
    public static final int EXIT_FAILURE = 1;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status, without exiting. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new WagewatchCli());
        cli.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("wagewatch: " + firstLine(e.getMessage()) + " (see ./wagewatch --help)");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("wagewatch " + commandLine.getCommandName() + ": " + describe(e));
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    /** No command given: show what there is, and say the arguments were unusable. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : firstLine(cause.getMessage());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The version recorded in the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WagewatchCli.class.getPackage().getImplementationVersion();
            return new String[] {"wagewatch " + (version == null ? "(development build)" : version)};
        }
    }
}
