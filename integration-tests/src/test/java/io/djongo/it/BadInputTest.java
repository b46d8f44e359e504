package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSocketException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.djongo.DatabaseError;
import io.djongo.DecodingException;
import io.djongo.Djongo;
import io.djongo.EncodingException;
import io.djongo.it.model.AllTypes;
import io.djongo.it.model.AllTypes_;
import io.djongo.it.model.Comment;
import io.djongo.it.model.Discussion;
import io.djongo.it.model.Discussion_;
import io.djongo.it.model.Entry;
import io.djongo.it.model.Entry_;
import io.djongo.it.model.Tag;
import io.djongo.it.support.FlakyProxy;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Filter;
import io.djongo.query.QueryCursor;
import io.djongo.query.QuerySet;
import io.djongo.query.Sort;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every bad input is a typed error that says what is wrong, in the user's terms, and nothing is
 * written: values that cannot be stored, stored values that cannot be read (also through
 * {@code values()} and cursors), requests the driver cannot write, null arguments, and a network
 * that fails during a write.
 */
class BadInputTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final List<String> commands = new CopyOnWriteArrayList<>();
    static MongoClient recordedClient;

    @BeforeAll
    static void recordedConnection() {
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
        recordedClient = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(db.uri()))
                .addCommandListener(listener).build());
        Djongo.configure("recorded", recordedClient, db.name());
    }

    @AfterAll
    static void closeRecorded() {
        recordedClient.close();
    }

    static long stored(String collection) {
        return db.raw(collection).countDocuments();
    }

    static EncodingException refused(AllTypes all) {
        EncodingException error = assertThrows(EncodingException.class, all::save);
        assertEquals(0, stored("all_types"), "nothing was written");
        return error;
    }

    // ---- values that cannot be stored: an EncodingException naming the model and the path

    @Test
    void datesBeyondWhatBsonHolds() {
        AllTypes all = new AllTypes();
        all.instant = Instant.MAX;
        EncodingException error = refused(all);
        assertEquals("cannot store AllTypes.instant: the Instant +1000000000-12-31T23:59:59.999999999Z is outside the range of a "
                + "BSON date (milliseconds since 1970 in 64 bits, about 292 million years either side of 1970)", error.getMessage());
        assertEquals("AllTypes", error.model());
        assertEquals("instant", error.path());

        AllTypes day = new AllTypes();
        day.localDate = LocalDate.MAX;
        assertTrue(refused(day).getMessage().startsWith("cannot store AllTypes.localDate: the LocalDate +999999999-12-31 is "
                + "outside the range of a BSON date"));
    }

    @Test
    void decimalsBeyondDecimal128() {
        AllTypes all = new AllTypes();
        all.decimal = new BigDecimal("1e7000");
        assertEquals("cannot store AllTypes.decimal: the BigDecimal 1E+7000 cannot be stored as a BSON Decimal128, which holds 34 "
                + "significant digits and exponents from -6176 to 6111; round it first, e.g. value.round(MathContext.DECIMAL128)",
                refused(all).getMessage());
        all.decimal = new BigDecimal("1.0000000000000000000000000000000000001");
        assertTrue(refused(all).getMessage().startsWith("cannot store AllTypes.decimal: the BigDecimal 1.00000"));
    }

    /** An unchecked cast can put any value in a List<String>; it is refused at its index, not with a ClassCastException. */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"}) // the point is a collection holding values of the wrong type
    void collectionsHoldingValuesOfAnotherType() {
        AllTypes all = new AllTypes();
        all.stringList = (List) new ArrayList<>(List.of("a", 5));
        assertEquals("cannot store AllTypes.stringList.1: expected a String but found the Integer 5, a value of another type than "
                + "declared (put there through an unchecked cast or a raw type)", refused(all).getMessage());

        AllTypes map = new AllTypes();
        map.longMap = (Map) new HashMap<>(Map.of("k", 1));
        assertTrue(refused(map).getMessage().startsWith("cannot store AllTypes.longMap.k: expected a Long but found the Integer 1"));

        AllTypes set = new AllTypes();
        set.tagSet = (Set) new HashSet<>(Set.of("tag"));
        assertTrue(refused(set).getMessage().startsWith("cannot store AllTypes.tagSet.0: expected a Tag but found the String tag"));
        set.tagSet = Set.of(new Tag("ok", 1));
        set.save();
        assertEquals(1, stored("all_types"), "a valid object is stored");
    }

    /** An object that contains itself has no BSON form: a clear error, not a stack overflow. */
    @Test
    void anObjectThatContainsItself() {
        Discussion discussion = new Discussion();
        Comment comment = new Comment("ann", "hi");
        comment.withParent(comment);
        discussion.pinned = comment;
        EncodingException error = assertThrows(EncodingException.class, discussion::save);
        assertTrue(error.getMessage().startsWith("cannot store Discussion.pinned.parent.parent"), error.getMessage());
        assertTrue(error.getMessage().endsWith(": the value is nested more than 100 documents and arrays deep, which MongoDB "
                + "does not store; does an object contain itself?"), error.getMessage());
        assertTrue(error.getMessage().contains(".(...)."), "a very deep path is shortened: " + error.getMessage());
        assertEquals(0, stored("discussion"));
    }

    /** The driver's own refusals of a request say what was wrong with it, not that the reply was unreadable. */
    @Test
    void requestsTheDriverCannotWrite() {
        Entry huge = new Entry("Blog", "Huge", 1, null).tags("x".repeat(17 * 1024 * 1024)); // tags have no maxLength
        EncodingException tooLarge = assertThrows(EncodingException.class, huge::save);
        assertTrue(tooLarge.getMessage().startsWith("insert of Entry failed: the request is larger than MongoDB accepts"),
                tooLarge.getMessage());
        assertEquals(0, stored("entry"));

        QuerySet<Entry> nul = Entry_.objects().filter(Filter.raw(new Document("a\0b", 1)));
        EncodingException badName = assertThrows(EncodingException.class, nul::list);
        assertTrue(badName.getMessage().startsWith("find on entry failed: the request could not be written as BSON: BSON cstring"),
                badName.getMessage());
    }

    /** A value given to a typed path that cannot be written names the path. */
    @Test
    void filterAndUpdateValuesThatCannotBeWritten() {
        EncodingException filter = assertThrows(EncodingException.class, () -> AllTypes_.instant.gt(Instant.MAX));
        assertTrue(filter.getMessage().startsWith("cannot write the value of instant: the Instant +1000000000"), filter.getMessage());
        assertThrows(EncodingException.class, () -> AllTypes_.decimal.set(new BigDecimal("1e9999")));
    }

    // ---- values that cannot be read: a DecodingException naming the model and the path

    /** The README promises that numbers are read only when nothing is lost. */
    @Test
    void lossyNumbersAreRefused() {
        db.raw("all_types").insertOne(new Document("primitiveFloat", 1e300));
        DecodingException floatError = assertThrows(DecodingException.class, () -> AllTypes_.objects().list());
        assertEquals("cannot read AllTypes.primitiveFloat: the number 1.0E300 is beyond the range of a float (about 3.4e38); "
                + "declare the field double", floatError.getMessage());

        db.raw("all_types").deleteMany(new Document());
        db.raw("all_types").insertOne(new Document("primitiveDouble", (1L << 53) + 1));
        DecodingException doubleError = assertThrows(DecodingException.class, () -> AllTypes_.objects().list());
        assertEquals("cannot read AllTypes.primitiveDouble: the int64 9007199254740993 is not exactly a double (doubles hold whole "
                + "numbers exactly up to 2^53); declare the field long", doubleError.getMessage());

        db.raw("all_types").deleteMany(new Document());
        db.raw("all_types").insertOne(new Document("primitiveLong", 0x1p63));
        assertThrows(DecodingException.class, () -> AllTypes_.objects().list(), "2^63 does not fit a long");
    }

    /** values() and valuesList() read as model reads do. */
    @Test
    void valuesReadErrorsNameTheModelAndPath() {
        db.raw("all_types").insertOne(new Document("primitiveInt", "seven").append("address", new Document("city", 7)));
        DecodingException column = assertThrows(DecodingException.class, () -> AllTypes_.objects().valuesList(AllTypes_.primitiveInt));
        assertEquals("cannot read AllTypes.primitiveInt: expected an int but found BSON STRING", column.getMessage());
        assertEquals("AllTypes", column.model());
        DecodingException row = assertThrows(DecodingException.class, () -> AllTypes_.objects().values("address__city").list());
        assertEquals("cannot read AllTypes.address.city: expected a string but found BSON INT32", row.getMessage());
        assertThrows(DecodingException.class, () -> AllTypes_.objects().values().list());
    }

    /**
     * A document that cannot be read in the middle of a batch closes the server cursor
     * ({@code killCursors}) before its error is thrown, for iterator(), stream() and list() alike.
     */
    @Test
    void anUnreadableDocumentClosesTheServerCursor() {
        for (int i = 0; i < 20; i++) {
            db.raw("entry").insertOne(new Document("headline", "h" + i).append("rating", i == 3 ? "three" : i));
        }
        QuerySet<Entry> query = Entry_.objects().using("recorded").orderBy(Entry_.id.asc()).batchSize(5);
        commands.clear();
        try (QueryCursor<Entry> cursor = query.iterator()) {
            assertEquals("h0", cursor.next().headline);
            assertEquals("h1", cursor.next().headline);
            assertEquals("h2", cursor.next().headline);
            DecodingException error = assertThrows(DecodingException.class, cursor::next);
            assertEquals("cannot read Entry.rating: expected an int but found BSON STRING", error.getMessage());
        }
        assertTrue(commands.contains("killCursors"), "the server cursor was closed: " + commands);

        commands.clear();
        try (Stream<Entry> stream = query.stream()) {
            assertThrows(DecodingException.class, () -> stream.forEach(e -> { }));
        }
        assertTrue(commands.contains("killCursors"), commands.toString());

        commands.clear();
        assertThrows(DecodingException.class, query::list);
        assertTrue(commands.contains("killCursors"), commands.toString());
    }

    // ---- the network

    /** A cursor whose connection breaks fails with a DatabaseError, like every other call. */
    @Test
    void aBrokenCursorIsADatabaseError() {
        for (int i = 0; i < 10; i++) {
            new Entry("Blog", "h" + i, i, null).save();
        }
        try (FlakyProxy proxy = FlakyProxy.start(); Djongo flaky = Djongo.connect("flaky", proxy.uri(db.name()))) {
            QueryCursor<Entry> cursor = Entry_.objects().using(flaky.alias()).orderBy(Entry_.rating.asc()).batchSize(2).iterator();
            assertEquals("h0", cursor.next().headline);
            assertEquals("h1", cursor.next().headline);
            proxy.cutAll();
            DatabaseError error = assertThrows(DatabaseError.class, cursor::hasNext);
            assertTrue(error.getMessage().startsWith("find on entry failed: "), error.getMessage());
            assertInstanceOf(MongoSocketException.class, error.getCause());
            cursor.close();
        }
    }

    /**
     * A write whose reply is lost may have been applied: the error says so, and how retries work.
     * Here the server stored the document and only the reply was lost.
     */
    @Test
    void aWriteWhoseReplyIsLostMayOrMayNotHaveHappened() {
        try (FlakyProxy proxy = FlakyProxy.start(); Djongo flaky = Djongo.connect("flaky", proxy.uri(db.name()))) {
            proxy.dropReplyTo("insert");
            DatabaseError error = assertThrows(DatabaseError.class,
                    () -> Entry_.objects().using(flaky.alias()).create(new Entry("Blog", "Lost reply", 1, null)));
            assertTrue(error.getMessage().startsWith("insert of Entry failed: the connection broke after the request was sent, so the "
                    + "write may or may not have been applied; check the data before repeating it."), error.getMessage());
            assertInstanceOf(MongoSocketException.class, error.getCause());
        }
        assertEquals(1, Entry_.objects().filter(Entry_.headline.eq("Lost reply")).count(), "this time it was applied");
    }

    /** A write to a server that cannot be reached was never sent. */
    @Test
    void aWriteThatCouldNotBeSentSaysSo() {
        try (Djongo nowhere = Djongo.connect("nowhere", "mongodb://127.0.0.1:9/" + db.name() + "?serverSelectionTimeoutMS=300")) {
            DatabaseError error = assertThrows(DatabaseError.class,
                    () -> Entry_.objects().using(nowhere.alias()).create(new Entry("Blog", "Never", 1, null)));
            assertTrue(error.getMessage().startsWith("insert of Entry failed before the request was sent, so nothing was written"),
                    error.getMessage());
        }
    }

    /** Retries are driver settings: in the connection string (retryWrites, retryReads) or in MongoClientSettings. */
    @Test
    void aConnectionFromDriverSettings() {
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(db.uri()))
                .retryWrites(true).retryReads(true).build();
        try (Djongo connection = Djongo.connect("settings", settings, db.name())) {
            Entry_.objects().using("settings").create(new Entry("Blog", "Through settings", 1, null));
            assertEquals(1, Entry_.objects().using(connection.alias()).count());
        }
    }

    // ---- null arguments name the argument

    @Test
    @SuppressWarnings("unchecked") // null arrays of generic types, on purpose
    void nullArgumentsAreNamed() {
        assertEquals("filter(): argument 0 is null",
                assertThrows(NullPointerException.class, () -> Entry_.objects().filter((Filter<Entry>) null)).getMessage());
        assertEquals("exclude(): argument 1 is null", assertThrows(NullPointerException.class,
                () -> Entry_.objects().exclude(Entry_.rating.gt(1), null)).getMessage());
        assertEquals("orderBy(): key 0 is null",
                assertThrows(NullPointerException.class, () -> Entry_.objects().orderBy((Sort<Entry>) null)).getMessage());
        assertEquals("getOrCreate(): create returned null instead of a new Entry", assertThrows(NullPointerException.class,
                () -> Entry_.objects().getOrCreate(Entry_.headline.eq("x"), () -> null)).getMessage());
        assertEquals("save(): instance is null", assertThrows(NullPointerException.class, () -> Entry_.objects().save(null))
                .getMessage());
        assertEquals("bulkCreate(): objects is null",
                assertThrows(NullPointerException.class, () -> Entry_.objects().bulkCreate(null)).getMessage());
        assertEquals("update(): argument 0 is null", assertThrows(NullPointerException.class,
                () -> Entry_.objects().update((io.djongo.query.Update<Entry>) null)).getMessage());
        assertEquals("and(): other is null", assertThrows(NullPointerException.class, () -> Entry_.rating.gt(1).and(null))
                .getMessage());
        assertEquals("allOf(): argument 1 is null", assertThrows(NullPointerException.class,
                () -> Filter.allOf(Entry_.rating.gt(1), null)).getMessage());
        assertEquals("only(): argument 0 is null", assertThrows(NullPointerException.class,
                () -> Entry_.objects().only((io.djongo.query.AbstractPath<Entry>) null)).getMessage());
        assertEquals("aggregate(): argument 0 is null", assertThrows(NullPointerException.class,
                () -> Entry_.objects().aggregate((io.djongo.query.Aggregation<Entry, ?>) null)).getMessage());
        assertEquals("subquery(): field is null", assertThrows(NullPointerException.class,
                () -> Entry_.objects().subquery(null)).getMessage());
        assertNotNull(Entry_.objects().filter(Filter.allOf()));
        assertEquals(0, stored("entry"));
    }
}
