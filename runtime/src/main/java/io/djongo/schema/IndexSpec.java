package io.djongo.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * One index of a collection, as declared by a model ({@code @Field(index = true)},
 * {@code @Field(unique = true)}, {@code @Model(indexes = @Index(...))}) or by a migration:
 * its keys in order and its options. Migrations create it with {@link #toBson()} (an element of
 * {@code createIndexes}) and check the result against {@code listIndexes} with
 * {@link #differences(BsonDocument)}, since some servers accept options and ignore them.
 */
public final class IndexSpec {
    private final String name;
    private final Map<String, BsonValue> keys;
    private final boolean unique;
    private final boolean sparse;
    private final BsonDocument partialFilter;
    private final Long expireAfterSeconds;
    private final BsonDocument collation;
    private final BsonDocument weights;
    private final String defaultLanguage;

    private IndexSpec(String name, Map<String, BsonValue> keys, boolean unique, boolean sparse, BsonDocument partialFilter,
            Long expireAfterSeconds, BsonDocument collation, BsonDocument weights, String defaultLanguage) {
        this.name = name;
        this.keys = keys;
        this.unique = unique;
        this.sparse = sparse;
        this.partialFilter = partialFilter;
        this.expireAfterSeconds = expireAfterSeconds;
        this.collation = collation;
        this.weights = weights;
        this.defaultLanguage = defaultLanguage;
    }

    /** An index on {@code path}, ascending ({@code 1}), descending ({@code -1}). */
    public static IndexSpec on(String path, int direction) {
        return new IndexSpec(null, Map.of(), false, false, null, null, null, null, null).then(path, direction);
    }

    /** An index on {@code path} of a special type: {@code "text"}, {@code "2dsphere"}, {@code "hashed"}. */
    public static IndexSpec on(String path, String type) {
        return new IndexSpec(null, Map.of(), false, false, null, null, null, null, null).then(path, type);
    }

    /** The same index with one more key. */
    public IndexSpec then(String path, int direction) {
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("an index direction is 1 or -1, not " + direction);
        }
        return withKey(path, new BsonInt32(direction));
    }

    /** The same index with one more key of a special type. */
    public IndexSpec then(String path, String type) {
        return withKey(path, new BsonString(type));
    }

    private IndexSpec withKey(String path, BsonValue value) {
        Objects.requireNonNull(path, "path");
        if (keys.containsKey(path)) {
            throw new IllegalArgumentException("the index already has the key " + path);
        }
        Map<String, BsonValue> more = new LinkedHashMap<>(keys);
        more.put(path, value);
        return new IndexSpec(name, java.util.Collections.unmodifiableMap(more), unique, sparse, partialFilter,
                expireAfterSeconds, collation, weights, defaultLanguage);
    }

    public IndexSpec named(String name) {
        return new IndexSpec(Objects.requireNonNull(name, "name"), keys, unique, sparse, partialFilter, expireAfterSeconds,
                collation, weights, defaultLanguage);
    }

    public IndexSpec unique() {
        return new IndexSpec(name, keys, true, sparse, partialFilter, expireAfterSeconds, collation, weights, defaultLanguage);
    }

    public IndexSpec sparse() {
        return new IndexSpec(name, keys, unique, true, partialFilter, expireAfterSeconds, collation, weights, defaultLanguage);
    }

    /** Indexes only documents matching {@code filter}, in MongoDB's JSON syntax. */
    public IndexSpec partialFilter(String filter) {
        return partialFilter(BsonDocument.parse(filter));
    }

    public IndexSpec partialFilter(BsonDocument filter) {
        return new IndexSpec(name, keys, unique, sparse, filter.clone(), expireAfterSeconds, collation, weights,
                defaultLanguage);
    }

    public IndexSpec expireAfterSeconds(long seconds) {
        return new IndexSpec(name, keys, unique, sparse, partialFilter, seconds, collation, weights, defaultLanguage);
    }

    /** The collation, in MongoDB's JSON syntax: {@code "{locale: 'en', strength: 2}"}. */
    public IndexSpec collation(String collation) {
        return collation(BsonDocument.parse(collation));
    }

    public IndexSpec collation(BsonDocument collation) {
        return new IndexSpec(name, keys, unique, sparse, partialFilter, expireAfterSeconds, collation.clone(), weights,
                defaultLanguage);
    }

    /** Text-index weights: {@code "{headline: 10}"}. */
    public IndexSpec weights(String weights) {
        return weights(BsonDocument.parse(weights));
    }

    public IndexSpec weights(BsonDocument weights) {
        return new IndexSpec(name, keys, unique, sparse, partialFilter, expireAfterSeconds, collation, weights.clone(),
                defaultLanguage);
    }

    public IndexSpec defaultLanguage(String language) {
        return new IndexSpec(name, keys, unique, sparse, partialFilter, expireAfterSeconds, collation, weights,
                Objects.requireNonNull(language, "language"));
    }

    // ---- reading

    /** The name: the declared one, or MongoDB's default from the keys ({@code blog.name_1_pub_date_-1}). */
    public String name() {
        if (name != null) {
            return name;
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, BsonValue> key : keys.entrySet()) {
            BsonValue value = key.getValue();
            parts.add(key.getKey() + "_" + (value.isString() ? value.asString().getValue() : value.asNumber().intValue()));
        }
        return String.join("_", parts);
    }

    /** The keys in order: path → {@code 1}, {@code -1} or a type such as {@code "text"}. */
    public Map<String, BsonValue> keys() {
        return keys;
    }

    public boolean isUnique() {
        return unique;
    }

    public boolean isSparse() {
        return sparse;
    }

    /** The partial filter, or {@code null}. */
    public BsonDocument partialFilterExpression() {
        return partialFilter == null ? null : partialFilter.clone();
    }

    /** The TTL in seconds, or {@code null}. */
    public Long expireAfter() {
        return expireAfterSeconds;
    }

    /** The collation, or {@code null}. */
    public BsonDocument collationDocument() {
        return collation == null ? null : collation.clone();
    }

    /** The text weights, or {@code null}. */
    public BsonDocument weightsDocument() {
        return weights == null ? null : weights.clone();
    }

    /** The text default language, or {@code null}. */
    public String language() {
        return defaultLanguage;
    }

    /** Whether this is a text index. */
    public boolean isText() {
        return keys.values().stream().anyMatch(value -> value.isString() && value.asString().getValue().equals("text"));
    }

    /** The specification as {@code createIndexes} takes it: {@code {key: {...}, name: "...", unique: true, ...}}. */
    public BsonDocument toBson() {
        BsonDocument key = new BsonDocument();
        keys.forEach(key::append);
        BsonDocument spec = new BsonDocument("key", key).append("name", new BsonString(name()));
        if (unique) {
            spec.append("unique", BsonBoolean.TRUE);
        }
        if (sparse) {
            spec.append("sparse", BsonBoolean.TRUE);
        }
        if (partialFilter != null) {
            spec.append("partialFilterExpression", partialFilter.clone());
        }
        if (expireAfterSeconds != null) {
            spec.append("expireAfterSeconds", new BsonInt64(expireAfterSeconds));
        }
        if (collation != null) {
            spec.append("collation", collation.clone());
        }
        if (weights != null) {
            spec.append("weights", weights.clone());
        }
        if (defaultLanguage != null) {
            spec.append("default_language", new BsonString(defaultLanguage));
        }
        return spec;
    }

    /** The index described by one {@code createIndexes}/{@code listIndexes} specification. */
    public static IndexSpec fromBson(BsonDocument spec) {
        BsonDocument key = spec.getDocument("key");
        Map<String, BsonValue> keys = new LinkedHashMap<>();
        for (Map.Entry<String, BsonValue> entry : key.entrySet()) {
            BsonValue value = entry.getValue();
            keys.put(entry.getKey(), value.isNumber() ? new BsonInt32(value.asNumber().doubleValue() < 0 ? -1 : 1) : value);
        }
        BsonValue ttl = spec.get("expireAfterSeconds");
        String name = spec.containsKey("name") ? spec.getString("name").getValue() : null;
        return new IndexSpec(name, java.util.Collections.unmodifiableMap(keys),
                spec.getBoolean("unique", BsonBoolean.FALSE).getValue(), spec.getBoolean("sparse", BsonBoolean.FALSE).getValue(),
                spec.containsKey("partialFilterExpression") ? spec.getDocument("partialFilterExpression") : null,
                ttl != null && ttl.isNumber() ? ttl.asNumber().longValue() : null,
                spec.containsKey("collation") ? spec.getDocument("collation") : null,
                spec.containsKey("weights") ? spec.getDocument("weights") : null,
                spec.containsKey("default_language") ? spec.getString("default_language").getValue() : null);
    }

    /**
     * What an index as the server lists it ({@code listIndexes}) lacks of this specification:
     * empty when the server built what was asked. A server that accepted an option and dropped
     * it shows here. Text indexes are listed by the server with internal keys, so their keys
     * are compared by name only.
     */
    public List<String> differences(BsonDocument listed) {
        List<String> missing = new ArrayList<>();
        if (!isText()) {
            BsonDocument key = listed.getDocument("key", new BsonDocument());
            List<String> expected = new ArrayList<>();
            keys.forEach((path, value) -> expected.add(path + ": " + value));
            List<String> actual = new ArrayList<>();
            for (Map.Entry<String, BsonValue> entry : key.entrySet()) {
                BsonValue value = entry.getValue();
                actual.add(entry.getKey() + ": " + (value.isNumber()
                        ? new BsonInt32(value.asNumber().doubleValue() < 0 ? -1 : 1) : value));
            }
            if (!expected.equals(actual)) {
                missing.add("keys " + expected + " (the server has " + actual + ")");
            }
        }
        if (unique && !listed.getBoolean("unique", BsonBoolean.FALSE).getValue()) {
            missing.add("unique");
        }
        if (sparse && !listed.getBoolean("sparse", BsonBoolean.FALSE).getValue()) {
            missing.add("sparse");
        }
        if (partialFilter != null && !partialFilter.equals(listed.get("partialFilterExpression"))) {
            missing.add("partialFilterExpression " + partialFilter.toJson());
        }
        BsonValue ttl = listed.get("expireAfterSeconds");
        if (expireAfterSeconds != null && (ttl == null || !ttl.isNumber() || ttl.asNumber().longValue() != expireAfterSeconds)) {
            missing.add("expireAfterSeconds " + expireAfterSeconds);
        }
        if (collation != null) {
            BsonValue listedCollation = listed.get("collation");
            for (Map.Entry<String, BsonValue> entry : collation.entrySet()) {
                if (listedCollation == null || !listedCollation.isDocument()
                        || !entry.getValue().equals(listedCollation.asDocument().get(entry.getKey()))) {
                    missing.add("collation " + collation.toJson());
                    break;
                }
            }
        }
        return missing;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexSpec && ((IndexSpec) other).toBson().equals(toBson());
    }

    @Override
    public int hashCode() {
        return toBson().hashCode();
    }

    @Override
    public String toString() {
        return toBson().toJson();
    }
}
