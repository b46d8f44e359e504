package io.djongo.cli;

import io.djongo.migrations.Migrator;
import io.djongo.migrations.Plan;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code djongo migrate [app] [target]}: Django's {@code migrate}, with {@code --plan} and {@code --check}. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        header = "Applies or undoes migrations.",
        description = "Applies the migrations of every app, or of one app up to a target migration; a target before the "
                + "applied ones undoes those after it, and \"zero\" undoes them all. Each applied migration is recorded "
                + "in djongo_migrations; an interrupted run continues where it stopped.")
final class MigrateCommand implements Callable<Integer> {
    private final Environment environment;

    @Parameters(index = "0", arity = "0..1", paramLabel = "app", description = "The app (the package name before .migrations).")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "target",
            description = "A migration of the app (its name or the start of it, as V0002), or zero.")
    String target;

    @Mixin
    DatabaseOption database;

    @Option(names = "--plan", description = "Print the migrations, operations and exact commands that would run; run nothing.")
    boolean plan;

    @Option(names = "--check", description = "Exit with 1 when migrations are not applied; apply nothing.")
    boolean check;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
            description = "Documents read and written at once by data steps (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for another migrate to finish (default: ${DEFAULT-VALUE}).")
    long lockTimeout;

    MigrateCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (DatabaseOption.Connection connection = database.open(environment)) {
            Migrator migrator = connection.migrator().withListener(new ConsoleListener(environment))
                    .withBatchSize(batchSize).withLockTimeout(Duration.ofSeconds(lockTimeout));
            if (plan || check) {
                Plan planned = migrator.plan(app, target);
                environment.out().print(planned);
                environment.out().flush();
                return check && !planned.isEmpty() ? ExitCode.CHANGES : ExitCode.OK;
            }
            environment.out().println("Operations to perform:");
            environment.out().println("  " + (app == null ? "Apply all migrations: " + (migrator.graph().apps().isEmpty()
                    ? "(no app has migrations on the class path)" : String.join(", ", migrator.graph().apps()))
                    : target == null ? "Apply all migrations: " + app
                    : Migrator.ZERO.equals(target) ? "Unapply all migrations: " + app
                    : "Target specific migration: " + migrator.graph().get(app, target).name() + ", from " + app));
            environment.out().println("Running migrations:");
            environment.out().flush();
            Plan done = migrator.migrate(app, target);
            if (done.isEmpty()) {
                environment.out().println("  No migrations to apply.");
            }
            environment.out().flush();
            return ExitCode.OK;
        }
    }
}
