package io.djongo.examples.readme.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import io.djongo.transaction.TransactionsNotSupported;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transactions of README.md. The transfer commits where the server runs transactions (a
 * replica set); elsewhere the same call must be refused before it runs, which is what the local
 * servers show.
 */
class ReadmeTransactionsTest {
    private final List<String> mail = new ArrayList<>();

    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_transactions"));
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    @BeforeEach
    void accounts() {
        Account_.objects().delete();
        Account ann = new Account();
        ann.owner = "ann";
        ann.balance = 100;
        ann.save();
        Account bob = new Account();
        bob.owner = "bob";
        bob.save();
    }

    private void transfer() {
        // README: atomic
        Djongo.atomic(() -> {
            Account from = Account_.objects().get(Account_.owner.eq("ann"));
            Account to = Account_.objects().get(Account_.owner.eq("bob"));
            from.balance -= 30;
            to.balance += 30;
            from.save();
            to.save();
            Djongo.onCommit(() -> mail.add("ann sent 30 to bob"));   // once, after the commit
        });
        // README: end
    }

    @Test
    void theTransferCommitsOrIsRefusedBeforeItRuns() {
        if (Djongo.connection().supportsTransactions()) {
            transfer();
            assertEquals(70, Account_.objects().get(Account_.owner.eq("ann")).balance);
            assertEquals(List.of("ann sent 30 to bob"), mail);
            return;
        }
        boolean refused = false;
        // README: atomic-refused
        try {
            transfer();
        } catch (TransactionsNotSupported e) {
            // a standalone server, FerretDB or mongo-java-server: nothing of the block has run
            refused = true;
        }
        // README: end
        assertTrue(refused);
        assertEquals(100, Account_.objects().get(Account_.owner.eq("ann")).balance);
        assertEquals(List.of(), mail);
    }

    @Test
    void readAndWriteOptionsPerQuery() {
        // README: read-write-options
        long accounts = Account_.objects().withReadPreference(ReadPreference.primary())
                .withReadConcern(ReadConcern.LOCAL).count();
        Account_.objects().withWriteConcern(WriteConcern.W1)
                .filter(Account_.balance.lt(0L)).update(Account_.balance.set(0L));
        // README: end
        assertEquals(2, accounts);
        assertThrows(IllegalArgumentException.class, () -> Account_.objects().withWriteConcern(WriteConcern.UNACKNOWLEDGED));
    }
}
