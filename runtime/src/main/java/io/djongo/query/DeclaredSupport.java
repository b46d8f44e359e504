package io.djongo.query;

import com.mongodb.client.model.UpdateOptions;
import io.djongo.DriverErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Runs the commands of declared queries ({@code @Queries} interfaces), which the processor turned
 * into BSON at compile time, through the same QuerySet machinery as every other query: a find
 * command becomes the QuerySet it describes, so reading, counting, deleting, relations and the
 * model's defaults behave as for {@code Entry.objects().filter(...)}. What generated code calls;
 * applications use the generated classes instead.
 */
public final class DeclaredSupport {
    private DeclaredSupport() {}

    /**
     * The QuerySet of the find {@code command} ({@code {find, filter, sort, skip, limit}}, as
     * {@link QuerySet#toBson()} writes it) on {@code objects}. The filter is taken as it is: the
     * processor already grouped conditions on one array's elements. The command's {@code sort} replaces
     * any order (the processor wrote the model's default ordering into it when the query has no other),
     * so without one the query is unordered.
     */
    public static <T> QuerySet<T> find(QuerySet<T> objects, BsonDocument command) {
        Query<T> query = objects.query;
        BsonDocument filter = command.getDocument("filter", null);
        if (filter != null && !filter.isEmpty()) {
            query = query.withFilter(new Filters.DocumentFilter<>(filter));
        }
        BsonDocument sort = command.getDocument("sort", new BsonDocument());
        List<Sort<T>> sorts = new ArrayList<>(sort.size());
        for (Map.Entry<String, BsonValue> key : sort.entrySet()) {
            sorts.add(new Sort<>(key.getKey(), key.getValue().asNumber().intValue() < 0));
        }
        query = query.withSorts(sorts);
        if (command.containsKey("skip")) {
            query = query.withOffset(command.getNumber("skip").intValue());
        }
        if (command.containsKey("limit")) {
            query = query.withLimit(command.getNumber("limit").intValue());
        }
        return objects.with(query);
    }

    /**
     * Runs the update {@code command} ({@code {update, updates: [{q, u, multi, arrayFilters}]}}, as
     * {@link QuerySet#updateBson} writes it) on {@code objects}, validating the values it sets as
     * {@link QuerySet#update} does, and returns how many documents matched.
     *
     * @throws io.djongo.validation.ValidationError when a value set breaks a rule of its field; nothing is written
     */
    public static <T> long update(QuerySet<T> objects, BsonDocument command) {
        BsonDocument statement = command.getArray("updates").get(0).asDocument();
        QuerySet<T> matching = find(objects, new BsonDocument("filter", statement.getDocument("q")));
        BsonValue update = statement.get("u");
        if (update.isDocument() && update.asDocument().containsKey("$set")) {
            Writes.validateSets(objects.meta, update.asDocument().getDocument("$set"));
        }
        if (matching.query.empty()) {
            return 0;
        }
        UpdateOptions options = new UpdateOptions();
        BsonArray arrayFilters = statement.getArray("arrayFilters", null);
        if (arrayFilters != null) {
            List<BsonDocument> filters = new ArrayList<>();
            for (BsonValue filter : arrayFilters) {
                filters.add(filter.asDocument());
            }
            options.arrayFilters(filters);
        }
        BsonDocument filter = matching.filterDocument();
        return DriverErrors.write("update on " + objects.meta.collection(), () -> (update.isArray()
                ? objects.collection().updateMany(filter, stages(update.asArray()), options)
                : objects.collection().updateMany(filter, update.asDocument(), options)).getMatchedCount());
    }

    /**
     * Runs the delete {@code command} ({@code {delete, deletes: [{q, limit: 0}]}}) on {@code objects}
     * as {@link QuerySet#delete()} does, with what the relations to the deleted documents ask for.
     */
    public static <T> Deleted delete(QuerySet<T> objects, BsonDocument command) {
        BsonDocument statement = command.getArray("deletes").get(0).asDocument();
        return find(objects, new BsonDocument("filter", statement.getDocument("q"))).delete();
    }

    /** The one result of {@code query}, or none; {@link io.djongo.MultipleObjectsReturned} when it has several. */
    public static <T> java.util.Optional<T> optional(QuerySet<T> query) {
        try {
            return java.util.Optional.of(query.get());
        } catch (io.djongo.DoesNotExist e) {
            return java.util.Optional.empty();
        }
    }

    /** The column {@code name} of {@code row}, as the type the generated code declares (it was read with that field's codec). */
    @SuppressWarnings("unchecked") // the column was decoded with the codec of the field the component names
    public static <V> V column(Row<?> row, String name) {
        return (V) row.get(name);
    }

    /** The column {@code name} of {@code row}, or {@code otherwise} when the document has no value there (a primitive component). */
    public static <V> V column(Row<?> row, String name, V otherwise) {
        V value = column(row, name);
        return value == null ? otherwise : value;
    }

    /** Runs the pipeline of the aggregate {@code command} on the collection of {@code objects}; the documents as they come. */
    public static List<BsonDocument> aggregate(QuerySet<?> objects, BsonDocument command) {
        List<BsonDocument> pipeline = stages(command.getArray("pipeline"));
        return DriverErrors.call("aggregate on " + objects.meta.collection(),
                () -> objects.batched(objects.bsonCollection().aggregate(pipeline)).into(new ArrayList<>()));
    }

    /** Runs the aggregate {@code command} and reads its results as instances of the model. */
    public static <T> List<T> models(QuerySet<T> objects, BsonDocument command) {
        return objects.rawAggregate(stages(command.getArray("pipeline")));
    }

    /** {@code documents} read with {@code codec}, an embedded model's: a {@link io.djongo.DecodingException} names what does not fit. */
    @SuppressWarnings("unchecked") // read with codec, a ValueCodec<V>
    public static <V> List<V> decode(List<BsonDocument> documents, io.djongo.codec.ValueCodec<V> codec) {
        List<V> values = new ArrayList<>(documents.size());
        for (BsonDocument document : documents) {
            values.add((V) Documents.read(codec, document, codec.getEncoderClass().getSimpleName(), ""));
        }
        return values;
    }

    /**
     * The value under {@code key} of an aggregation's result, read with {@code codec}; a value that
     * does not fit is a {@link io.djongo.DecodingException} naming the key.
     */
    @SuppressWarnings("unchecked") // read with codec, a ValueCodec<V>
    public static <V> V read(BsonDocument document, String key, io.djongo.codec.ValueCodec<V> codec) {
        return (V) Documents.read(codec, document.get(key), "the aggregation's result", key);
    }

    /** The value under {@code key}, or {@code otherwise} when the result has none (a primitive component). */
    public static <V> V read(BsonDocument document, String key, io.djongo.codec.ValueCodec<V> codec, V otherwise) {
        V value = read(document, key, codec);
        return value == null ? otherwise : value;
    }

    /** {@code documents} as driver {@link org.bson.Document}s. */
    public static List<org.bson.Document> documents(List<BsonDocument> documents) {
        org.bson.codecs.DocumentCodec codec = new org.bson.codecs.DocumentCodec();
        List<org.bson.Document> converted = new ArrayList<>(documents.size());
        for (BsonDocument document : documents) {
            converted.add(codec.decode(new org.bson.BsonDocumentReader(document),
                    org.bson.codecs.DecoderContext.builder().build()));
        }
        return converted;
    }

    /** The first of {@code values}, if any. */
    public static <V> java.util.Optional<V> first(List<V> values) {
        return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.ofNullable(values.get(0));
    }

    /** The stages of a pipeline, as the driver takes them. */
    public static List<BsonDocument> stages(BsonArray pipeline) {
        List<BsonDocument> stages = new ArrayList<>(pipeline.size());
        for (BsonValue stage : pipeline) {
            stages.add(stage.asDocument());
        }
        return stages;
    }

    /**
     * {@code value} with every regular-expression metacharacter escaped, as the pattern lookups
     * ({@code startswith}, {@code contains}, ...) match it: literally.
     */
    public static String escape(String value, String lookup) {
        return StringPath.escape(value, lookup);
    }
}
