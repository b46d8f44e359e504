package io.djongo.migrations;

import static io.djongo.migrations.Fields.STRING;
import static io.djongo.migrations.Fields.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.migrations.operations.AddField;
import io.djongo.migrations.operations.CreateCollection;
import io.djongo.migrations.operations.CreateIndex;
import io.djongo.migrations.operations.DropIndex;
import io.djongo.migrations.operations.RemoveField;
import io.djongo.migrations.operations.RenameField;
import io.djongo.migrations.operations.RunCode;
import io.djongo.schema.IndexSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django names a migration from its operations ("0002_entry_pub_date"); ours read as CamelCase. */
class MigrationNamesTest {

    @Test
    void theFirstMigrationThatOnlyCreatesIsInitial() {
        assertEquals("Initial", MigrationNames.fromOperations(List.of(CreateCollection.named("entry"),
                CreateIndex.on("entry", IndexSpec.on("pub_date", -1))), true));
    }

    @Test
    void oneOperationNamesTheMigration() {
        assertEquals("AddPubDateIndex", MigrationNames.fromOperations(List.of(
                CreateIndex.on("entry", IndexSpec.on("pub_date", -1))), false));
        assertEquals("AddBlogNamePubDateIndex", MigrationNames.fromOperations(List.of(
                CreateIndex.on("entry", IndexSpec.on("blog.name", 1).then("pub_date", -1))), false));
        assertEquals("AddSearchIndex", MigrationNames.fromOperations(List.of(
                CreateIndex.on("entry", IndexSpec.on("headline", "text").named("search"))), false));
        assertEquals("RemovePubDateIndex", MigrationNames.fromOperations(List.of(DropIndex.of("entry", "pub_date_-1")), false));
        assertEquals("RenameEntryBlogNameToTitle", MigrationNames.fromOperations(List.of(
                RenameField.in("entry", "blog.name", "title")), false));
    }

    @Test
    void severalAreJoinedWhileShortAndOtherwiseSummed() {
        assertEquals("AddEntrySubtitleAndRemoveEntryTagline", MigrationNames.fromOperations(List.of(
                AddField.to("entry", field("subtitle", STRING)), RemoveField.from("entry", "tagline")), false));
        assertEquals("AddEntryAAndMore", MigrationNames.fromOperations(List.of(
                AddField.to("entry", field("a", STRING)), AddField.to("entry", field("b", STRING)),
                AddField.to("entry", field("c", STRING)), AddField.to("entry", field("d", STRING))), false));
        assertEquals("Auto", MigrationNames.fromOperations(List.of(RunCode.of("x", RunCode.NOOP)), false));
    }

    @Test
    void numbersAndGivenNames() {
        assertEquals("V0012_Fix", MigrationNames.of(12, "Fix"));
        assertEquals(12, MigrationNames.number("V0012_Fix"));
        assertEquals(-1, MigrationNames.number("Fix"));
        assertEquals("PubDate", MigrationNames.camel("pub_date"));
        assertThrows(IllegalArgumentException.class, () -> MigrationNames.checkName("add index"));
    }
}
