package io.djongo.migrations;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.djongo.schema.IndexSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * What the server really does with index options that some servers accept and then ignore,
 * found by trying each once in a scratch collection ({@code djongo_probe_<random>}, dropped
 * afterwards) when a migration first needs it. {@code listIndexes} shows what a server stored,
 * not what it does: mongo-java-server lists a partial filter and a collation but enforces
 * neither, and accepts text and 2dsphere indexes that its queries cannot use.
 *
 * <p>A probe that the server rejects outright says nothing: then the real command fails with
 * the server's own reason. TTL cannot be tried quickly (servers delete expired documents once a
 * minute), so the server is asked whether it runs a TTL monitor ({@code serverStatus} reports
 * {@code metrics.ttl}); when it does not answer, the option is trusted to what {@code listIndexes}
 * shows.
 */
public final class ServerFeatures {
    /** An index feature that a server may accept and ignore. */
    enum Feature {
        PARTIAL_FILTER("partialFilterExpression"),
        COLLATION("collation"),
        TTL("expireAfterSeconds"),
        TEXT("text indexes"),
        GEO("2dsphere indexes");

        final String option;

        Feature(String option) {
            this.option = option;
        }
    }

    private final MongoDatabase database;
    private final Map<Feature, Optional<String>> ignored = new EnumMap<>(Feature.class);

    ServerFeatures(MongoDatabase database) {
        this.database = database;
    }

    /**
     * Why the server would not honour each option of {@code index} that it accepts but ignores;
     * empty when it honours them all (or rejects one, which the real command then reports).
     */
    public synchronized List<String> ignoredOptions(IndexSpec index) {
        List<String> problems = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        if (index.partialFilterExpression() != null) {
            features.add(Feature.PARTIAL_FILTER);
        }
        if (index.collationDocument() != null) {
            features.add(Feature.COLLATION);
        }
        if (index.expireAfter() != null) {
            features.add(Feature.TTL);
        }
        if (index.isText()) {
            features.add(Feature.TEXT);
        }
        if (index.keys().values().stream().anyMatch(v -> v.isString() && v.asString().getValue().equals("2dsphere"))) {
            features.add(Feature.GEO);
        }
        for (Feature feature : features) {
            ignored.computeIfAbsent(feature, this::probe)
                    .ifPresent(reason -> problems.add(feature.option + ": " + reason));
        }
        return problems;
    }

    /** The index named {@code name} of {@code collection} as {@code listIndexes} shows it, if any. */
    public Optional<BsonDocument> listedIndex(String collection, String name) {
        if (listedCollection(collection).isEmpty()) {
            return Optional.empty();
        }
        for (BsonDocument index : database.getCollection(collection, BsonDocument.class).listIndexes(BsonDocument.class)) {
            if (index.getString("name", new BsonString("")).getValue().equals(name)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /**
     * The collection {@code name} as {@code listCollections} shows it, if it exists. The names
     * are compared here too: mongo-java-server ignores the filter and lists every collection.
     */
    public Optional<BsonDocument> listedCollection(String name) {
        for (BsonDocument listed : database.listCollections(BsonDocument.class).filter(new BsonDocument("name", new BsonString(name)))) {
            if (listed.getString("name", new BsonString("")).getValue().equals(name)) {
                return Optional.of(listed);
            }
        }
        return Optional.empty();
    }

    /** The validator {@code listCollections} shows for {@code collection}, or {@code null}. */
    public BsonDocument listedValidator(String collection) {
        return listedCollection(collection)
                .map(listed -> listed.getDocument("options", new BsonDocument()))
                .map(options -> options.isDocument("validator") ? options.getDocument("validator") : null)
                .orElse(null);
    }

    // ---- probes

    private Optional<String> probe(Feature feature) {
        if (feature == Feature.TTL) {
            return probeTtl();
        }
        String name = "djongo_probe_" + Integer.toHexString(0x100000 + ThreadLocalRandom.current().nextInt(0xEFFFFF));
        MongoCollection<BsonDocument> scratch = database.getCollection(name, BsonDocument.class);
        try {
            switch (feature) {
                case PARTIAL_FILTER:
                    return tryIndex(scratch, "{k: 1}", "{unique: true, partialFilterExpression: {f: true}}", probe -> {
                        probe.insertOne(BsonDocument.parse("{k: 1}"));
                        return duplicate(() -> probe.insertOne(BsonDocument.parse("{k: 1}")))
                                ? "the server accepts it but ignores it: a unique index filtered on {f: true} rejected a "
                                        + "second document outside the filter" : null;
                    });
                case COLLATION:
                    return tryIndex(scratch, "{k: 1}", "{unique: true, collation: {locale: 'en', strength: 2}}", probe -> {
                        probe.insertOne(BsonDocument.parse("{k: 'a'}"));
                        return duplicate(() -> probe.insertOne(BsonDocument.parse("{k: 'A'}"))) ? null
                                : "the server accepts it but ignores it: a unique index with a case-insensitive "
                                        + "collation let both 'a' and 'A' in";
                    });
                case TEXT:
                    return tryIndex(scratch, "{t: 'text'}", "{}", probe -> {
                        probe.insertOne(BsonDocument.parse("{t: 'hello world'}"));
                        long found = query(() -> probe.countDocuments(BsonDocument.parse("{$text: {$search: 'hello'}}")));
                        return found == 1 ? null : "the server accepts the index but its $text search "
                                + (found < 0 ? "fails: " + lastFailure : "finds " + found + " documents instead of 1");
                    });
                case GEO:
                    return tryIndex(scratch, "{g: '2dsphere'}", "{}", probe -> {
                        probe.insertOne(BsonDocument.parse("{g: {type: 'Point', coordinates: [1, 1]}}"));
                        long found = query(() -> probe.countDocuments(BsonDocument.parse(
                                "{g: {$geoWithin: {$centerSphere: [[1, 1], 0.01]}}}")));
                        long near = found != 1 ? found : query(() -> (long) probe.find(BsonDocument.parse(
                                "{g: {$nearSphere: {$geometry: {type: 'Point', coordinates: [1, 1]}, $maxDistance: 1000}}}"))
                                .into(new ArrayList<>()).size());
                        return near == 1 ? null : "the server accepts the index but its geospatial queries "
                                + (near < 0 ? "fail: " + lastFailure : "find " + near + " documents instead of 1");
                    });
                default:
                    throw new IllegalStateException(feature.name());
            }
        } finally {
            try {
                scratch.drop();
            } catch (MongoException e) {
                // the probe collection is best-effort cleanup
            }
        }
    }

    /** The last failure of a probe query, quoted in the reason. */
    private String lastFailure;

    /** Creates the probe index and runs {@code check}; empty when the server rejects the index (the real command will say why). */
    private Optional<String> tryIndex(MongoCollection<BsonDocument> scratch, String keys, String options,
            Function<MongoCollection<BsonDocument>, String> check) {
        BsonDocument spec = BsonDocument.parse(options).append("key", BsonDocument.parse(keys))
                .append("name", new BsonString("probe"));
        try {
            database.runCommand(new BsonDocument("createIndexes", new BsonString(scratch.getNamespace().getCollectionName()))
                    .append("indexes", new BsonArray(List.of(spec))));
            return Optional.ofNullable(check.apply(scratch));
        } catch (MongoException e) {
            return Optional.empty();
        }
    }

    private static boolean duplicate(Runnable insert) {
        try {
            insert.run();
            return false;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
            throw e;
        }
    }

    private long query(java.util.function.LongSupplier query) {
        try {
            return query.getAsLong();
        } catch (MongoException e) {
            lastFailure = e.getMessage();
            return -1;
        }
    }

    private Optional<String> probeTtl() {
        BsonDocument status;
        try {
            status = database.runCommand(new BsonDocument("serverStatus", new BsonInt32(1)), BsonDocument.class);
        } catch (MongoException e) {
            return Optional.empty(); // not allowed to ask: trust listIndexes
        }
        BsonValue metrics = status.get("metrics");
        if (metrics != null && metrics.isDocument() && metrics.asDocument().containsKey("ttl")) {
            return Optional.empty();
        }
        return Optional.of("the server stores it but runs no TTL monitor (serverStatus reports no metrics.ttl), "
                + "so expired documents would never be deleted");
    }
}
