package io.djongo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The djongo command itself: help, version, usage errors, and progress output. */
class MainTest {
    private final Cli cli = new Cli(Path.of("").toAbsolutePath());

    @Test
    void withoutACommandItPrintsTheUsageAndExitsWithTwo() {
        Cli.Run run = cli.run();

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("name a command: makemigrations, migrate or showmigrations\nUsage: djongo"), run.err());
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Cli.Run run = cli.run("--help");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("""
                Commands:
                  makemigrations  Writes new migrations for the changes of the models.
                  migrate         Applies or undoes migrations.
                  showmigrations  Lists the migrations and whether each is applied.
                """), run.out());
        assertTrue(run.out().endsWith("""
                Exit codes:
                  0  done, or nothing to do
                  1  --check: model changes or pending migrations found
                  2  usage error
                  3  an answer is needed (--no-input)
                  4  a migration failed
                  5  another migrate holds the lock
                  6  the migrations are inconsistent
                """), run.out());
        assertTrue(cli.run("migrate", "--help").out().contains("--plan"));
        assertEquals("djongo 0.1.0\n", cli.run("--version").out());
    }

    @Test
    void progressOfADataStepIsPrintedEveryTenthOffATerminal() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        Environment environment = new Environment(new java.io.BufferedReader(new java.io.StringReader("")),
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), java.util.Map.of(), Path.of(""),
                getClass().getClassLoader(), false);
        ConsoleListener listener = new ConsoleListener(environment);
        io.djongo.migrations.Migration migration = io.djongo.migrations.Migration.of("blog", "V0002_Alter", java.util.List.of(),
                java.util.List::of);

        listener.migrationStarted(migration, false);
        for (long done = 0; done <= 1000; done += 50) {
            listener.documents("Alter field rating of entry to INT", done, 1000);
        }
        listener.migrationFinished(migration, false);

        assertEquals("  Applying blog.V0002_Alter...\n  Applied blog.V0002_Alter OK\n", out.toString());
        java.util.List<String> lines = err.toString().lines().toList();
        assertEquals(11, lines.size(), err.toString());
        assertEquals("    Alter field rating of entry to INT [###############---------------]  50% 500/1000 documents", lines.get(5));
        assertEquals("    Alter field rating of entry to INT [##############################] 100% 1000/1000 documents", lines.get(10));
    }
}
