package io.djongo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.djongo.benchmarks.contenders.Contenders;
import io.djongo.benchmarks.contenders.Queries;
import io.djongo.benchmarks.model.Fixtures;
import io.djongo.benchmarks.model.HandWrittenEntryCodec;
import io.djongo.embedded.EmbeddedMongo;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.junit.jupiter.api.Test;

/** Every contender's query chain is the same query: same document after normalising, same results. */
class QueriesTest {

    @Test
    void everyContenderBuildsTheSameQuery() {
        Queries.verify(new Queries.SpringMapping(Contenders.springConverter()));
    }

    @Test
    void everyContenderFindsTheSameEntries() {
        Queries.SpringMapping spring = new Queries.SpringMapping(Contenders.springConverter());
        try (EmbeddedMongo server = EmbeddedMongo.start(); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> entries = client.getDatabase("bench").getCollection("entry");
            entries.withDocumentClass(io.djongo.benchmarks.model.Entry.class)
                    .withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(new HandWrittenEntryCodec()),
                            entries.getCodecRegistry()))
                    .insertMany(Fixtures.entries(1000));
            List<Object> expected = ids(entries, Queries.djongo());
            assertFalse(expected.isEmpty());
            assertEquals(20, expected.size());
            assertEquals(expected, ids(entries, Queries.handBuilt()));
            assertEquals(expected, ids(entries, Queries.djongoLookups()));
            assertEquals(expected, ids(entries, Queries.djongoDeclared()));
            assertEquals(expected, ids(entries, Queries.driverBuilders()));
            assertEquals(expected, ids(entries, toBson(Queries.spring())));
            assertEquals(expected, ids(entries, toBson(Queries.springMapped(spring.mapper, spring.entity))));
        }
    }

    private static BsonDocument toBson(Document document) {
        return document.toBsonDocument(BsonDocument.class, com.mongodb.MongoClientSettings.getDefaultCodecRegistry());
    }

    private static List<Object> ids(MongoCollection<Document> entries, BsonDocument command) {
        List<Object> ids = new ArrayList<>();
        for (Document document : entries.find(command.getDocument("filter")).sort(command.getDocument("sort"))
                .limit(command.getInt32("limit").getValue())) {
            ids.add(document.get("_id"));
        }
        return ids;
    }
}
