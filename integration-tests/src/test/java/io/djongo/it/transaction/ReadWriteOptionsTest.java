package io.djongo.it.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import io.djongo.Djongo;
import io.djongo.it.support.RecordedCommands;
import io.djongo.it.support.TestDatabase;
import io.djongo.it.transaction.model.Account;
import io.djongo.it.transaction.model.Account_;
import io.djongo.it.transaction.model.Ledger;
import io.djongo.it.transaction.model.Ledger_;
import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Read preference, read concern and write concern, chosen per connection (its URI), per model
 * ({@code @Model(readPreference, readConcern, writeConcern)}) and per QuerySet
 * ({@code withReadPreference}, ...), the narrower choice winning; what reaches the server is read
 * from the commands themselves.
 */
class ReadWriteOptionsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static RecordedCommands commands;

    @BeforeAll
    static void recorded() {
        commands = RecordedCommands.connect("recorded", db.uri(), db.name());
    }

    @AfterAll
    static void close() {
        Djongo.connection("recorded").close();
    }

    @BeforeEach
    void forget() {
        commands.clear();
    }

    private static BsonDocument sent(String name) {
        return commands.all().stream().filter(command -> command.getFirstKey().equals(name)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + commands.names()));
    }

    @Test
    void theModelsOptionsApplyToItsQueriesAndWrites() {
        Manager<Ledger> ledger = Ledger_.objects().using("recorded");

        ledger.save(new Ledger(null, "rent", -900));
        ledger.list();

        assertEquals("majority", sent("insert").getDocument("writeConcern").getString("w").getValue());
        assertEquals("majority", sent("find").getDocument("readConcern").getString("level").getValue());
        assertEquals(ReadPreference.secondaryPreferred(), ledger.collection().getReadPreference());
        assertEquals(ReadConcern.MAJORITY, Ledger_.Meta.INSTANCE.readConcern());
        assertEquals(WriteConcern.MAJORITY, Ledger_.Meta.INSTANCE.writeConcern());
    }

    @Test
    void aModelWithoutOptionsUsesTheConnections() {
        Manager<Account> accounts = Account_.objects().using("recorded");

        accounts.save(new Account("ann", 1));
        accounts.list();

        assertFalse(sent("insert").containsKey("writeConcern"), sent("insert").toJson());
        assertFalse(sent("find").containsKey("readConcern"), sent("find").toJson());
        assertEquals(ReadPreference.primary(), accounts.collection().getReadPreference());
    }

    @Test
    void aQuerySetsOptionsOverrideTheModelsForEveryCommandItSends() {
        QuerySet<Ledger> local = Ledger_.objects().using("recorded").withReadConcern(ReadConcern.LOCAL)
                .withReadPreference(ReadPreference.primary()).withWriteConcern(WriteConcern.W1);
        Ledger_.objects().using("recorded").save(new Ledger(null, "rent", -900));

        local.filter(Ledger_.entry.eq("rent")).count();
        local.filter(Ledger_.entry.eq("rent")).update(Ledger_.amount.inc(1));
        local.bulkCreate(List.of(new Ledger(null, "salary", 2000)));
        local.filter(Ledger_.entry.eq("salary")).delete();

        assertEquals("local", sent("aggregate").getDocument("readConcern").getString("level").getValue());
        for (String write : List.of("update", "insert", "delete")) {
            assertEquals(1, sent(write).getDocument("writeConcern").getInt32("w").getValue(), sent(write).toJson());
        }
        assertEquals(ReadPreference.primary(), local.collection().getReadPreference());
        assertEquals(ReadPreference.primary(), local.rawCollection().getReadPreference());
    }

    @Test
    void theOptionsSurviveRefiningAndTheManagerKeepsItsOperations() {
        Manager<Account> majority = Account_.objects().using("recorded").withWriteConcern(WriteConcern.MAJORITY)
                .withReadConcern(ReadConcern.MAJORITY).withReadPreference(ReadPreference.nearest());

        Account saved = majority.save(new Account("ann", 1));
        majority.filter(Account_.owner.eq("ann")).orderBy(Account_.balance.desc()).list();
        majority.delete(saved);

        assertEquals("majority", sent("insert").getDocument("writeConcern").getString("w").getValue());
        assertEquals("majority", sent("find").getDocument("readConcern").getString("level").getValue());
        assertEquals("majority", sent("delete").getDocument("writeConcern").getString("w").getValue());
        assertEquals(ReadPreference.nearest(), majority.filter(Account_.owner.eq("x")).collection().getReadPreference());
    }

    @Test
    void unacknowledgedWritesAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Account_.objects().withWriteConcern(WriteConcern.UNACKNOWLEDGED));
        assertTrue(error.getMessage().contains("an unacknowledged write concern reports nothing back"), error.getMessage());
        assertThrows(NullPointerException.class, () -> Account_.objects().withReadPreference(null));
        assertThrows(NullPointerException.class, () -> Account_.objects().withReadConcern(null));
        assertThrows(NullPointerException.class, () -> Account_.objects().withWriteConcern(null));
    }

    @Test
    void theConnectionsOptionsComeFromItsUri() {
        Djongo.connect("majority", db.uri() + (db.uri().contains("?") ? "&" : "?") + "w=majority&readConcernLevel=majority");
        try {
            Account_.objects().using("majority").save(new Account("ann", 1));
            assertEquals(WriteConcern.MAJORITY, Account_.objects().using("majority").collection().getWriteConcern());
            assertEquals(ReadConcern.MAJORITY, Account_.objects().using("majority").collection().getReadConcern());
            assertSame(Account_.Meta.INSTANCE, Account_.objects().using("majority").meta());
        } finally {
            Djongo.connection("majority").close();
        }
    }
}
