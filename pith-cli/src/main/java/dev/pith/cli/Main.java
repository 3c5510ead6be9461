package dev.pith.cli;

import dev.pith.batch.run.Failures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pith} command: one subcommand per job. */
@Command(name = "pith",
        mixinStandardHelpOptions = true,
        versionProvider = PithVersion.class,
        description = "Turns web pages into clean, deduplicated text.",
        subcommands = {ExtractCommand.class, CleanCommand.class, EvalCommand.class, BenchCommand.class,
                DedupCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code; for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("pith: " + Failures.describe(ex));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
