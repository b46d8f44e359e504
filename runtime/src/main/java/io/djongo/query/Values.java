package io.djongo.query;

import io.djongo.DriverErrors;
import io.djongo.codec.ValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The values of some fields over a query (Django's {@code values()}): rows of columns, read with
 * {@link #list()}; with {@link #annotate}, one row per distinct combination of those values,
 * with summaries of each group (Django's {@code values(...).annotate(...)}, a {@code $group}).
 *
 * @param <T> the model
 */
public final class Values<T> {
    /** One column: its key in the row, the BSON path it reads, and the codec that reads it. */
    record Column(String key, String path, ValueCodec<?> codec) {}

    private final QuerySet<T> source;
    private final List<Column> columns;
    private final List<Aggregation<T, ?>> aggregations;

    Values(QuerySet<T> source, List<Column> columns) {
        this(source, columns, List.of());
    }

    private Values(QuerySet<T> source, List<Column> columns, List<Aggregation<T, ?>> aggregations) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.aggregations = List.copyOf(aggregations);
    }

    /**
     * Groups the query by these columns and adds {@code aggregations} of each group:
     * {@code values(Entry_.blog.name).annotate(Aggregation.count(), Aggregation.avg(Entry_.rating))}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Values<T> annotate(Aggregation<T, ?>... aggregations) {
        List<Aggregation<T, ?>> all = new ArrayList<>(this.aggregations);
        all.addAll(List.of(aggregations));
        return new Values<>(source, columns, all);
    }

    /** The rows, in the query's order; grouped rows are ordered by their column values. */
    public List<Row<T>> list() {
        return aggregations.isEmpty() ? plain() : grouped();
    }

    List<Row<T>> annotateAll(List<Aggregation<T, ?>> more) {
        List<Aggregation<T, ?>> all = new ArrayList<>(aggregations);
        all.addAll(more);
        return new Values<>(source, columns, all).grouped();
    }

    private List<Row<T>> plain() {
        List<String> paths = new ArrayList<>();
        for (Column column : columns) {
            paths.add(column.path());
        }
        List<Row<T>> rows = new ArrayList<>();
        for (BsonDocument document : source.projected(paths)) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column column : columns) {
                row.put(column.key(), Documents.read(column.codec(), Documents.valueAt(document, column.path()),
                        source.meta.name(), column.path()));
            }
            rows.add(new Row<>(row));
        }
        return rows;
    }

    private List<Row<T>> grouped() {
        if (source.query.empty()) {
            return List.of();
        }
        List<BsonDocument> pipeline = pipeline();
        List<BsonDocument> documents = DriverErrors.call("aggregate on " + source.meta.collection(),
                () -> source.bsonCollection().aggregate(pipeline).into(new ArrayList<>()));
        List<Row<T>> rows = new ArrayList<>();
        for (BsonDocument document : documents) {
            Map<String, Object> row = new LinkedHashMap<>();
            BsonValue id = document.get("_id");
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                BsonValue value = id != null && id.isDocument() ? id.asDocument().get("k" + i) : null;
                row.put(column.key(), Documents.read(column.codec(), value, source.meta.name(), column.path()));
            }
            for (Aggregation<T, ?> aggregation : aggregations) {
                row.put(aggregation.name(), Documents.read(aggregation.codec(), document.get(aggregation.name()),
                        source.meta.name(), aggregation.name()));
            }
            rows.add(new Row<>(row));
        }
        return rows;
    }

    /** The aggregation pipeline of grouped values: the query's rows (sliced in its order), group, order by the group. */
    List<BsonDocument> pipeline() {
        Query<T> query = source.query;
        List<BsonDocument> stages = Pipeline.rows(source, Pipeline.SUBQUERY_PREFIX, -1, new ArrayList<>(), query.sliced());
        BsonValue key = BsonNull.VALUE;
        if (!columns.isEmpty()) {
            BsonDocument keys = new BsonDocument();
            for (int i = 0; i < columns.size(); i++) {
                keys.append("k" + i, new BsonString("$" + columns.get(i).path()));
            }
            key = keys;
        }
        BsonDocument group = new BsonDocument("_id", key);
        for (Aggregation<T, ?> aggregation : aggregations) {
            group.append(aggregation.name(), aggregation.accumulator());
        }
        stages.add(new BsonDocument("$group", group));
        if (!columns.isEmpty()) {
            stages.add(new BsonDocument("$sort", new BsonDocument("_id", new BsonInt32(1))));
        }
        return stages;
    }

    /**
     * What is sent: the {@code find} command with its projection, or, once annotated,
     * {@code {"aggregate": "entry", "pipeline": [...]}}.
     */
    public BsonDocument toBson() {
        if (aggregations.isEmpty()) {
            BsonDocument command = source.toBson();
            BsonDocument projection = new BsonDocument();
            for (Column column : columns) {
                projection.append(column.path(), new BsonInt32(1));
            }
            command.put("projection", projection);
            return command;
        }
        return new BsonDocument("aggregate", new BsonString(source.meta.collection()))
                .append("pipeline", new BsonArray(new ArrayList<>(pipeline())));
    }

    /** The result of {@code aggregate()} over no documents: counts are 0, other summaries null. */
    static <T> Row<T> emptyAggregate(List<Aggregation<T, ?>> aggregations) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Aggregation<T, ?> aggregation : aggregations) {
            row.put(aggregation.name(), aggregation.isCount() ? 0L : null);
        }
        return new Row<>(row);
    }

    @Override
    public String toString() {
        return toBson().toJson();
    }
}
