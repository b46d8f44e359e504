package io.djongo.it.support;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Assumptions;

/**
 * Server features that not every MongoDB-wire server has, found by trying them once per JVM on
 * a scratch database. A test that needs a missing one is skipped with the reason, printed and
 * reported by JUnit, never passed silently.
 */
public final class Capabilities {

    /** A feature and how to try it. */
    public enum Capability {
        /**
         * Storing BSON Decimal128 values, which BigDecimal fields use. FerretDB 1.x has no
         * Decimal128 type (it drops the connection on such a document).
         */
        DECIMAL128("BSON Decimal128 values (BigDecimal fields)",
                database -> database.getCollection("probe").insertOne(
                        new Document("d", new Decimal128(new BigDecimal("1.5"))))),

        /**
         * {@code $elemMatch} with field conditions on arrays of sub-documents
         * ({@code {"a": {"$elemMatch": {"b": 1, "c": 2}}}}). FerretDB 1.24 rejects several fields
         * ("unknown operator") and matches nothing for one; it only handles operator conditions.
         */
        ELEM_MATCH_ON_DOCUMENTS("$elemMatch with field conditions on arrays of sub-documents", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", List.of(new Document("b", 1).append("c", 1), new Document("b", 2).append("c", 2))));
            probe.insertOne(new Document("a", List.of(new Document("b", 1).append("c", 2))));
            long both = probe.countDocuments(new Document("a", new Document("$elemMatch", new Document("b", 1).append("c", 2))));
            long one = probe.countDocuments(new Document("a", new Document("$elemMatch", new Document("b", 2))));
            if (both != 1 || one != 1) {
                throw new MongoException("wrong results: " + both + " and " + one + " documents instead of 1 and 1");
            }
        }),

        /**
         * Equality of a whole sub-document with an element of an array of sub-documents
         * ({@code {"a": {"b": 1}}} matching {@code {"a": [{"b": 1}]}}). FerretDB 1.24 matches
         * nothing, in the bare, {@code $eq} and {@code $in} forms alike.
         */
        DOCUMENT_EQUALITY_IN_ARRAYS("equality of a whole sub-document with an array element", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", List.of(new Document("b", 1).append("c", 2))));
            long found = probe.countDocuments(new Document("a", new Document("b", 1).append("c", 2)));
            if (found != 1) {
                throw new MongoException("{a: {b: 1, c: 2}} matched " + found + " documents of [{a: [{b: 1, c: 2}]}] instead of 1");
            }
        });

        private final String description;
        private final Consumer<MongoDatabase> probe;

        Capability(String description, Consumer<MongoDatabase> probe) {
            this.description = description;
            this.probe = probe;
        }
    }

    private static final Map<Capability, String> MISSING = new EnumMap<>(Capability.class);
    private static final Map<Capability, Boolean> KNOWN = new EnumMap<>(Capability.class);

    private Capabilities() {}

    /** Whether the test server has {@code capability}. */
    public static synchronized boolean has(Capability capability) {
        return KNOWN.computeIfAbsent(capability, Capabilities::probe);
    }

    /** Skips the calling test, with the reason, when the test server lacks {@code capability}. */
    public static void require(Capability capability) {
        if (!has(capability)) {
            String reason = "skipped: the test server (" + TestServer.get().description() + ") does not support "
                    + capability.description + " — probe failed with: " + MISSING.get(capability);
            System.out.println("[djongo-it] " + reason);
            Assumptions.abort(reason);
        }
    }

    private static boolean probe(Capability capability) {
        String database = "it_probe_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000));
        // A client of its own: a failed probe may make the server drop the connection.
        try (MongoClient client = MongoClients.create(TestServer.get().uri(database))) {
            MongoDatabase scratch = client.getDatabase(database);
            try {
                capability.probe.accept(scratch);
                return true;
            } catch (MongoException e) {
                MISSING.put(capability, e.getClass().getSimpleName() + ": " + e.getMessage());
                System.out.println("[djongo-it] capability " + capability + " is missing on "
                        + TestServer.get().description() + ": " + MISSING.get(capability));
                return false;
            } finally {
                try {
                    scratch.drop();
                } catch (MongoException ignored) {
                    // the probe's database is best-effort cleanup
                }
            }
        }
    }
}
