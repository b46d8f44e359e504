package io.djongo.it.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.ClientSession;
import io.djongo.Djongo;
import io.djongo.it.signals.model.Article;
import io.djongo.it.signals.model.Article_;
import io.djongo.it.signals.model.Journal;
import io.djongo.it.signals.model.Journal_;
import io.djongo.it.signals.model.Remark;
import io.djongo.it.signals.model.Remark_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.RecordedCommands;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Manager;
import io.djongo.query.QueryCursor;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every command the runtime sends inside a block joins the block's session, whichever part of the
 * runtime sends it: QuerySets, the manager, saves, deletions and their cascades, related loading,
 * bulk writes and driver calls through the runtime's collections. Shown with a causally consistent
 * session ({@code Djongo.withSession}), which needs no transaction, so it runs on every server with
 * sessions (FerretDB, MongoDB): each recorded command must carry the session's {@code lsid}.
 */
class SessionRoutingTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static RecordedCommands commands;

    @BeforeAll
    static void recorded() {
        Capabilities.require(Capability.SESSIONS);
        commands = RecordedCommands.connect("recorded", db.uri(), db.name());
    }

    @AfterAll
    static void close() {
        if (commands != null) {
            Djongo.connection("recorded").close();
        }
    }

    @Test
    void everyCommandOfTheBlockCarriesItsSession() {
        Journal nature = new Journal("Nature").save();
        Article first = new Article("First", nature).save();
        new Remark("Nice", first).save();
        Manager<Journal> journals = Journal_.objects().using("recorded");
        Manager<Article> articles = Article_.objects().using("recorded");
        commands.clear();
        List<BsonValue> sessions = new ArrayList<>();

        Djongo.withSession("recorded", () -> {
            ClientSession session = Djongo.connection("recorded").currentSession().orElseThrow();
            sessions.add(session.getServerSession().getIdentifier().get("id"));
            Journal cell = journals.save(new Journal("Cell"));
            journals.count();
            journals.exists();
            journals.orderBy(Journal_.name.asc()).first();
            journals.get(Journal_.name.eq("Cell"));
            journals.valuesList(Journal_.name);
            journals.distinct(Journal_.name);
            journals.inBulk(List.of(cell.id));
            journals.refresh(cell);
            journals.filter(Journal_.name.eq("Cell")).update(Journal_.name.set("Cell Press"));
            journals.bulkCreate(List.of(new Journal("Lancet")));
            journals.getOrCreate(Journal_.name.eq("BMJ"), Journal::new);
            try (QueryCursor<Journal> cursor = journals.batchSize(1).iterator()) {
                while (cursor.hasNext()) {
                    cursor.next();
                }
            }
            articles.prefetchRelated("journal").list();
            articles.list().get(0).journal.get();
            journals.filter(Journal_.name.eq("Nature")).delete(); // cascades to the article and its remark
            journals.collection().find(new Document("name", "Lancet")).first();
            Djongo.connection("recorded").database().runCommand(new Document("count", "journal"));
            return null;
        });

        List<BsonDocument> sent = commands.all();
        assertTrue(sent.size() > 20, "commands: " + commands.names());
        for (BsonDocument command : sent) {
            assertTrue(command.containsKey("lsid"), "no session on " + command.toJson());
            assertEquals(sessions.get(0), command.getDocument("lsid").get("id"), "another session on " + command.toJson());
        }
        assertTrue(commands.names().containsAll(List.of("insert", "find", "update", "delete", "aggregate", "distinct",
                "getMore", "count")), commands.names().toString());
        assertEquals(0, Remark_.objects().count());
        assertFalse(Djongo.connection("recorded").currentSession().isPresent());
    }

    /** Another thread does not join a block: a session belongs to the thread that opened it. */
    @Test
    void otherThreadsDoNotJoinTheBlock() {
        List<BsonValue> sessions = new ArrayList<>();
        Djongo.withSession("recorded", () -> {
            sessions.add(Djongo.connection("recorded").currentSession().orElseThrow().getServerSession().getIdentifier()
                    .get("id"));
            commands.clear();
            boolean joined = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                Journal_.objects().using("recorded").count();
                return Djongo.connection("recorded").currentSession().isPresent();
            }).join();
            assertFalse(joined);
            return null;
        });

        assertFalse(commands.all().isEmpty());
        for (BsonDocument command : commands.all()) {
            assertFalse(command.containsKey("lsid") && command.getDocument("lsid").get("id").equals(sessions.get(0)),
                    "the other thread's command ran in the block's session: " + command.toJson());
        }
    }
}
