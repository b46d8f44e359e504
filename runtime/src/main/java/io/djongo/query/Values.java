package io.djongo.query;

import io.djongo.DriverErrors;
import io.djongo.FieldError;
import io.djongo.codec.ValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    /**
     * One column: its key in the row, the BSON path it reads, and the codec that reads it; or, for a
     * computed column ({@link #annotate(String, F)}), the expression it computes, read as plain Java
     * values; or, for a field of a related object ({@code "blog__name"}), the references that reach
     * it, joined into the helper field {@code path}.
     */
    record Column(String key, String path, ValueCodec<?> codec, BsonValue expression, Sort.Related related) {
        Column(String key, String path, ValueCodec<?> codec) {
            this(key, path, codec, null, null);
        }

        /** What the column reads in an aggregation: {@code "$path"} or the expression. */
        BsonValue source() {
            return expression != null ? expression : new BsonString("$" + path);
        }
    }

    private final QuerySet<T> source;
    private final List<Column> columns;
    private final List<Aggregation<T, ?>> aggregations;
    /** The names of the rows' columns, shared by every row, and where each column goes in a row. */
    private final List<String> keys;
    private final int[] positions;

    Values(QuerySet<T> source, List<Column> columns) {
        this(source, columns, List.of());
    }

    private Values(QuerySet<T> source, List<Column> columns, List<Aggregation<T, ?>> aggregations) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.aggregations = List.copyOf(aggregations);
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            names.add(column.key());
        }
        this.positions = new int[names.size()];
        this.keys = Row.distinct(names, positions);
    }

    /** These values of one stored field as the subquery of an {@code __in} lookup. */
    Subquery<?> subquery(String lookup) {
        if (columns.size() == 1 && columns.get(0).related() != null) {
            throw new FieldError(lookup + ": values(\"" + columns.get(0).key() + "\") reads a related object's field; "
                    + "use a query of that model as the value: Blog_.objects().filter(...).values(\"name\")");
        }
        if (columns.size() != 1 || !aggregations.isEmpty() || columns.get(0).expression() != null) {
            List<String> keys = new ArrayList<>();
            for (Column column : columns) {
                keys.add(column.key());
            }
            throw new FieldError(lookup + ": a values() query used as the value of __in must select exactly one stored "
                    + "field, without annotate(); it selects " + keys + ". Use values(\"name\") of the one field to compare");
        }
        return new Subquery<>(source, columns.get(0).path());
    }

    /**
     * Groups the query by these columns and adds {@code aggregations} of each group:
     * {@code values(Entry_.blog.name).annotate(Aggregation.count(), Aggregation.avg(Entry_.rating))}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final Values<T> annotate(Aggregation<T, ?>... aggregations) {
        List<Aggregation<T, ?>> all = new ArrayList<>(this.aggregations);
        all.addAll(Filters.nonNull("annotate", aggregations));
        return new Values<>(source, columns, all);
    }

    /**
     * Adds a column computed per document by {@code expression}, as Django's {@code values(...)
     * .annotate(label=Case(...))} with an expression that is not an aggregate:
     * {@code values(Entry_.headline).annotate("label", Case.of(When.of(Entry_.rating.gte(4), Value.of("good"))).end())}.
     * Its values are read as plain Java values (text, numbers, booleans, {@code Instant}s, ...). With
     * aggregations, the rows are grouped by it too. The query then runs as an aggregation.
     */
    public Values<T> annotate(String name, F<T> expression) {
        Objects.requireNonNull(name, "annotate(): name is null");
        Objects.requireNonNull(expression, "annotate(): expression is null");
        if (name.isEmpty() || name.startsWith("$") || name.contains(".") || name.equals("_id")) {
            throw new IllegalArgumentException("\"" + name + "\" cannot name a column: use a plain word");
        }
        List<Column> all = new ArrayList<>(columns);
        all.add(new Column(name, name, null, expression.expression(), null));
        return new Values<>(source, all, aggregations);
    }

    /** The rows, in the query's order; grouped rows are ordered by their column values. */
    public List<Row<T>> list() {
        if (!readFirst()) {
            try (Stream<Row<T>> rows = stream()) {
                return rows.collect(Collectors.toCollection(ArrayList::new));
            }
        }
        return aggregations.isEmpty() ? relatedRows() : grouped();
    }

    /**
     * The rows one by one, in the query's order, read from a server cursor as the stream is
     * consumed and not kept: close the stream (try-with-resources) to close the cursor. Grouped
     * rows, and rows with related columns on a server that cannot join, are read at once first,
     * since no row is known before all are read.
     */
    public Stream<Row<T>> stream() {
        if (readFirst()) {
            return list().stream();
        }
        if (computed() || related()) {
            return QueryCursor.stream(computedCursor()).map(document -> row(column -> column.expression() != null
                    ? document.get(column.key()) : Documents.valueAt(document, column.path())));
        }
        List<String> paths = new ArrayList<>();
        for (Column column : columns) {
            paths.add(column.path());
        }
        return QueryCursor.stream(source.projectedCursor(paths))
                .map(document -> row(column -> Documents.valueAt(document, column.path())));
    }

    /** Whether the rows are all read before the first one is known: grouped, or related columns joined here. */
    private boolean readFirst() {
        return !aggregations.isEmpty() || (related() && !source.connection().supportsLookupPipelines());
    }

    /** The row of the columns' values, each read from what {@code value} finds for it. */
    private Row<T> row(java.util.function.Function<Column, BsonValue> value) {
        Object[] row = new Object[keys.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            row[positions[i]] = read(column, value.apply(column));
        }
        return new Row<>(keys, row);
    }

    List<Row<T>> annotateAll(List<Aggregation<T, ?>> more) {
        List<Aggregation<T, ?>> all = new ArrayList<>(aggregations);
        all.addAll(more);
        return new Values<>(source, columns, all).grouped();
    }

    private List<Row<T>> grouped() {
        if (source.query.empty()) {
            return List.of();
        }
        if (related() && !source.connection().supportsLookupPipelines()) {
            return groupedHere();
        }
        List<BsonDocument> pipeline = pipeline();
        List<BsonDocument> documents = DriverErrors.call("aggregate on " + source.meta.collection(),
                () -> source.batched(source.bsonCollection().aggregate(pipeline)).into(new ArrayList<>()));
        List<Row<T>> rows = new ArrayList<>();
        for (BsonDocument document : documents) {
            Map<String, Object> row = new LinkedHashMap<>();
            BsonValue id = document.get("_id");
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                BsonValue value = id != null && id.isDocument() ? id.asDocument().get("k" + i) : null;
                row.put(column.key(), read(column, value));
            }
            for (Aggregation<T, ?> aggregation : aggregations) {
                row.put(aggregation.name(), aggregation.orDefault(Documents.read(aggregation.codec(),
                        document.get(aggregation.name()), source.meta.name(), aggregation.name())));
            }
            rows.add(new Row<>(row));
        }
        return rows;
    }

    /** The aggregation pipeline of grouped values: the query's rows (sliced in its order), group, order by the group. */
    List<BsonDocument> pipeline() {
        Query<T> query = source.query;
        List<BsonDocument> stages = Pipeline.rows(source, Pipeline.SUBQUERY_PREFIX, -1, new ArrayList<>(), query.sliced());
        stages.addAll(relatedStages());
        BsonValue key = BsonNull.VALUE;
        if (!columns.isEmpty()) {
            BsonDocument keys = new BsonDocument();
            for (int i = 0; i < columns.size(); i++) {
                keys.append("k" + i, columns.get(i).source());
            }
            key = keys;
        }
        BsonDocument group = new BsonDocument("_id", key);
        for (Aggregation<T, ?> aggregation : aggregations) {
            group.append(aggregation.name(), aggregation.accumulator());
        }
        stages.add(new BsonDocument("$group", group));
        BsonDocument distinct = new BsonDocument();
        for (Aggregation<T, ?> aggregation : aggregations) {
            if (aggregation.afterGroup() != null) {
                distinct.append(aggregation.name(), aggregation.afterGroup());
            }
        }
        if (!distinct.isEmpty()) {
            stages.add(new BsonDocument("$addFields", distinct));
        }
        if (!columns.isEmpty()) {
            stages.add(new BsonDocument("$sort", new BsonDocument("_id", new BsonInt32(1))));
        }
        return stages;
    }

    private boolean computed() {
        return columns.stream().anyMatch(column -> column.expression() != null);
    }

    /** Whether a column is a field of a related object. */
    private boolean related() {
        return columns.stream().anyMatch(column -> column.related() != null);
    }

    /** The {@code $lookup}s and the {@code $addFields} that put each related column into its helper field. */
    private List<BsonDocument> relatedStages() {
        List<BsonDocument> stages = new ArrayList<>();
        BsonDocument fields = new BsonDocument();
        for (Column column : columns) {
            if (column.related() != null) {
                fields.append(column.path(), Pipeline.related(column.related(), column.path(), stages));
            }
        }
        if (!fields.isEmpty()) {
            stages.add(new BsonDocument("$addFields", fields));
        }
        return stages;
    }

    /**
     * The rows with related columns on a server that cannot join: the query's rows with their
     * own fields and the references, then the related values read with one query per reference
     * followed, in the rows' order.
     */
    private List<Row<T>> relatedRows() {
        List<BsonDocument> documents = documentsWithRelated(List.of());
        List<Row<T>> rows = new ArrayList<>();
        for (BsonDocument document : documents) {
            rows.add(row(column -> Documents.valueAt(document, column.path())));
        }
        return rows;
    }

    /** The query's rows with the columns' stored fields and {@code more} paths, each related column put in its helper field. */
    private List<BsonDocument> documentsWithRelated(List<String> more) {
        List<String> paths = new ArrayList<>(more);
        for (Column column : columns) {
            String path = column.related() != null ? column.related().steps().get(0).reference() : column.path();
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        List<BsonDocument> documents = source.projected(paths);
        for (Column column : columns) {
            if (column.related() != null) {
                List<BsonValue> values = RelatedOrdering.related(source, column.related(), documents);
                for (int i = 0; i < documents.size(); i++) {
                    documents.get(i).put(column.path(), values.get(i));
                }
            }
        }
        return documents;
    }

    /**
     * Grouped rows by a related column on a server that cannot join: the rows are read with the
     * fields the aggregations need, grouped here, and each aggregation computed as the server's
     * accumulator would; the groups in the order of their column values.
     */
    private List<Row<T>> groupedHere() {
        List<String> fields = new ArrayList<>();
        for (Aggregation<T, ?> aggregation : aggregations) {
            if (aggregation.fieldPath() != null && !fields.contains(aggregation.fieldPath())) {
                fields.add(aggregation.fieldPath());
            }
        }
        Map<BsonArray, List<BsonDocument>> groups = new LinkedHashMap<>();
        for (BsonDocument document : documentsWithRelated(fields)) {
            BsonArray key = new BsonArray();
            for (Column column : columns) {
                BsonValue value = Documents.valueAt(document, column.path());
                key.add(value == null ? BsonNull.VALUE : value);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(document);
        }
        List<BsonArray> keys = new ArrayList<>(groups.keySet());
        keys.sort((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int compared = RelatedOrdering.compare(a.get(i), b.get(i));
                if (compared != 0) {
                    return compared;
                }
            }
            return 0;
        });
        List<Row<T>> rows = new ArrayList<>();
        for (BsonArray key : keys) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i).key(), read(columns.get(i), key.get(i)));
            }
            for (Aggregation<T, ?> aggregation : aggregations) {
                List<BsonValue> values = new ArrayList<>();
                for (BsonDocument document : groups.get(key)) {
                    values.add(aggregation.fieldPath() == null ? BsonNull.VALUE
                            : Documents.valueAt(document, aggregation.fieldPath()));
                }
                row.put(aggregation.name(), aggregation.orDefault(Documents.read(aggregation.codec(),
                        aggregation.computeOver(values), source.meta.name(), aggregation.name())));
            }
            rows.add(new Row<>(row));
        }
        return rows;
    }

    /** The rows with computed columns or related ones joined by the server: the query's rows in order, projected to the columns. */
    private QueryCursor<BsonDocument> computedCursor() {
        if (source.query.empty()) {
            return QueryCursor.empty();
        }
        return QueryCursor.open(source.batched(source.bsonCollection().aggregate(computedPipeline())),
                "aggregate on " + source.meta.collection());
    }

    private List<BsonDocument> computedPipeline() {
        List<BsonDocument> stages = Pipeline.rows(source, Pipeline.SUBQUERY_PREFIX, -1, new ArrayList<>(), true);
        stages.addAll(relatedStages());
        BsonDocument projection = new BsonDocument("_id", new BsonInt32(0));
        for (Column column : columns) {
            if (column.expression() != null) {
                projection.append(column.key(), column.expression());
            } else {
                projection.append(column.path(), new BsonInt32(1));
            }
        }
        stages.add(new BsonDocument("$project", projection));
        return stages;
    }

    private Object read(Column column, BsonValue value) {
        return column.expression() != null ? Documents.toJava(value)
                : Documents.read(column.codec(), value, source.meta.name(), column.path());
    }

    /**
     * What is sent: the {@code find} command with its projection, or, once annotated,
     * {@code {"aggregate": "entry", "pipeline": [...]}}.
     */
    public BsonDocument toBson() {
        if (aggregations.isEmpty() && (computed() || related())) {
            return new BsonDocument("aggregate", new BsonString(source.meta.collection()))
                    .append("pipeline", new BsonArray(new ArrayList<>(computedPipeline())));
        }
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
            row.put(aggregation.name(), aggregation.isCount() ? 0L : aggregation.orDefault(null));
        }
        return new Row<>(row);
    }

    @Override
    public String toString() {
        return toBson().toJson();
    }
}
