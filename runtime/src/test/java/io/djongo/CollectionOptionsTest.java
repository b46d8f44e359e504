package io.djongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A level's read and write options change what it chooses and leave the rest as the level below set it. */
class CollectionOptionsTest {
    private static MongoClient client;
    private static MongoCollection<Document> collection;

    @BeforeAll
    static void collectionOfAClientThatNeverConnects() {
        client = MongoClients.create("mongodb://127.0.0.1:1/?readPreference=secondaryPreferred&w=2");
        collection = client.getDatabase("options").getCollection("entry");
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void nothingChosenLeavesTheCollectionAsItIs() {
        assertSame(collection, CollectionOptions.NONE.applyTo(collection));
    }

    @Test
    void eachChoiceReplacesOnlyItself() {
        MongoCollection<Document> configured = CollectionOptions.NONE.withReadConcern(ReadConcern.MAJORITY)
                .applyTo(collection);

        assertEquals(ReadConcern.MAJORITY, configured.getReadConcern());
        assertEquals(ReadPreference.secondaryPreferred(), configured.getReadPreference());
        assertEquals(new WriteConcern(2), configured.getWriteConcern());
    }

    @Test
    void allThreeChoicesApply() {
        CollectionOptions options = CollectionOptions.NONE.withReadPreference(ReadPreference.primary())
                .withReadConcern(ReadConcern.LOCAL).withWriteConcern(WriteConcern.MAJORITY);

        MongoCollection<Document> configured = options.applyTo(collection);

        assertEquals(ReadPreference.primary(), configured.getReadPreference());
        assertEquals(ReadConcern.LOCAL, configured.getReadConcern());
        assertEquals(WriteConcern.MAJORITY, configured.getWriteConcern());
        assertEquals(new CollectionOptions(ReadPreference.primary(), ReadConcern.LOCAL, WriteConcern.MAJORITY), options);
    }
}
