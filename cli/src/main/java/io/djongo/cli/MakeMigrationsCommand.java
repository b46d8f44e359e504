package io.djongo.cli;

import io.djongo.meta.ModelRegistry;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.Migration;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.migrations.autodetector.MakeMigrations;
import io.djongo.migrations.autodetector.MakeMigrations.AppChanges;
import io.djongo.migrations.autodetector.Questioner;
import io.djongo.migrations.autodetector.RenameHints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code djongo makemigrations [app...]}: Django's {@code makemigrations}. Compares each app's
 * models (their schema snapshots) with the state its migrations build, and writes the next
 * migration of each changed app into the source tree. Needs no database.
 */
@Command(name = "makemigrations", mixinStandardHelpOptions = true,
        header = "Writes new migrations for the changes of the models.",
        description = "Writes a new migration for each app whose models changed since its migrations, as Java source in "
                + "<source-dir>/<app package>/migrations/. Compile the project first: the models' schema snapshots and "
                + "the existing migrations are read from the class path. Needs no database.")
final class MakeMigrationsCommand implements Callable<Integer> {
    private final Environment environment;

    @Parameters(arity = "0..*", paramLabel = "app", description = "The apps to make migrations for (default: all).")
    List<String> apps = new ArrayList<>();

    @Option(names = "--check", description = "Exit with 1 when the models have changes that no migration has; write nothing (for CI).")
    boolean check;

    @Option(names = "--dry-run", description = "Print what would be written, with the source; write nothing.")
    boolean dryRun;

    @Option(names = {"--no-input", "--noinput"}, description = "Ask nothing; a question that needs an answer exits with 3.")
    boolean noInput;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "The migration's name after V0002_ (default: from its operations).")
    String name;

    @Option(names = "--empty", description = "Write an empty migration of the app, for data migrations (RunCode).")
    boolean empty;

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = {"Answer a rename question: collection.oldPath=newPath for a field (entry.headline=title,",
                    "entry.blog.name=blog.title), oldCollection=newCollection for a collection. Repeatable."})
    List<String> renames = new ArrayList<>();

    @Option(names = "--not-renamed", paramLabel = "PATH",
            description = "Answer a rename question with no: collection.path is a new field (or collection). Repeatable.")
    List<String> notRenamed = new ArrayList<>();

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "The package of a new app's models (its migrations go to PACKAGE.migrations); models under it join it.")
    String basePackage;

    @Option(names = "--source-dir", paramLabel = "DIR", defaultValue = "src/main/java",
            description = "The source directory the migrations are written to (default: ${DEFAULT-VALUE}).")
    Path sourceDir;

    MakeMigrationsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (name != null) {
            MigrationNames.checkName(name);
        }
        RenameHints hints = RenameHints.of(renames, notRenamed);
        MakeMigrations make = MakeMigrations.load(ModelRegistry.load(environment.classLoader()), environment.classLoader());
        List<AppChanges> changes = new ArrayList<>();
        if (empty) {
            if (apps.size() != 1) {
                throw new Main.UsageError("--empty makes a migration of one app: name it, as in makemigrations --empty blog");
            }
            changes.add(make.empty(apps.get(0), basePackage));
        } else {
            Questioner questioner = noInput ? Questioner.NO_INPUT : new ConsoleQuestioner(environment);
            for (AppChanges app : make.detect(apps, basePackage, hints, questioner)) {
                if (!app.isEmpty()) {
                    changes.add(app);
                }
            }
        }
        if (changes.isEmpty()) {
            environment.out().println("No changes detected" + (apps.isEmpty() ? "" : apps.size() == 1
                    ? " in app '" + apps.get(0) + "'" : " in apps '" + String.join("', '", apps) + "'"));
            environment.out().flush();
            return ExitCode.OK;
        }
        Path root = environment.workingDirectory().resolve(sourceDir);
        for (AppChanges app : changes) {
            int number = Math.max(app.number(), nextOnDisk(root, app, make));
            String className = MigrationNames.of(number, name != null ? name : app.name());
            Path file = root.resolve(app.migrationsPackage().replace('.', '/')).resolve(className + ".java");
            environment.out().println("Migrations for '" + app.app() + "':");
            environment.out().println("  " + shown(file));
            for (Operation operation : app.operations()) {
                environment.out().println("    - " + operation.describe());
            }
            if (check) {
                continue;
            }
            String source = MigrationWriter.source(app.migrationsPackage(), className, app.dependsOn(), app.operations());
            if (dryRun) {
                environment.out().println(source);
                continue;
            }
            if (Files.exists(file)) {
                throw new Main.UsageError(shown(file) + " already exists; give the migration another --name");
            }
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, source);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
        environment.out().flush();
        return check ? ExitCode.CHANGES : ExitCode.OK;
    }

    /**
     * The number after the migration sources of the app found on disk, checking that the source
     * directory is the one the compiled migrations come from and that none is left uncompiled
     * (its number would be taken twice).
     */
    private int nextOnDisk(Path root, AppChanges app, MakeMigrations make) {
        Path directory = root.resolve(app.migrationsPackage().replace('.', '/'));
        Set<String> compiled = new TreeSet<>();
        for (Migration migration : make.graph().ordered(app.app())) {
            compiled.add(migration.name());
        }
        Set<String> onDisk = new TreeSet<>();
        int next = 1;
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    String fileName = file.getFileName().toString();
                    Matcher matcher = MigrationNames.PATTERN.matcher(fileName.replaceAll("\\.java$", ""));
                    if (fileName.endsWith(".java") && matcher.matches()) {
                        onDisk.add(fileName.substring(0, fileName.length() - ".java".length()));
                        next = Math.max(next, Integer.parseInt(matcher.group(1)) + 1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
            }
        }
        for (String source : onDisk) {
            if (!compiled.contains(source)) {
                throw new InconsistentMigrationsError(shown(directory.resolve(source + ".java")) + " is not compiled yet, so "
                        + "its changes are unknown: compile the project (mvn compile) and run makemigrations again");
            }
        }
        if (!compiled.isEmpty() && onDisk.isEmpty()) {
            throw new Main.UsageError("the migrations of " + app.app() + " (" + String.join(", ", compiled) + ") are not in "
                    + shown(directory) + ": pass the --source-dir that holds the package " + app.migrationsPackage());
        }
        return next;
    }

    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = environment.workingDirectory().toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
