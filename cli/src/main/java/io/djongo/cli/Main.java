package io.djongo.cli;

import com.mongodb.MongoException;
import io.djongo.migrations.AmbiguousChangeError;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.MigrationLockError;
import io.djongo.migrations.UnknownMigrationError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code djongo} command: {@code makemigrations}, {@code migrate} and
 * {@code showmigrations}, as Django's {@code manage.py}. It runs on the application's class
 * path, where it finds the models' schema snapshots and the {@code @Migration} classes that the
 * processor registered, so the application must be compiled first:
 *
 * <pre>
 * mvn compile exec:java -Dexec.mainClass=io.djongo.cli.Main -Dexec.classpathScope=compile -Dexec.args="makemigrations"
 * java -cp "target/classes:$(cat cp.txt)" io.djongo.cli.Main migrate --database mongodb://localhost:27017/blog
 * </pre>
 *
 * The exit codes are in {@link ExitCode}.
 */
@Command(name = "djongo", mixinStandardHelpOptions = true, version = "djongo 0.1.0",
        description = "Makes and applies schema migrations of Djongo models.",
        footer = {"", "Exit codes:", "  0  done, or nothing to do", "  1  --check: model changes or pending migrations found",
                "  2  usage error", "  3  an answer is needed (--no-input)", "  4  a migration failed",
                "  5  another migrate holds the lock", "  6  the migrations are inconsistent"})
public final class Main implements Runnable {
    private final CommandLine.Model.CommandSpec[] spec = new CommandLine.Model.CommandSpec[1];

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(Environment.system(), args));
    }

    /** Runs the command in {@code environment} and returns its exit code. */
    public static int execute(Environment environment, String... args) {
        return commandLine(environment).execute(args);
    }

    /** The command line with its subcommands, writing to the environment's console. */
    public static CommandLine commandLine(Environment environment) {
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        main.spec[0] = commandLine.getCommandSpec();
        commandLine.addSubcommand(new CommandLine(new MakeMigrationsCommand(environment)));
        commandLine.addSubcommand(new CommandLine(new MigrateCommand(environment)));
        commandLine.addSubcommand(new CommandLine(new ShowMigrationsCommand(environment)));
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            int code = exitCode(exception);
            command.getErr().println("djongo " + command.getCommandName() + ": " + message(exception));
            command.getErr().flush();
            return code;
        });
        return commandLine;
    }

    /** Without a subcommand: the usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec[0].commandLine(),
                "name a command: makemigrations, migrate or showmigrations");
    }

    static int exitCode(Exception exception) {
        if (exception instanceof AmbiguousChangeError) {
            return ExitCode.INPUT_NEEDED;
        }
        if (exception instanceof UnknownMigrationError || exception instanceof IllegalArgumentException
                || exception instanceof UsageError) {
            return ExitCode.USAGE;
        }
        if (exception instanceof MigrationLockError) {
            return ExitCode.LOCKED;
        }
        if (exception instanceof InconsistentMigrationsError) {
            return ExitCode.INCONSISTENT;
        }
        if (exception instanceof MigrationError || exception instanceof MongoException) {
            return ExitCode.MIGRATION_FAILED;
        }
        return ExitCode.MIGRATION_FAILED;
    }

    private static String message(Exception exception) {
        if (exception instanceof MigrationError || exception instanceof IllegalArgumentException || exception instanceof UsageError) {
            return exception.getMessage();
        }
        if (exception instanceof MongoException) {
            return "the database failed: " + exception.getMessage();
        }
        return exception.toString();
    }

    /** A mistake in how the command was called, found after parsing (exit code 2). */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
