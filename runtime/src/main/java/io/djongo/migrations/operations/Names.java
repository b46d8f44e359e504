package io.djongo.migrations.operations;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import io.djongo.migrations.MigrationContext;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonString;

/** Checks of the names operations take, and the server errors that mean "already done". */
final class Names {
    private Names() {}

    static String checkCollection(String name) {
        Objects.requireNonNull(name, "collection");
        if (name.isEmpty() || name.contains("$") || name.startsWith("system.")) {
            throw new IllegalArgumentException("\"" + name + "\" is not a collection name: it must not be empty, contain $"
                    + " or start with system.");
        }
        return name;
    }

    static String checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.contains(".") || key.startsWith("$")) {
            throw new IllegalArgumentException("\"" + key + "\" is not a field key: it must not be empty, contain a dot"
                    + " or start with $");
        }
        return key;
    }

    /** The collection does not exist (NamespaceNotFound; mongo-java-server says "ns not found" without a code). */
    static boolean namespaceNotFound(MongoCommandException e) {
        String message = String.valueOf(e.getErrorMessage()).toLowerCase(java.util.Locale.ROOT);
        return e.getErrorCode() == 26 || message.contains("ns not found") || message.contains("does not exist");
    }

    /** The index does not exist (IndexNotFound), or its collection does not. */
    static boolean indexNotFound(MongoCommandException e) {
        return e.getErrorCode() == 27 || namespaceNotFound(e);
    }

    /** Drops a collection this operation just created, when its check failed. */
    static void dropQuietly(MigrationContext context, String collection) {
        try {
            context.database().runCommand(new BsonDocument("drop", new BsonString(collection)));
        } catch (MongoException e) {
            // the failure being reported matters more
        }
    }
}
