package io.djongo.it.migrations;

import com.mongodb.client.MongoDatabase;
import io.djongo.Djongo;
import io.djongo.migrations.Migration;
import io.djongo.migrations.Migrator;
import io.djongo.migrations.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonString;

/** Migrations built in code for the tests of the app {@code it}, and what the server shows of their results. */
final class MigrationTesting {
    private MigrationTesting() {}

    static Migration migration(String name, List<String> dependsOn, Operation... operations) {
        return Migration.of("it", name, dependsOn, () -> List.of(operations));
    }

    /** A migrator of these migrations for the default connection, with a short lease for quick lock tests. */
    static Migrator migrator(Migration... migrations) {
        return Migrator.of(Djongo.connection()).withMigrations(List.of(migrations)).withLease(Duration.ofSeconds(3));
    }

    /** Drops every collection, so each test starts from an empty database. */
    static void dropCollections(MongoDatabase database) {
        for (String name : database.listCollectionNames().into(new ArrayList<>())) {
            database.getCollection(name).drop();
        }
    }

    /** The index named {@code name} of {@code collection} as listIndexes shows it. */
    static Optional<BsonDocument> index(MongoDatabase database, String collection, String name) {
        for (BsonDocument index : database.getCollection(collection).listIndexes(BsonDocument.class)) {
            if (index.getString("name", new BsonString("")).getValue().equals(name)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    static List<String> collections(MongoDatabase database) {
        List<String> names = database.listCollectionNames().into(new ArrayList<>());
        names.sort(null);
        return names;
    }

    /** Every document of {@code collection}, ordered by _id, as JSON without the _id. */
    static List<String> documents(MongoDatabase database, String collection) {
        List<String> documents = new ArrayList<>();
        for (BsonDocument document : database.getCollection(collection, BsonDocument.class).find()
                .sort(BsonDocument.parse("{_id: 1}"))) {
            document.remove("_id");
            documents.add(document.toJson());
        }
        return documents;
    }
}
