package io.djongo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** djongo migrate and showmigrations, on the test server, with the fixtures' compiled migrations. */
class MigrateCommandTest {
    private String uri;
    private Cli cli;

    @BeforeEach
    void freshDatabase() {
        uri = Cli.freshDatabase();
        cli = new Cli(Path.of("").toAbsolutePath()).withDatabase(uri);
    }

    @AfterEach
    void dropDatabase() {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase(new com.mongodb.ConnectionString(uri).getDatabase()).drop();
        }
    }

    /** Django: "Operations to perform: Apply all migrations: ... Running migrations: Applying ... OK". */
    @Test
    void migratePrintsEachMigrationAsItIsApplied() {
        Cli.Run run = cli.run("migrate", "shop");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals("""
                Operations to perform:
                  Apply all migrations: shop
                Running migrations:
                  Applying shop.V0001_Initial... OK
                """, run.out());
        assertEquals("""
                Operations to perform:
                  Apply all migrations: shop
                Running migrations:
                  No migrations to apply.
                """, cli.run("migrate", "shop").out());
    }

    @Test
    void planPrintsTheCommandsAndRunsNothing() {
        Cli.Run run = cli.run("migrate", "shop", "--plan");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals("""
                Planned operations:
                shop.V0001_Initial
                    Create collection product
                        {"create": "product"}
                """, run.out());
        assertEquals(" [ ] V0001_Initial", cli.run("showmigrations", "shop").out().lines().toList().get(1));
    }

    /** Django: "migrate --check: Exits with a non-zero status if unapplied migrations exist". */
    @Test
    void checkExitsWithOneWhileMigrationsArePending() {
        assertEquals(ExitCode.CHANGES, cli.run("migrate", "shop", "--check").exitCode());
        cli.run("migrate", "shop");
        assertEquals(ExitCode.OK, cli.run("migrate", "shop", "--check").exitCode());
    }

    @Test
    void showMigrationsMarksAppliedOnes() {
        cli.run("migrate", "shop");

        Cli.Run run = cli.run("showmigrations", "shop", "broken");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals("shop\n [X] V0001_Initial\nbroken\n [ ] V0001_Fails\n", run.out());
    }

    @Test
    void zeroUndoesEveryMigrationOfTheApp() {
        cli.run("migrate", "shop");

        Cli.Run run = cli.run("migrate", "shop", "zero");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("  Unapply all migrations: shop\nRunning migrations:\n  Unapplying shop.V0001_Initial... OK\n"),
                run.out());
    }

    @Test
    void withoutADatabaseTheCommandSaysHowToGiveOne() {
        Cli.Run run = new Cli(Path.of("")).run("migrate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals("djongo migrate: no database: pass --database mongodb://host:27017/name, or set MONGODB_URI\n", run.err());
        Cli.Run noName = new Cli(Path.of("")).run("showmigrations", "--database", "mongodb://localhost:27017/");
        assertEquals(ExitCode.USAGE, noName.exitCode(), noName.toString());
        assertTrue(noName.err().contains("names no database"), noName.err());
    }

    @Test
    void anUnknownTargetExitsWithTwo() {
        Cli.Run run = cli.run("migrate", "shop", "V0009");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("the app shop has no migration V0009; its migrations: V0001_Initial"), run.err());
    }

    @Test
    void aFailedMigrationExitsWithFourAndSaysHowToContinue() {
        Cli.Run run = cli.run("migrate", "broken");

        assertEquals(ExitCode.MIGRATION_FAILED, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("djongo migrate: broken.V0001_Fails stopped at operation 1 of 1 (Run code: fail): "
                + "java.lang.IllegalStateException: the disk is full."), run.err());
    }

    @Test
    void aHeldLockExitsWithFiveNamingTheHolder() {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase(new com.mongodb.ConnectionString(uri).getDatabase()).getCollection("djongo_migrations")
                    .insertOne(new Document("_id", "lock").append("holder", "migrate on deploy-2, pid 7")
                            .append("expires", new java.util.Date(System.currentTimeMillis() + 600_000)));
        }

        Cli.Run run = cli.run("migrate", "shop", "--lock-timeout", "0");

        assertEquals(ExitCode.LOCKED, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Waiting: migrate on deploy-2, pid 7 holds the migration lock"), run.err());
        assertTrue(run.err().contains("djongo migrate: another migrate is running: migrate on deploy-2, pid 7"), run.err());
    }

    @Test
    void anInconsistentHistoryExitsWithSix() {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase(new com.mongodb.ConnectionString(uri).getDatabase()).getCollection("djongo_migrations")
                    .insertOne(new Document("_id", "shop.V0001_Initial").append("app", "shop").append("name", "V0001_Initial")
                            .append("operations", 5).append("done", 2));
        }

        Cli.Run run = cli.run("migrate", "shop");

        assertEquals(ExitCode.INCONSISTENT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("shop.V0001_Initial was recorded with 5 operations, but the code has 1"), run.err());
    }
}
