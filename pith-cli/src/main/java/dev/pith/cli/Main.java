package dev.pith.cli;

import dev.pith.batch.run.Failures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pith} command: one subcommand per job. */
@Command(name = "pith",
        mixinStandardHelpOptions = true,
        versionProvider = PithVersion.class,
        description = "Turns web pages into clean, deduplicated text.")
public final class Main implements Runnable {

    private static final String HELP = "help";
    /** The subcommands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code; for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // A run names its subcommand first: only that one is built, since picocli reads every
        // option of every command it is given by reflection (~30 ms of CPU at start-up, a tenth
        // of what a one-page run spends before its page). Anything else (no argument, help, a
        // typo) gets them all.
        Supplier<Object> named = args.length > 0 && !HELP.equals(args[0]) ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("pith: " + Failures.describe(ex));
            return 1;
        });
        return cli.execute(args);
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("extract", ExtractCommand::new);
        commands.put("clean", CleanCommand::new);
        commands.put("eval", EvalCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("dedup", DedupCommand::new);
        commands.put(HELP, CommandLine.HelpCommand::new);
        return commands;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
