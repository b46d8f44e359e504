package io.djongo.it.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.it.model.Address_;
import io.djongo.it.signals.model.Article;
import io.djongo.it.signals.model.Article_;
import io.djongo.it.signals.model.Journal;
import io.djongo.it.signals.model.Journal_;
import io.djongo.it.signals.model.Memo;
import io.djongo.it.signals.model.Memo_;
import io.djongo.it.signals.model.Remark;
import io.djongo.it.signals.model.Remark_;
import io.djongo.it.support.RecordedCommands;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.QueryCursor;
import io.djongo.query.QuerySet;
import io.djongo.signals.DeleteEvent;
import io.djongo.signals.Receiver;
import io.djongo.signals.SaveEvent;
import io.djongo.signals.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's model signals and the model hooks: which operations send which signal, with what, in
 * which order, and what an exception from a receiver does. Each test states the Django behaviour
 * it follows (docs.djangoproject.com/en/5.1/ref/signals/ and topics/db/models/#overriding-model-methods).
 */
class SignalsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void clean() {
        Remark.CALLS.clear();
    }

    @AfterEach
    void disconnect() {
        for (Signals<?> signals : List.of(Journal_.signals(), Article_.signals(), Remark_.signals(), Memo_.signals(),
                Signals.anyModel())) {
            signals.disconnectAll();
        }
    }

    private <T> Consumer<SaveEvent<T>> saves(String signal) {
        return event -> events.add(signal + " " + event.instance() + (event.created() ? " created" : "") + " using "
                + event.using());
    }

    private <T> Consumer<DeleteEvent<T>> deletes(String signal) {
        return event -> events.add(signal + " " + event.instance());
    }

    // ---- save signals

    /** Django: post_save's created is True when a new record was created; pre_save comes before the write. */
    @Test
    void saveSendsPreAndPostSaveWithCreated() {
        Journal_.signals().preSave(saves("pre"));
        Journal_.signals().postSave(event -> {
            assertSame(Journal_.Meta.INSTANCE, event.sender());
            assertNotNull(event.instance().id, "post_save sees the object as written, with its id");
            events.add("post " + event.instance() + (event.created() ? " created" : ""));
        });

        Journal journal = new Journal("Nature");
        journal.save();
        journal.name = "Science";
        journal.save();

        assertEquals(List.of("pre Journal Nature created using default", "post Journal Nature created",
                "pre Journal Science using default", "post Journal Science"), events);
    }

    /** Django: a pre_save receiver may change the instance, and what it changes is saved. */
    @Test
    void aPreSaveReceiverMayChangeTheObjectBeforeItIsValidatedAndWritten() {
        Article_.signals().preSave(event -> event.instance().views = 7);

        Article article = new Article("Signals", null).save();

        assertEquals(7, Article_.objects().getById(article.id).views);
    }

    /** An exception from a pre_save receiver propagates (Django's send()), so the save never happens. */
    @Test
    void anExceptionFromAPreSaveReceiverStopsTheSave() {
        IllegalStateException refused = new IllegalStateException("no saving on Sundays");
        Journal_.signals().preSave(event -> {
            throw refused;
        });
        Journal_.signals().postSave(saves("post"));

        assertSame(refused, assertThrows(IllegalStateException.class, () -> new Journal("Nature").save()));

        assertEquals(0, Journal_.objects().count());
        assertEquals(List.of(), events);
    }

    /** An exception from a post_save receiver propagates too, after the write. */
    @Test
    void anExceptionFromAPostSaveReceiverLeavesAfterTheWrite() {
        Journal_.signals().postSave(event -> {
            throw new IllegalStateException("index is down");
        });

        assertThrows(IllegalStateException.class, () -> new Journal("Nature").save());

        assertEquals(1, Journal_.objects().count());
    }

    /** Django: create(), get_or_create() and update_or_create() save through save(), so they send the signals. */
    @Test
    void createGetOrCreateAndUpdateOrCreateSendSaveSignals() {
        Journal_.signals().postSave(saves("post"));

        Journal_.objects().create(new Journal("Nature"));
        Journal_.objects().getOrCreate(Journal_.name.eq("Cell"), Journal::new);
        Journal_.objects().getOrCreate(Journal_.name.eq("Cell"), Journal::new); // found: no save
        Journal_.objects().updateOrCreate(Journal_.name.eq("Cell"), journal -> {
            journal.name = "Cell Reports";
            return journal;
        }, Journal::new);

        assertEquals(List.of("post Journal Nature created using default", "post Journal Cell created using default",
                "post Journal Cell Reports using default"), events);
    }

    /** Django: update(), bulk_create() and bulk_update() never call save(), so no pre_save or post_save is sent. */
    @Test
    void updateBulkCreateAndBulkUpdateSendNoSaveSignals() {
        Article_.signals().preSave(saves("pre"));
        Article_.signals().postSave(saves("post"));

        List<Article> created = Article_.objects().bulkCreate(List.of(new Article("One", null), new Article("Two", null)));
        Article_.objects().update(Article_.views.inc(1));
        created.get(0).title = "Uno";
        Article_.objects().bulkUpdate(created, Article_.title);

        assertEquals(List.of(), events);
        assertEquals(2, Article_.objects().filter(Article_.views.eq(1)).count());
    }

    /** A record is saved as a copy with its id and version: the post_save receivers get that copy. */
    @Test
    void aRecordSaveSendsTheCopyThatWasWritten() {
        List<Memo> seen = new ArrayList<>();
        Memo_.signals().postSave(event -> seen.add(event.instance()));
        Memo memo = new Memo(null, "remember", 0);

        Memo saved = Memo_.objects().save(memo);

        assertEquals(List.of(saved), seen);
        assertNotSame(memo, seen.get(0));
        assertEquals(1, seen.get(0).version());
    }

    // ---- delete signals

    /** Django: Model.delete() sends pre_delete and post_delete with the instance and origin, the instance itself. */
    @Test
    void deletingAnObjectSendsItsOwnInstanceAndOrigin() {
        Memo memo = Memo_.objects().save(new Memo(null, "remember", 0));
        List<DeleteEvent<Memo>> seen = new ArrayList<>();
        Memo_.signals().preDelete(seen::add);
        Memo_.signals().postDelete(seen::add);

        Memo_.objects().delete(memo);

        assertEquals(2, seen.size());
        assertSame(memo, seen.get(0).instance());
        assertSame(memo, seen.get(0).origin());
        assertSame(memo, seen.get(1).instance());
        assertEquals("default", seen.get(1).using());
    }

    /**
     * Django: QuerySet.delete() and the cascade send pre_delete for every object before anything is
     * deleted and post_delete for each afterwards; origin is the QuerySet.
     */
    @Test
    void aQuerySetDeleteSendsEveryDeletedObjectIncludingTheCascade() {
        Journal nature = new Journal("Nature").save();
        Article first = new Article("First", nature).save();
        new Article("Second", nature).save();
        new Remark("Nice", first).save();
        List<Object> origins = new ArrayList<>();
        Article_.signals().preDelete(event -> {
            assertEquals(1, Article_.objects().filter(Article_.id.eq(event.instance().id)).count(),
                    "pre_delete comes before the deletion");
            origins.add(event.origin());
            events.add("pre " + event.instance());
        });
        Article_.signals().postDelete(event -> {
            assertEquals(0, Article_.objects().filter(Article_.id.eq(event.instance().id)).count());
            events.add("post " + event.instance());
        });
        Remark_.signals().preDelete(deletes("pre"));
        Remark_.signals().postDelete(deletes("post"));
        QuerySet<Journal> query = Journal_.objects().filter(Journal_.name.eq("Nature"));

        assertEquals(Map.of("Journal", 1L, "Article", 2L, "Remark", 1L), query.delete().perModel());

        assertEquals(List.of("pre Article First", "pre Article Second", "pre Remark Nice", "post Article First",
                "post Article Second", "post Remark Nice"), events);
        assertSame(query, origins.get(0));
    }

    /** An exception from a pre_delete receiver propagates before anything is deleted, cascade included. */
    @Test
    void anExceptionFromAPreDeleteReceiverDeletesNothing() {
        Journal nature = new Journal("Nature").save();
        Article article = new Article("First", nature).save();
        new Remark("Nice", article).save();
        Remark_.signals().preDelete(event -> {
            throw new IllegalStateException("remarks are kept");
        });

        assertThrows(IllegalStateException.class, nature::delete);

        assertEquals(1, Journal_.objects().count());
        assertEquals(1, Article_.objects().count());
        assertEquals(1, Remark_.objects().count());
    }

    /**
     * Django's can_fast_delete: without delete receivers the objects are deleted by filter, never
     * read; with one, they are read first so that each can be sent.
     */
    @Test
    void objectsAreReadForDeletionOnlyWhenSomeoneReceivesTheirSignals() {
        RecordedCommands commands = RecordedCommands.connect("recorded", db.uri(), db.name());
        try {
            Memo_.objects().save(new Memo(null, "one", 0));
            commands.clear();
            Memo_.objects().using("recorded").delete();
            assertEquals(List.of("delete"), commands.names());

            Memo_.objects().save(new Memo(null, "two", 0));
            Memo_.signals().postDelete(event -> events.add("deleted " + event.instance().text()));
            commands.clear();
            Memo_.objects().using("recorded").delete();
            assertEquals(List.of("find", "find", "delete"), commands.names()); // the ids, the objects, the deletion
            assertEquals(List.of("deleted two"), events);
        } finally {
            Djongo.connection("recorded").close();
        }
    }

    // ---- hooks

    /**
     * Overriding save() in Django runs code around pre_save and post_save; Hooks do the same, and
     * QuerySet.delete() and the cascade call the delete hooks as they send the delete signals.
     */
    @Test
    void hooksRunAroundTheSignals() {
        Remark_.signals().preSave(event -> Remark.CALLS.add("preSave receiver sees slug " + event.instance().slug));
        Remark_.signals().postSave(event -> Remark.CALLS.add("postSave receiver"));
        Article article = new Article("First", null).save();

        Remark remark = new Remark("Very Nice", article).save();
        Article_.objects().delete();

        assertEquals(List.of("beforeSave Very Nice (new)", "preSave receiver sees slug very-nice", "postSave receiver",
                "afterSave Very Nice (created)", "beforeDelete Very Nice", "afterDelete Very Nice"), Remark.CALLS);
        assertNull(Remark_.objects().filter(Remark_.id.eq(remark.id)).first().orElse(null));
    }

    // ---- post_init

    /** Django sends post_init for every instance a query builds. */
    @Test
    void postInitIsSentForEveryObjectReadFromTheDatabase() {
        Journal nature = new Journal("Nature").save();
        new Journal("Cell").save();
        List<String> initialised = new ArrayList<>();
        Journal_.signals().postInit(event -> initialised.add(event.instance().name));

        Journal_.objects().orderBy(Journal_.name.asc()).list();
        Journal_.objects().getById(nature.id);
        Journal_.objects().orderBy(Journal_.name.asc()).first();
        try (QueryCursor<Journal> cursor = Journal_.objects().filter(Journal_.name.eq("Cell")).iterator()) {
            cursor.next();
        }
        Journal_.objects().refresh(nature);
        Journal_.objects().inBulk(List.of(nature.id));

        assertEquals(List.of("Cell", "Nature", "Nature", "Cell", "Cell", "Nature", "Nature"), initialised);
    }

    // ---- connecting

    /** Django: a receiver connected without a sender receives every model's signals. */
    @Test
    void anyModelReceiversGetTheSignalsOfEveryModel() {
        Signals.anyModel().postSave(event -> events.add(event.sender().name() + " saved"));

        new Journal("Nature").save();
        Memo_.objects().save(new Memo(null, "x", 0));

        assertEquals(List.of("Journal saved", "Memo saved"), events);
    }

    /** Django: connecting the same receiver twice connects it once; disconnect() says whether it was connected. */
    @Test
    void aReceiverIsConnectedOnceAndDisconnectedByItsHandle() {
        Consumer<SaveEvent<Journal>> receiver = saves("post");
        Receiver first = Journal_.signals().postSave(receiver);
        Journal_.signals().postSave(receiver);

        new Journal("Nature").save();
        assertTrue(first.connected());
        assertTrue(first.disconnect());
        assertFalse(first.disconnect());
        new Journal("Cell").save();

        assertEquals(List.of("post Journal Nature created using default"), events);
    }

    @Test
    void badArgumentsAreNamed() {
        NullPointerException noReceiver = assertThrows(NullPointerException.class, () -> Journal_.signals().postSave(null));
        assertEquals("postSave(): receiver is null", noReceiver.getMessage());
        IllegalArgumentException embedded = assertThrows(IllegalArgumentException.class,
                () -> Signals.of(Address_.Meta.INSTANCE));
        assertTrue(embedded.getMessage().contains("Address is an @EmbeddedModel"), embedded.getMessage());
        assertThrows(NullPointerException.class, () -> Signals.of(null));
    }
}
