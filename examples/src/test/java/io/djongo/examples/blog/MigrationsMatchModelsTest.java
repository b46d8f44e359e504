package io.djongo.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.meta.ModelRegistry;
import io.djongo.migrations.Operation;
import io.djongo.migrations.autodetector.MakeMigrations;
import io.djongo.migrations.autodetector.Questioner;
import io.djongo.migrations.autodetector.RenameHints;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example's migrations describe its models, as {@code djongo makemigrations --check} checks
 * in CI (Django: "makemigrations --check ... exits with a non-zero status if model changes are
 * missing migrations"). A change of Entry, Blog, Author or Featured needs a new migration:
 * {@code mvn -pl examples -am compile exec:java -Dexec.mainClass=io.djongo.cli.Main
 * -Dexec.classpathScope=compile -Dexec.args="makemigrations --source-dir examples/src/main/java"}.
 */
class MigrationsMatchModelsTest {

    @Test
    void theBlogAppHasNoChangesWithoutAMigration() {
        ClassLoader loader = getClass().getClassLoader();
        MakeMigrations make = MakeMigrations.load(ModelRegistry.load(loader), loader);

        List<Operation> missing = make.detect(List.of("blog"), null, RenameHints.NONE, Questioner.NO_INPUT).get(0).operations();

        assertEquals(List.of(), missing.stream().map(Operation::describe).toList());
    }
}
