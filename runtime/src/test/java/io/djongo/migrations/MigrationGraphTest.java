package io.djongo.migrations;

import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.RenameField;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loading and ordering migrations (Django's MigrationLoader and MigrationGraph: "migrations are
 * applied in an order that satisfies their dependencies").
 */
class MigrationGraphTest {

    private static Migration migration(String name, String... dependsOn) {
        return Migration.of("blog", name, List.of(dependsOn), List::of);
    }

    private static List<String> names(List<Migration> migrations) {
        return migrations.stream().map(Migration::name).toList();
    }

    @Test
    void dependenciesComeFirstAndTiesAreBrokenByName() {
        MigrationGraph graph = MigrationGraph.of(List.of(
                migration("V0003_Merge", "V0002_B", "V0002_A"),
                migration("V0002_B", "V0001_Initial"),
                migration("V0002_A", "V0001_Initial"),
                migration("V0001_Initial")));

        assertEquals(List.of("V0001_Initial", "V0002_A", "V0002_B", "V0003_Merge"), names(graph.ordered("blog")));
        assertEquals("V0003_Merge", graph.leaf("blog").name());
    }

    @Test
    void theAppIsTheLastPackageNameBeforeMigrations() {
        assertEquals("blog", Migration.appLabel("com.example.blog.migrations"));
        assertEquals("db", Migration.appLabel("com.example.db"));
        Migration migration = Migration.ofClass("com.example.blog.migrations.V0001_Initial", List.of(), List::of);
        assertEquals("blog.V0001_Initial", migration.label());
        assertEquals("com.example.blog.migrations", migration.packageName());
    }

    @Test
    void aCycleIsNamedStepByStep() {
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class, () -> MigrationGraph.of(List.of(
                migration("V0001_Initial"), migration("V0002_A", "V0003_B"), migration("V0003_B", "V0002_A"))));
        assertTrue(error.getMessage().contains("cycle: V0002_A depends on V0003_B depends on V0002_A"), error.getMessage());
    }

    @Test
    void aMissingDependencyListsTheAppsMigrations() {
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class, () -> MigrationGraph.of(List.of(
                migration("V0001_Initial"), migration("V0002_A", "V0001_Initail"))));
        assertTrue(error.getMessage().contains("blog.V0002_A depends on V0001_Initail, which is not a migration of the app blog"
                + " (its migrations: V0001_Initial, V0002_A)"), error.getMessage());
    }

    /** Django: "Conflicting migrations detected; multiple leaf nodes in the migration graph". */
    @Test
    void twoLatestMigrationsAreAConflict() {
        MigrationGraph graph = MigrationGraph.of(List.of(migration("V0001_Initial"), migration("V0002_A", "V0001_Initial"),
                migration("V0002_B", "V0001_Initial")));
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class, () -> graph.leaf("blog"));
        assertTrue(error.getMessage().contains("2 latest migrations, V0002_A and V0002_B"), error.getMessage());
    }

    @Test
    void migrationsAreFoundByNameOrUniquePrefix() {
        MigrationGraph graph = MigrationGraph.of(List.of(migration("V0001_Initial"), migration("V0002_A", "V0001_Initial")));
        assertEquals("V0002_A", graph.get("blog", "V0002").name());
        UnknownMigrationError unknown = assertThrows(UnknownMigrationError.class, () -> graph.get("blog", "V0009"));
        assertTrue(unknown.getMessage().contains("its migrations: V0001_Initial, V0002_A"), unknown.getMessage());
        UnknownMigrationError app = assertThrows(UnknownMigrationError.class, () -> graph.get("shop", "V0001"));
        assertTrue(app.getMessage().contains("no app shop with migrations (apps: blog)"), app.getMessage());
    }

    /** Django builds the state before a migration from its ancestors only (graph.make_state(nodes)). */
    @Test
    void theStateBeforeAMigrationReplaysItsAncestors() {
        MigrationGraph graph = MigrationGraph.of(List.of(
                Migration.of("blog", "V0001_Initial", List.of(),
                        () -> List.of(CreateCollection.named("entry").field("headline", STRING))),
                Migration.of("blog", "V0002_A", List.of("V0001_Initial"),
                        () -> List.of(AddField.to("entry", field("a", STRING)))),
                Migration.of("blog", "V0002_B", List.of("V0001_Initial"),
                        () -> List.of(RenameField.in("entry", "headline", "title")))));

        Schema beforeB = graph.stateBefore(graph.get("blog", "V0002_B"));
        assertEquals(List.of("headline"), keys(beforeB));
        assertEquals(List.of("title", "a"), keys(graph.state("blog")));
    }

    @Test
    void anOperationOnSomethingNeverCreatedNamesTheMigration() {
        MigrationGraph graph = MigrationGraph.of(List.of(Migration.of("blog", "V0001_Initial", List.of(),
                () -> List.of(AddField.to("entry", field("a", STRING))))));
        InconsistentMigrationsError error = assertThrows(InconsistentMigrationsError.class, () -> graph.state("blog"));
        assertTrue(error.getMessage().startsWith("blog.V0001_Initial, operation 1: Add field a to entry: the earlier "
                + "migrations never created entry"), error.getMessage());
    }

    private static List<String> keys(Schema schema) {
        return schema.collection("entry").orElseThrow().fields().stream().map(FieldSchema::key).toList();
    }
}
