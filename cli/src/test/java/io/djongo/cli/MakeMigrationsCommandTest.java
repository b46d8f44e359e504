package io.djongo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * djongo makemigrations on the test fixtures: the app "blog" (models, no migrations yet) and the
 * app "shop" (a compiled migration that its model has since moved away from).
 */
class MakeMigrationsCommandTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final String BLOG_MIGRATIONS = "src/main/java/io/djongo/cli/fixture/blog/migrations";

    @TempDir
    Path project;

    /** Django: "makemigrations ... Creates new migrations based on the changes detected to your models." */
    @Test
    void writesTheFirstMigrationOfAnAppIntoTheSourceTree() throws IOException {
        Cli.Run run = new Cli(project).run("makemigrations", "blog");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals("""
                Migrations for 'blog':
                  src/main/java/io/djongo/cli/fixture/blog/migrations/V0001_Initial.java
                    - Create collection entry
                    - Create index headline_1 on entry
                """, run.out());
        Golden.check("blog/V0001_Initial.java", Files.readString(project.resolve(BLOG_MIGRATIONS).resolve("V0001_Initial.java")));
    }

    /** --package makes a new app of a package: models under it without an app of their own join it. */
    @Test
    void packageGathersTheModelsUnderItIntoANewApp() {
        Cli.Run run = new Cli(project).run("makemigrations", "--package", "io.djongo.cli.fixture", "--dry-run", "fixture");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("""
                Migrations for 'fixture':
                  src/main/java/io/djongo/cli/fixture/migrations/V0001_Initial.java
                    - Create collection entry
                """), run.out());
        assertFalse(run.out().contains("product"), "shop keeps its own app: " + run.out());
    }

    /** Django 4.2: "makemigrations --check ... exits with a non-zero status if model changes are missing migrations", writing nothing. */
    @Test
    void checkExitsWithOneAndWritesNothingWhenModelsChanged() {
        Cli.Run run = new Cli(project).run("makemigrations", "--check", "blog");

        assertEquals(ExitCode.CHANGES, run.exitCode(), run.toString());
        assertTrue(run.out().contains("    - Create collection entry"), run.out());
        assertFalse(Files.exists(project.resolve(BLOG_MIGRATIONS)));
    }

    @Test
    void checkExitsWithZeroWhenTheMigrationsMatchTheModels() {
        assertEquals("No changes detected in app 'broken'\n", new Cli(MODULE).run("makemigrations", "--check", "broken").out());
        assertEquals(ExitCode.OK, new Cli(MODULE).run("makemigrations", "--check", "broken").exitCode());
    }

    @Test
    void dryRunPrintsTheSourceAndWritesNothing() {
        Cli.Run run = new Cli(project).run("makemigrations", "--dry-run", "--name", "Start", "blog");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("V0001_Start.java"), run.out());
        assertTrue(run.out().contains("public final class V0001_Start implements Operations {"), run.out());
        assertFalse(Files.exists(project.resolve(BLOG_MIGRATIONS)));
    }

    @Test
    void emptyWritesAMigrationForDataChangesAfterTheLatestOne() {
        Cli.Run run = new Cli(MODULE).run("makemigrations", "--empty", "--dry-run", "--source-dir", "src/test/java", "shop");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("src/test/java/io/djongo/cli/fixture/shop/migrations/V0002_Data.java"), run.out());
        assertTrue(run.out().contains("@Migration(dependsOn = \"V0001_Initial\")"), run.out());
        assertTrue(run.out().contains("return List.of();"), run.out());
    }

    /** Django asks "Did you rename product.title to product.name?"; with --no-input nobody is asked and the run says how to answer. */
    @Test
    void anAmbiguousRenameWithNoInputExitsWithThreeNamingTheFlags() {
        Cli.Run run = new Cli(MODULE).run("makemigrations", "--no-input", "--source-dir", "src/test/java", "shop");

        assertEquals(ExitCode.INPUT_NEEDED, run.exitCode(), run.toString());
        assertEquals("""
                djongo makemigrations: makemigrations needs an answer it may not ask for (--no-input):
                  - product.name may be the field product.title or product.subtitle renamed: pass --rename product.title=name \
                (or another candidate) if it is, or --not-renamed product.name if product.name is a new field
                """, run.err());
    }

    @Test
    void renameFlagsAnswerTheQuestion() {
        Cli.Run run = new Cli(MODULE).run("makemigrations", "--no-input", "--dry-run", "--source-dir", "src/test/java",
                "--rename", "product.subtitle=name", "shop");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("""
                Migrations for 'shop':
                  src/test/java/io/djongo/cli/fixture/shop/migrations/V0002_RenameProductSubtitleToNameAndMore.java
                    - Rename field subtitle of product to name
                    - Remove field title from product
                    - Alter field stock of product to INT (default 0)
                """), run.out());
        assertTrue(run.out().contains("RenameField.in(\"product\", \"subtitle\", \"name\"),"), run.out());
        assertTrue(run.out().contains("AlterField.of(\"product\", \"stock\", INT).withDefault(new BsonInt32(0))"), run.out());
    }

    @Test
    void theQuestionIsAskedAtTheConsole() {
        Cli.Run run = new Cli(MODULE).withInput("7\n1\n").run("makemigrations", "--dry-run", "--source-dir", "src/test/java", "shop");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("""
                Was the field product.name renamed from one of these?
                  1) product.title
                  2) product.subtitle
                  0) no, product.name is a new field
                Select an option: Please select a number from 0 to 2.
                """), run.out());
        assertTrue(run.out().contains("    - Rename field title of product to name\n"), run.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli.Run unknown = new Cli(project).run("makemigrations", "gallery");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("there is no app gallery (apps: blog, broken, shop)"), unknown.err());

        Cli.Run badRename = new Cli(project).run("makemigrations", "--rename", "product.title", "shop");
        assertEquals(ExitCode.USAGE, badRename.exitCode(), badRename.toString());
        assertTrue(badRename.err().contains("--rename product.title: write old=new"), badRename.err());

        Cli.Run badName = new Cli(project).run("makemigrations", "--name", "add index", "blog");
        assertEquals(ExitCode.USAGE, badName.exitCode(), badName.toString());

        Cli.Run badOption = new Cli(project).run("makemigrations", "--chek");
        assertEquals(ExitCode.USAGE, badOption.exitCode(), badOption.toString());
        assertTrue(badOption.err().contains("Unknown option: '--chek'"), badOption.err());
    }

    /** The compiled migrations of shop are not under the temporary project: writing there would fork the app. */
    @Test
    void aSourceDirectoryWithoutTheAppsMigrationsIsRefused() {
        Cli.Run run = new Cli(project).run("makemigrations", "--rename", "product.title=name", "shop");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("the migrations of shop (V0001_Initial) are not in src/main/java/io/djongo/cli/fixture/shop/"
                + "migrations: pass the --source-dir that holds the package io.djongo.cli.fixture.shop.migrations"), run.err());
    }

    @Test
    void aMigrationSourceThatIsNotCompiledYetStopsTheRun() throws IOException {
        Path migrations = project.resolve(BLOG_MIGRATIONS);
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V0001_Initial.java"), "// written, not compiled\n");

        Cli.Run run = new Cli(project).run("makemigrations", "blog");

        assertEquals(ExitCode.INCONSISTENT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("V0001_Initial.java is not compiled yet, so its changes are unknown: compile the project"),
                run.err());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        new Cli(project).run("makemigrations", "blog");
        List<String> before = Files.readAllLines(project.resolve(BLOG_MIGRATIONS).resolve("V0001_Initial.java"));

        // The first file is not compiled in this test, so the run stops before writing anything.
        Cli.Run again = new Cli(project).run("makemigrations", "blog");

        assertEquals(ExitCode.INCONSISTENT, again.exitCode(), again.toString());
        assertEquals(before, Files.readAllLines(project.resolve(BLOG_MIGRATIONS).resolve("V0001_Initial.java")));
    }
}
