package io.djongo.cli;

import io.djongo.migrations.MigrationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code djongo showmigrations [app...]}: Django's {@code showmigrations}: {@code [X]} applied, {@code [ ]} not. */
@Command(name = "showmigrations", mixinStandardHelpOptions = true,
        header = "Lists the migrations and whether each is applied.",
        description = "Lists the migrations of every app, or of the apps named: [X] applied, [ ] not applied, [~] partly "
                + "applied by an interrupted run, [?] recorded as applied but not in the code.")
final class ShowMigrationsCommand implements Callable<Integer> {
    private final Environment environment;

    @Parameters(arity = "0..*", paramLabel = "app", description = "The apps to list (default: all).")
    List<String> apps = new ArrayList<>();

    @Mixin
    DatabaseOption database;

    ShowMigrationsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (DatabaseOption.Connection connection = database.open(environment)) {
            List<MigrationStatus> statuses = new ArrayList<>();
            if (apps.isEmpty()) {
                statuses.addAll(connection.migrator().showMigrations());
            } else {
                for (String app : apps) {
                    statuses.addAll(connection.migrator().showMigrations(app));
                }
            }
            if (statuses.isEmpty()) {
                environment.out().println("No migrations.");
            }
            String app = null;
            for (MigrationStatus status : statuses) {
                if (!status.app().equals(app)) {
                    app = status.app();
                    environment.out().println(app);
                }
                environment.out().println(" " + status);
            }
            environment.out().flush();
            return ExitCode.OK;
        }
    }
}
