package io.djongo.it.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ReadConcern;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import io.djongo.Djongo;
import io.djongo.DjongoException;
import io.djongo.IntegrityError;
import io.djongo.it.signals.model.Article;
import io.djongo.it.signals.model.Article_;
import io.djongo.it.signals.model.Journal;
import io.djongo.it.signals.model.Journal_;
import io.djongo.it.signals.model.Remark;
import io.djongo.it.signals.model.Remark_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.it.support.TestServer;
import io.djongo.it.transaction.model.Account;
import io.djongo.it.transaction.model.Account_;
import io.djongo.transaction.TransactionManagementError;
import io.djongo.transaction.TransactionsNotSupported;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's {@code transaction.atomic}, on MongoDB's multi-document transactions. Servers without
 * transactions (mongo-java-server, FerretDB, a standalone MongoDB) must refuse an atomic block
 * before its body runs; the behaviour of real transactions is tested where {@code MONGODB_URI}
 * points at a replica set, and skipped, with the reason printed, elsewhere.
 */
class TransactionTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static long stored() {
        return db.raw("account").countDocuments();
    }

    // ---- what does not need a transaction

    /** Django: on_commit outside an atomic block runs the function at once. */
    @Test
    void onCommitOutsideAnAtomicBlockRunsAtOnce() {
        List<String> ran = new ArrayList<>();

        Djongo.onCommit(() -> ran.add("now"));

        assertEquals(List.of("now"), ran);
    }

    /** Django: set_rollback and get_rollback outside an atomic block raise TransactionManagementError. */
    @Test
    void setRollbackOutsideAnAtomicBlockIsAnError() {
        TransactionManagementError error = assertThrows(TransactionManagementError.class,
                () -> Djongo.connection().setRollback(true));
        assertTrue(error.getMessage().contains("setRollback() works only inside an atomic block"), error.getMessage());
        assertThrows(TransactionManagementError.class, () -> Djongo.connection().getRollback());
        assertFalse(Djongo.connection().inAtomicBlock());
        assertTrue(Djongo.connection().currentSession().isEmpty());
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("atomic(): body is null",
                assertThrows(NullPointerException.class, () -> Djongo.atomic((Runnable) null)).getMessage());
        assertEquals("onCommit(): callback is null",
                assertThrows(NullPointerException.class, () -> Djongo.onCommit(null)).getMessage());
        DjongoException unknown = assertThrows(DjongoException.class, () -> Djongo.atomic("nowhere", () -> { }));
        assertTrue(unknown.getMessage().contains("there is no connection named \"nowhere\""), unknown.getMessage());
    }

    // ---- servers without transactions

    @Nested
    class WithoutTransactions {
        @BeforeAll
        static void onlyWithoutTransactions() {
            if (Capabilities.has(Capability.TRANSACTIONS)) {
                String reason = "skipped: the test server (" + TestServer.get().description()
                        + ") runs transactions, so it cannot show the refusal of servers that have none";
                System.out.println("[djongo-it] " + reason);
                Assumptions.abort(reason);
            }
        }

        /** Never a silent non-atomic run: the block is refused before its body runs. */
        @Test
        void atomicIsRefusedBeforeTheBodyRuns() {
            AtomicBoolean ran = new AtomicBoolean();

            TransactionsNotSupported error = assertThrows(TransactionsNotSupported.class, () -> Djongo.atomic(() -> {
                ran.set(true);
                new Account("ann", 10).save();
            }));

            assertFalse(ran.get());
            assertEquals(0, stored());
            assertTrue(error instanceof DjongoException);
            assertFalse(Djongo.connection().supportsTransactions());
            String message = error.getMessage();
            assertTrue(message.startsWith("atomic() cannot run on connection \"default\": the "), message);
            assertTrue(message.contains("replica sets (4.0 and later) and sharded clusters (4.2 and later)"), message);
            assertTrue(message.contains("Nothing of the block was run"), message);
            assertTrue(message.contains("rs.initiate()"), message);
        }

        @Test
        void everyFormOfAtomicIsRefused() {
            Djongo.connect("other", db.uri());
            try {
                assertThrows(TransactionsNotSupported.class, () -> Djongo.atomic(() -> new Account("ann", 1).save()));
                assertThrows(TransactionsNotSupported.class, () -> Djongo.atomic("other", () -> { }));
                assertThrows(TransactionsNotSupported.class, () -> Djongo.atomic("other", () -> 1));
                TransactionsNotSupported other = assertThrows(TransactionsNotSupported.class, () -> Djongo.atomic("other",
                        TransactionOptions.builder().readConcern(ReadConcern.MAJORITY).build(), () -> 1));
                assertTrue(other.getMessage().contains("connection \"other\""), other.getMessage());
            } finally {
                Djongo.connection("other").close();
            }
            assertEquals(0, stored());
            assertFalse(Djongo.connection().inAtomicBlock());
        }

        @Test
        void withSessionIsRefusedWhereTheServerHasNoSessions() {
            Assumptions.assumeFalse(Capabilities.has(Capability.SESSIONS), "the server has sessions");
            AtomicBoolean ran = new AtomicBoolean();

            DjongoException error = assertThrows(DjongoException.class, () -> Djongo.withSession(() -> ran.set(true)));

            assertFalse(ran.get());
            assertTrue(error.getMessage().contains("has no logical sessions"), error.getMessage());
        }
    }

    // ---- real transactions

    @Nested
    class WithTransactions {
        @BeforeAll
        static void onlyWithTransactions() {
            Capabilities.require(Capability.TRANSACTIONS);
        }

        /** Django: when the atomic block ends normally, the transaction commits. */
        @Test
        void theBlockCommitsWhenItReturns() {
            Account ann = new Account("ann", 100).save();
            Account bob = new Account("bob", 0).save();

            long moved = Djongo.atomic(() -> {
                ann.balance -= 30;
                ann.save();
                bob.balance += 30;
                bob.save();
                return 30L;
            });

            assertEquals(30, moved);
            assertEquals(70, Account_.objects().getById(ann.id).balance);
            assertEquals(30, Account_.objects().getById(bob.id).balance);
            assertTrue(Djongo.connection().supportsTransactions());
        }

        /** Django: an exception leaving the block rolls the transaction back, and leaves unchanged. */
        @Test
        void theBlockRollsBackWhenItThrows() {
            IllegalStateException failure = new IllegalStateException("insufficient funds");

            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Djongo.atomic(() -> {
                new Account("ann", 100).save();
                throw failure;
            }));

            assertSame(failure, thrown);
            assertEquals(0, stored());
        }

        /** The writes of a block are the transaction's: another thread sees none of them before the commit. */
        @Test
        void writesInsideTheBlockAreInvisibleOutsideUntilTheCommit() {
            Djongo.atomic(() -> {
                new Account("ann", 100).save();
                Account_.objects().bulkCreate(List.of(new Account("bob", 1), new Account("cid", 2)));
                assertEquals(3, Account_.objects().count(), "the block reads its own writes");
                long outside = CompletableFuture.supplyAsync(() -> Account_.objects().count()).join();
                assertEquals(0, outside, "another thread reads outside the transaction");
            });

            assertEquals(3, stored());
        }

        /** QuerySets, managers, save, delete, update and bulk writes all join the block, and roll back with it. */
        @Test
        void everyKindOfWriteRollsBackWithTheBlock() {
            new Account("ann", 100).save();
            new Account("bob", 50).save();

            assertThrows(IllegalStateException.class, () -> Djongo.atomic(() -> {
                Account_.objects().filter(Account_.owner.eq("ann")).update(Account_.balance.inc(-100));
                Account_.objects().filter(Account_.owner.eq("bob")).delete();
                Account_.objects().create(new Account("cid", 1));
                Account_.objects().bulkCreate(List.of(new Account("dee", 1)));
                Account_.objects().getOrCreate(Account_.owner.eq("eve"), Account::new);
                Account ann = Account_.objects().get(Account_.owner.eq("ann"));
                assertEquals(0, ann.balance);
                ann.delete();
                throw new IllegalStateException("undo");
            }));

            assertEquals(List.of("ann", "bob"), Account_.objects().orderBy(Account_.owner.asc()).valuesList(Account_.owner));
            assertEquals(100, Account_.objects().get(Account_.owner.eq("ann")).balance);
        }

        /** The cascade of a deletion runs in the block's transaction: a failure after it restores every object. */
        @Test
        void aCascadeRollsBackWithTheBlock() {
            Journal nature = new Journal("Nature").save();
            Article article = new Article("First", nature).save();
            new Remark("Nice", article).save();

            assertThrows(IllegalStateException.class, () -> Djongo.atomic(() -> {
                assertEquals(3, nature.delete().count());
                assertEquals(0, Remark_.objects().count());
                throw new IllegalStateException("undo");
            }));

            assertEquals(1, Journal_.objects().count());
            assertEquals(1, Article_.objects().count());
            assertEquals(1, Remark_.objects().count());
        }

        /** A duplicate key fails the block with the runtime's own IntegrityError, and nothing is kept. */
        @Test
        void aDuplicateKeyRollsBackTheBlock() {
            Account ann = new Account("ann", 1).save();

            assertThrows(IntegrityError.class, () -> Djongo.atomic(() -> {
                new Account("bob", 1).save();
                Account_.objects().create(ann); // the same _id again
            }));

            assertEquals(1, stored());
        }

        /**
         * Django's test_merged_commit_rollback: an inner block without a savepoint that fails marks the
         * outer transaction for rollback, which happens when the outer block ends, even normally.
         */
        @Test
        void aFailedInnerBlockRollsBackTheWholeTransaction() {
            Djongo.atomic(() -> {
                new Account("ann", 1).save();
                assertThrows(IllegalStateException.class, () -> Djongo.atomic(() -> {
                    new Account("bob", 1).save();
                    throw new IllegalStateException("Oops");
                }));
                assertTrue(Djongo.connection().getRollback());
                TransactionManagementError error = assertThrows(TransactionManagementError.class,
                        () -> Account_.objects().count());
                assertTrue(error.getMessage().contains("no query can run until then"), error.getMessage());
            });

            assertEquals(0, stored());
        }

        /** Django's test_merged_rollback_commit: an inner block that succeeds commits with the outer one. */
        @Test
        void aNestedBlockJoinsTheOuterTransaction() {
            assertThrows(IllegalStateException.class, () -> Djongo.atomic(() -> {
                new Account("ann", 1).save();
                Djongo.atomic(() -> {
                    assertTrue(Djongo.connection().inAtomicBlock());
                    new Account("bob", 1).save();
                });
                throw new IllegalStateException("Oops");
            }));
            assertEquals(0, stored());

            Djongo.atomic(() -> Djongo.atomic(() -> new Account("cid", 1).save()));
            assertEquals(1, stored());
        }

        /** Django: set_rollback(True) rolls the transaction back at the end of the block, without an exception. */
        @Test
        void setRollbackRollsBackWithoutAnException() {
            String value = Djongo.atomic(() -> {
                new Account("ann", 1).save();
                Djongo.connection().setRollback(true);
                return "done";
            });

            assertEquals("done", value);
            assertEquals(0, stored());
        }

        /** Django: on_commit callbacks run after a commit, in order, and are dropped on a rollback. */
        @Test
        void onCommitCallbacksRunAfterTheCommitOnly() {
            List<String> ran = new ArrayList<>();

            Djongo.atomic(() -> {
                new Account("ann", 1).save();
                Djongo.onCommit(() -> ran.add("first, stored " + stored()));
                Djongo.onCommit(() -> ran.add("second"));
                assertEquals(List.of(), ran);
            });
            assertThrows(IllegalStateException.class, () -> Djongo.atomic(() -> {
                Djongo.onCommit(() -> ran.add("rolled back"));
                throw new IllegalStateException("undo");
            }));

            assertEquals(List.of("first, stored 1", "second"), ran);
        }

        @Test
        void transactionOptionsApplyToTheTransaction() {
            TransactionOptions options = TransactionOptions.builder().readConcern(ReadConcern.SNAPSHOT)
                    .writeConcern(WriteConcern.MAJORITY).build();
            new Account("zed", 0).save(); // a snapshot transaction cannot create the collection

            long count = Djongo.atomic(Djongo.DEFAULT, options, () -> {
                new Account("ann", 1).save();
                assertTrue(Djongo.connection().currentSession().orElseThrow().hasActiveTransaction());
                return Account_.objects().count();
            });

            assertEquals(2, count);
            assertTrue(Djongo.connection().currentSession().isEmpty());
        }
    }
}
