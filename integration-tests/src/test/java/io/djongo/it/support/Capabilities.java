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
        }),

        /**
         * {@code $expr} comparing two fields and computed date parts ({@code $month}), which F
         * comparisons and the month/day/hour/minute lookups use. FerretDB 1.24 has no {@code $expr}.
         */
        EXPR("$expr comparing fields and date parts ($gt, $month)", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", 5).append("b", 3).append("d", new java.util.Date(0)));
            long fields = probe.countDocuments(new Document("$expr", new Document("$gt", List.of("$a", "$b"))));
            long month = probe.countDocuments(new Document("$expr", new Document("$eq", List.of(new Document("$month", "$d"), 1))));
            if (fields != 1 || month != 1) {
                throw new MongoException("wrong results: " + fields + " and " + month + " documents instead of 1 and 1");
            }
        }),

        /**
         * {@code $dayOfWeek} numbered as MongoDB does, Sunday = 1 (Django's week_day).
         * mongo-java-server 1.47 numbers ISO days (Thursday = 4); FerretDB 1.24 lacks the operator.
         */
        DAY_OF_WEEK("$dayOfWeek with Sunday = 1", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("d", new java.util.Date(0)));
            Document day = probe.aggregate(List.of(new Document("$project", new Document("w", new Document("$dayOfWeek", "$d")))))
                    .first();
            if (day == null || !Integer.valueOf(5).equals(day.get("w"))) {
                throw new MongoException("$dayOfWeek of Thursday 1970-01-01 gave " + day + " instead of 5");
            }
        }),

        /** Updates of matching array elements, {@code $[e0]} with {@code arrayFilters}. FerretDB 1.24 lacks them. */
        ARRAY_FILTERS("arrayFilters ($[identifier] updates)", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", List.of(new Document("n", "x").append("v", 1), new Document("n", "y").append("v", 2))));
            probe.updateMany(new Document(), new Document("$set", new Document("a.$[e0].v", 9)),
                    new com.mongodb.client.model.UpdateOptions().arrayFilters(List.of(new Document("e0.n", "x"))));
            Object a = probe.find().first().get("a");
            if (!String.valueOf(a).equals("[Document{{n=x, v=9}}, Document{{n=y, v=2}}]")) {
                throw new MongoException("wrong result: " + a);
            }
        }),

        /** Updates of every array element, {@code $[]}. FerretDB 1.24 answers with a malformed write error. */
        ALL_POSITIONAL("the all-positional operator $[]", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", List.of(new Document("v", 1), new Document("v", 2))));
            try {
                probe.updateMany(new Document(), new Document("$inc", new Document("a.$[].v", 1)));
            } catch (RuntimeException e) {
                throw e instanceof MongoException ? (MongoException) e : new MongoException(e.toString(), e);
            }
            Object a = probe.find().first().get("a");
            if (!String.valueOf(a).equals("[Document{{v=2}}, Document{{v=3}}]")) {
                throw new MongoException("wrong result: " + a);
            }
        }),

        /** Updates given as an aggregation pipeline (values computed from fields). Neither test server has them. */
        UPDATE_PIPELINE("update pipelines", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("v", 2));
            try {
                probe.updateMany(new Document(), List.of(new Document("$set", new Document("v", new Document("$multiply", List.of("$v", 2))))));
            } catch (RuntimeException e) {
                throw e instanceof MongoException ? (MongoException) e : new MongoException(e.toString(), e);
            }
            Object v = probe.find().first().get("v");
            if (!Integer.valueOf(4).equals(v)) {
                throw new MongoException("wrong result: " + v);
            }
        }),

        /** {@code $push} modifiers {@code $sort}, {@code $slice} and {@code $position}. FerretDB 1.24 ignores them silently. */
        PUSH_MODIFIERS("$push with $sort, $slice and $position", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", List.of(3, 1)).append("b", List.of(1)));
            probe.updateMany(new Document(), new Document("$push", new Document("a", new Document("$each", List.of(5, 2))
                    .append("$sort", 1).append("$slice", -3)).append("b", new Document("$each", List.of(0)).append("$position", 0))));
            Document found = probe.find().first();
            if (!List.of(2, 3, 5).equals(found.get("a")) || !List.of(0, 1).equals(found.get("b"))) {
                throw new MongoException("wrong result: " + found.toJson());
            }
        }),

        /**
         * {@code $pull} by condition ({@code {k: {$lt: 2}}}) or by a whole sub-document in {@code $eq}.
         * FerretDB 1.24 silently removes nothing for either.
         */
        PULL_CONDITIONS("$pull with a condition or $eq on sub-documents", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", List.of(new Document("k", 1), new Document("k", 2), new Document("k", 3))));
            probe.updateMany(new Document(), new Document("$pull", new Document("a", new Document("k", new Document("$lt", 2)))));
            probe.updateMany(new Document(), new Document("$pull", new Document("a", new Document("$eq", new Document("k", 3)))));
            Object a = probe.find().first().get("a");
            if (!String.valueOf(a).equals("[Document{{k=2}}]")) {
                throw new MongoException("wrong result: " + a);
            }
        }),

        /** The {@code $avg}, {@code $min} and {@code $max} accumulators of {@code $group}. FerretDB 1.24 lacks them. */
        GROUP_AVG_MIN_MAX("$avg, $min and $max in $group", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertMany(List.of(new Document("v", 2), new Document("v", 4)));
            for (String accumulator : List.of("$avg", "$min", "$max")) {
                probe.aggregate(List.of(new Document("$group", new Document("_id", null).append("r", new Document(accumulator, "$v")))))
                        .first();
            }
        }),

        /** The {@code $stdDevPop} accumulator of {@code $group}. Neither test server has it. */
        STD_DEV("$stdDevPop in $group", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertMany(List.of(new Document("v", 2), new Document("v", 4)));
            Document found = probe.aggregate(List.of(new Document("$group", new Document("_id", null)
                    .append("s", new Document("$stdDevPop", "$v"))))).first();
            if (found == null || !Double.valueOf(1.0).equals(found.get("s"))) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /** Several accumulators in one {@code $group}. FerretDB 1.24 computes the first {@code $sum} and returns 0 for the others. */
        GROUP_SEVERAL_ACCUMULATORS("several accumulators in one $group", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertMany(List.of(new Document("v", 2), new Document("v", 4)));
            Document found = probe.aggregate(List.of(new Document("$group", new Document("_id", null)
                    .append("c", new Document("$sum", 1)).append("t", new Document("$sum", "$v"))))).first();
            if (found == null || !Integer.valueOf(2).equals(found.get("c")) || !Integer.valueOf(6).equals(found.get("t"))) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /**
         * {@code $lookup} with a pipeline, which runs a query with subqueries as one aggregation.
         * FerretDB 1.24 has no {@code $lookup}; there the subqueries run first and feed {@code $in}.
         */
        LOOKUP_PIPELINES("$lookup with a pipeline", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("v", 1));
            Document found = probe.aggregate(List.of(new Document("$lookup", new Document("from", "probe")
                    .append("pipeline", List.of(new Document("$project", new Document("_id", 0).append("w", "$v"))))
                    .append("as", "l")))).first();
            if (found == null || !String.valueOf(found.get("l")).equals("[Document{{w=1}}]")) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /**
         * {@code $regexMatch}, which pattern lookups on non-text fields and against {@code F()} use.
         * mongo-java-server 1.47 and FerretDB 1.24 lack it.
         */
        REGEX_MATCH("$regexMatch in $expr", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", "abc"));
            long found = probe.countDocuments(new Document("$expr", new Document("$regexMatch",
                    new Document("input", "$a").append("regex", "^ab"))));
            if (found != 1) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /**
         * The ISO-8601 date parts {@code $isoWeek} and {@code $isoDayOfWeek} (Django's {@code week},
         * {@code iso_week_day}). mongo-java-server 1.47 and FerretDB 1.24 lack them.
         */
        ISO_DATE_PARTS("$isoWeek and $isoDayOfWeek", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("d", new java.util.Date(0)));
            long found = probe.countDocuments(new Document("$expr", new Document("$and", List.of(
                    new Document("$eq", List.of(new Document("$isoWeek", "$d"), 1)),
                    new Document("$eq", List.of(new Document("$isoDayOfWeek", "$d"), 4))))));
            if (found != 1) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /**
         * Text expressions ({@code $indexOfCP}, {@code $substrCP}, {@code $strLenCP}, {@code $toLower}),
         * which pattern lookups against {@code F()} use. FerretDB 1.24 lacks them.
         */
        STRING_EXPRESSIONS("$indexOfCP, $substrCP, $strLenCP and $toLower", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("a", "Abc").append("b", "bc"));
            long found = probe.countDocuments(new Document("$expr", new Document("$and", List.of(
                    new Document("$eq", List.of(new Document("$indexOfCP", List.of(new Document("$toLower", "$a"), "$b")), 1)),
                    new Document("$eq", List.of(new Document("$substrCP", List.of("$a", 1, new Document("$strLenCP", "$b"))), "$b"))))));
            if (found != 1) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /**
         * {@code {a: {$not: {$elemMatch: {$nin: [...]}}}}} matching an empty array, as Django's
         * {@code contained_by} needs. FerretDB 1.24 does not match empty arrays with it.
         */
        CONTAINED_BY("$not with $elemMatch over $nin, matching empty arrays", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertMany(List.of(new Document("a", List.of()), new Document("a", List.of("x")), new Document("a", List.of("y"))));
            long found = probe.countDocuments(new Document("a", new Document("$type", "array")
                    .append("$not", new Document("$elemMatch", new Document("$nin", List.of("x"))))));
            if (found != 2) {
                throw new MongoException("matched " + found + " of [], [x], [y] instead of 2");
            }
        }),

        /**
         * Computed fields in aggregation stages ({@code $addFields}/{@code $project} with {@code $cond},
         * {@code $ifNull}, {@code $lte}, {@code $in}, {@code $isArray}), which ordering by expressions
         * or by nulls placement, {@code Case}/{@code Coalesce} columns use. FerretDB 1.24 lacks them.
         */
        AGGREGATION_EXPRESSIONS("computed fields in $addFields and $project ($cond, $ifNull, $lte, $eq, $in, $isArray)", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertMany(List.of(new Document("v", 1), new Document("w", 2)));
            List<Document> found = probe.aggregate(List.of(
                    new Document("$addFields", new Document("n", new Document("$lte", java.util.Arrays.asList("$v", null)))),
                    new Document("$sort", new Document("n", 1)),
                    new Document("$project", new Document("_id", 0).append("c", new Document("$cond", List.of(
                            new Document("$cond", List.of(new Document("$isArray", "$v"), new Document("$in", List.of(1, "$v")),
                                    new Document("$eq", List.of("$v", 1)))), "one", new Document("$ifNull", List.of("$v", "none"))))))))
                    .into(new java.util.ArrayList<>());
            if (!String.valueOf(found).equals("[Document{{c=one}}, Document{{c=none}}]")) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /**
         * {@code $addToSet} in {@code $group}, then {@code $size}, {@code $filter} and {@code $sum} over the
         * set, which aggregations over distinct values use. FerretDB 1.24 lacks {@code $addToSet}.
         */
        DISTINCT_AGGREGATES("$addToSet in $group, then $size/$filter/$sum of the set", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertMany(List.of(new Document("v", 2), new Document("v", 2), new Document("v", 3), new Document("w", 1).append("v", null)));
            Document found = probe.aggregate(List.of(new Document("$group", new Document("_id", null).append("s", new Document("$addToSet", "$v"))),
                    new Document("$addFields", new Document("n", new Document("$size", new Document("$filter",
                            new Document("input", "$s").append("cond", new Document("$gt", java.util.Arrays.asList("$$this", null))))))
                            .append("t", new Document("$sum", "$s"))))).first();
            if (found == null || !Integer.valueOf(2).equals(found.get("n")) || !Integer.valueOf(5).equals(found.get("t"))) {
                throw new MongoException("wrong result: " + found);
            }
        }),

        /**
         * {@code $jsonSchema} validators that reject invalid documents. FerretDB 1.24 rejects the
         * option; mongo-java-server 1.47 accepts it, keeps nothing and validates nothing.
         */
        VALIDATORS("$jsonSchema validators that reject invalid documents", database -> {
            database.runCommand(Document.parse("{create: 'probe', validator: {$jsonSchema: {required: ['x']}}}"));
            try {
                database.getCollection("probe").insertOne(new Document("y", 1));
            } catch (com.mongodb.MongoWriteException e) {
                return; // rejected, as it should be
            }
            throw new MongoException("a document without the required field x was stored");
        }),

        /** Unique indexes with a {@code partialFilterExpression} that leave other documents out. */
        PARTIAL_INDEXES("partial indexes (partialFilterExpression honoured)", database -> {
            database.runCommand(Document.parse("{createIndexes: 'probe', indexes: [{key: {k: 1}, name: 'k', unique: true, "
                    + "partialFilterExpression: {f: true}}]}"));
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("k", 1));
            try {
                probe.insertOne(new Document("k", 1));
            } catch (com.mongodb.MongoWriteException e) {
                throw new MongoException("a second document outside the filter was rejected: " + e.getMessage());
            }
        }),

        /** Unique indexes with a case-insensitive collation. */
        COLLATION_INDEXES("indexes with a collation (honoured)", database -> {
            database.runCommand(Document.parse("{createIndexes: 'probe', indexes: [{key: {k: 1}, name: 'k', unique: true, "
                    + "collation: {locale: 'en', strength: 2}}]}"));
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("k", "a"));
            try {
                probe.insertOne(new Document("k", "A"));
            } catch (com.mongodb.MongoWriteException e) {
                return;
            }
            throw new MongoException("'a' and 'A' were both stored under a case-insensitive unique index");
        }),

        /** TTL indexes, kept by the server, which runs a TTL monitor (serverStatus metrics.ttl). */
        TTL_INDEXES("TTL indexes (expireAfterSeconds kept, a TTL monitor running)", database -> {
            database.runCommand(Document.parse("{createIndexes: 'probe', indexes: [{key: {d: 1}, name: 'd', expireAfterSeconds: 60}]}"));
            Document metrics = (Document) database.runCommand(new Document("serverStatus", 1)).get("metrics");
            if (metrics == null || !metrics.containsKey("ttl")) {
                throw new MongoException("serverStatus reports no metrics.ttl: no TTL monitor deletes expired documents");
            }
        }),

        /** Sparse indexes, listed as sparse. FerretDB 1.24 accepts {@code sparse} and drops it. */
        SPARSE_INDEXES("sparse indexes (listed as sparse)", database -> {
            database.runCommand(Document.parse("{createIndexes: 'probe', indexes: [{key: {s: 1}, name: 's', sparse: true}]}"));
            for (Document index : database.getCollection("probe").listIndexes()) {
                if (index.getString("name").equals("s") && Boolean.TRUE.equals(index.get("sparse"))) {
                    return;
                }
            }
            throw new MongoException("listIndexes shows the index without sparse: true");
        }),

        /** Text indexes that {@code $text} queries use. */
        TEXT_INDEXES("text indexes with $text search", database -> {
            database.runCommand(Document.parse("{createIndexes: 'probe', indexes: [{key: {t: 'text'}, name: 't'}]}"));
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("t", "hello world"));
            if (probe.countDocuments(Document.parse("{$text: {$search: 'hello'}}")) != 1) {
                throw new MongoException("$text found nothing");
            }
        }),

        /** 2dsphere indexes that geospatial queries use. */
        GEO_INDEXES("2dsphere indexes with $nearSphere", database -> {
            database.runCommand(Document.parse("{createIndexes: 'probe', indexes: [{key: {g: '2dsphere'}, name: 'g'}]}"));
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(Document.parse("{g: {type: 'Point', coordinates: [1, 1]}}"));
            if (probe.find(Document.parse("{g: {$nearSphere: {$geometry: {type: 'Point', coordinates: [1, 1]}, "
                    + "$maxDistance: 1000}}}")).into(new java.util.ArrayList<>()).size() != 1) {
                throw new MongoException("$nearSphere found nothing");
            }
        }),

        /** The {@code collMod} command with a validator. */
        /** Hashed indexes, listed as hashed. FerretDB 1.24 rejects them. */
        HASHED_INDEXES("hashed indexes", database -> {
            database.runCommand(Document.parse("{createIndexes: 'probe', indexes: [{key: {h: 'hashed'}, name: 'h'}]}"));
            for (Document index : database.getCollection("probe").listIndexes()) {
                if (index.getString("name").equals("h") && "hashed".equals(((Document) index.get("key")).get("h"))) {
                    return;
                }
            }
            throw new MongoException("listIndexes does not show the hashed index");
        }),

        COLL_MOD("collMod with a validator", database -> {
            database.runCommand(Document.parse("{create: 'probe'}"));
            database.runCommand(Document.parse("{collMod: 'probe', validator: {$jsonSchema: {required: ['x']}}}"));
        }),

        /**
         * Logical sessions (an {@code lsid} on each command), which {@code Djongo.withSession} and
         * transactions use. mongo-java-server 1.47 has none; FerretDB 1.24 accepts them.
         */
        SESSIONS("logical sessions", database -> {
            try (com.mongodb.client.ClientSession session = probingClient().startSession()) {
                database.getCollection("probe").insertOne(session, new Document("v", 1));
            }
        }),

        /**
         * Multi-document transactions, which {@code Djongo.atomic} runs: replica sets and sharded
         * clusters of MongoDB. Neither mongo-java-server 1.47 nor FerretDB 1.24 has them.
         */
        TRANSACTIONS("multi-document transactions (a replica set or sharded cluster)", database -> {
            try (com.mongodb.client.ClientSession session = probingClient().startSession()) {
                session.startTransaction();
                database.getCollection("probe").insertOne(session, new Document("v", 1));
                session.commitTransaction();
            }
        }),

        /** The {@code explain} command. mongo-java-server 1.47 lacks it. */
        EXPLAIN("the explain command", database -> {
            MongoCollection<Document> probe = database.getCollection("probe");
            probe.insertOne(new Document("v", 1));
            probe.find().explain(com.mongodb.ExplainVerbosity.QUERY_PLANNER);
        });

        private final String description;
        private final Consumer<MongoDatabase> probe;

        Capability(String description, Consumer<MongoDatabase> probe) {
            this.description = description;
            this.probe = probe;
        }
    }

    private static final Map<Capability, String> MISSING = new EnumMap<>(Capability.class);
    private static final ThreadLocal<MongoClient> PROBING = new ThreadLocal<>();

    /** The client of the probe running on this thread. */
    private static MongoClient probingClient() {
        return PROBING.get();
    }
    private static final Map<Capability, Boolean> KNOWN = new EnumMap<>(Capability.class);

    private Capabilities() {}

    /** Whether the test server has {@code capability}. */
    public static synchronized boolean has(Capability capability) {
        return KNOWN.computeIfAbsent(capability, Capabilities::probe);
    }

    /** Why the test server lacks {@code capability} (the probe's failure), or {@code null} when it has it. */
    public static synchronized String reason(Capability capability) {
        return has(capability) ? null : MISSING.get(capability);
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
            PROBING.set(client);
            try {
                capability.probe.accept(scratch);
                return true;
            } catch (MongoException e) {
                MISSING.put(capability, e.getClass().getSimpleName() + ": " + e.getMessage());
                System.out.println("[djongo-it] capability " + capability + " is missing on "
                        + TestServer.get().description() + ": " + MISSING.get(capability));
                return false;
            } finally {
                PROBING.remove();
                try {
                    scratch.drop();
                } catch (MongoException ignored) {
                    // the probe's database is best-effort cleanup
                }
            }
        }
    }
}
