package io.djongo.query;

import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * A summary of a field over the matching documents, as Django's {@code Count}, {@code Sum},
 * {@code Avg}, {@code Min}, {@code Max} and {@code StdDev}: passed to {@link QuerySet#aggregate} or
 * {@link Values#annotate}. Its result type follows the field: {@code max(Entry_.pubDate)} is an
 * {@code Instant}, {@code avg(...)} a {@code Double}, {@code count()} a {@code Long}.
 *
 * @param <R> the model
 * @param <V> the result type
 */
public final class Aggregation<R, V> {
    /** What a distinct aggregation computes over the set of distinct values. */
    private enum OverSet { COUNT, SUM, AVG }

    private final String name;
    private final String operator;
    private final BsonValue operand;
    private final ValueCodec<V> codec;
    /** The field for {@link #distinct()}, and what is computed over its distinct values; {@code null} when not allowed. */
    private final BsonValue distinctField;
    private final OverSet overSet;
    private final boolean distinct;
    private final V defaultValue;

    private Aggregation(String name, String operator, BsonValue operand, ValueCodec<V> codec) {
        this(name, operator, operand, codec, null, null, false, null);
    }

    private Aggregation(String name, String operator, BsonValue operand, ValueCodec<V> codec, BsonValue distinctField,
            OverSet overSet, boolean distinct, V defaultValue) {
        this.name = name;
        this.operator = operator;
        this.operand = operand;
        this.codec = codec;
        this.distinctField = distinctField;
        this.overSet = overSet;
        this.distinct = distinct;
        this.defaultValue = defaultValue;
    }

    /** The number of documents: {@code count} in results. */
    public static <R> Aggregation<R, Long> count() {
        return new Aggregation<>("count", "$sum", new BsonInt32(1), ValueCodecs.LONG);
    }

    /** The number of documents where {@code path} is present and not null: {@code <field>__count}. */
    public static <R> Aggregation<R, Long> count(AbstractPath<R> path) {
        BsonDocument present = new BsonDocument("$cond", new BsonArray(List.of(
                new BsonDocument("$gt", new BsonArray(List.of(field(path), BsonNull.VALUE))),
                new BsonInt32(1), new BsonInt32(0))));
        return new Aggregation<>(name(path, "count"), "$sum", present, ValueCodecs.LONG, field(path), OverSet.COUNT, false, null);
    }

    /** The sum of a numeric field, in the field's type ({@code null} when nothing matches, as in Django). */
    public static <R, V extends Number> Aggregation<R, V> sum(NumberPath<R, V> path) {
        return new Aggregation<>(name(path, "sum"), "$sum", field(path), path.codec(), field(path), OverSet.SUM, false, null);
    }

    /** The mean of a numeric field. */
    public static <R> Aggregation<R, Double> avg(NumberPath<R, ?> path) {
        return new Aggregation<>(name(path, "avg"), "$avg", field(path), ValueCodecs.DOUBLE, field(path), OverSet.AVG, false, null);
    }

    /** The smallest value. */
    public static <R, V> Aggregation<R, V> min(ComparablePath<R, V> path) {
        return new Aggregation<>(name(path, "min"), "$min", field(path), path.codec());
    }

    /** The largest value. */
    public static <R, V> Aggregation<R, V> max(ComparablePath<R, V> path) {
        return new Aggregation<>(name(path, "max"), "$max", field(path), path.codec());
    }

    /** The population standard deviation of a numeric field ({@code $stdDevPop}). */
    public static <R> Aggregation<R, Double> stdDev(NumberPath<R, ?> path) {
        return new Aggregation<>(name(path, "stddev"), "$stdDevPop", field(path), ValueCodecs.DOUBLE);
    }

    /** The same aggregation under another result name. */
    public Aggregation<R, V> as(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.startsWith("$") || name.contains(".") || name.equals("_id")) {
            throw new IllegalArgumentException("\"" + name + "\" cannot name a result: use a plain word");
        }
        return new Aggregation<>(name, operator, operand, codec, distinctField, overSet, distinct, defaultValue);
    }

    /**
     * Over the distinct values only, as Django's {@code Count("rating", distinct=True)}: for
     * {@code count(path)}, {@code sum} and {@code avg}. The distinct values are gathered with
     * {@code $addToSet} and counted, summed or averaged after the {@code $group}.
     *
     * @throws IllegalStateException for the others, as Django's "does not allow distinct"
     */
    public Aggregation<R, V> distinct() {
        if (distinctField == null) {
            throw new IllegalStateException(name + " does not allow distinct, as in Django: only count(path), sum and avg do");
        }
        return new Aggregation<>(name, operator, operand, codec, distinctField, overSet, true, defaultValue);
    }

    /**
     * {@code value} where the result would be null: no rows, or no value to summarize (Django's
     * {@code Sum("views", default=0)}).
     *
     * @throws IllegalStateException for counts, which are never null, as Django's "does not allow default"
     */
    public Aggregation<R, V> withDefault(V value) {
        if (isCount()) {
            throw new IllegalStateException(name + " does not allow a default, as in Django: a count is never null");
        }
        return new Aggregation<>(name, operator, operand, codec, distinctField, overSet, distinct,
                Objects.requireNonNull(value, "withDefault(): value is null"));
    }

    /** The result where the server gives {@code value}: the default where it is null. */
    Object orDefault(Object value) {
        return value == null ? defaultValue : value;
    }

    /** The key of the result, as Django names it: {@code rating__avg}, or the name given to {@link #as}. */
    public String name() {
        return name;
    }

    /** Whether this counts documents, so that it is 0 rather than null over nothing. */
    boolean isCount() {
        return overSet == OverSet.COUNT || (operator.equals("$sum") && operand.isInt32());
    }

    ValueCodec<V> codec() {
        return codec;
    }

    /** The accumulator of a {@code $group} stage: {@code {"$avg": "$rating"}}, or the set of distinct values. */
    BsonDocument accumulator() {
        return distinct ? new BsonDocument("$addToSet", distinctField) : new BsonDocument(operator, operand);
    }

    /**
     * What turns the {@code $addToSet} of a distinct aggregation into its result, for an
     * {@code $addFields} after the {@code $group}; {@code null} when not distinct. Null values are
     * not counted, as SQL's {@code COUNT(DISTINCT x)} does not count NULL.
     */
    BsonValue afterGroup() {
        if (!distinct) {
            return null;
        }
        BsonValue set = new BsonString("$" + name);
        switch (overSet) {
            case COUNT:
                return new BsonDocument("$size", new BsonDocument("$filter", new BsonDocument("input", set)
                        .append("cond", new BsonDocument("$gt", new BsonArray(List.of(new BsonString("$$this"),
                                BsonNull.VALUE))))));
            case SUM:
                return new BsonDocument("$sum", set);
            default:
                return new BsonDocument("$avg", set);
        }
    }

    /** The field path this aggregation reads ({@code rating}), or {@code null} for {@code count()}. */
    String fieldPath() {
        BsonValue field = distinctField != null ? distinctField : operand;
        return field.isString() ? field.asString().getValue().substring(1) : null;
    }

    /**
     * This aggregation computed here over the {@code values} of its field in one group (one per
     * document; {@code null} or missing as BSON null), as the server's accumulator computes it:
     * for rows grouped by a related field on a server that cannot join.
     */
    BsonValue computeOver(List<BsonValue> values) {
        List<BsonValue> present = new ArrayList<>();
        for (BsonValue value : values) {
            if (value != null && !value.isNull()) {
                present.add(value);
            }
        }
        if (distinct) {
            present = new ArrayList<>(new LinkedHashSet<>(present));
            return overSet == OverSet.COUNT ? new BsonInt64(present.size())
                    : overSet == OverSet.SUM ? sum(present) : mean(present);
        }
        if (fieldPath() == null) {
            return new BsonInt64(values.size());
        }
        if (overSet == OverSet.COUNT) {
            return new BsonInt64(present.size());
        }
        switch (operator) {
            case "$sum":
                return sum(present);
            case "$avg":
                return mean(present);
            case "$min":
            case "$max": {
                BsonValue best = null;
                for (BsonValue value : present) {
                    int compared = best == null ? 0 : RelatedOrdering.compare(value, best);
                    if (best == null || (operator.equals("$min") ? compared < 0 : compared > 0)) {
                        best = value;
                    }
                }
                return best == null ? BsonNull.VALUE : best;
            }
            default: { // $stdDevPop
                List<Double> numbers = numbers(present);
                if (numbers.isEmpty()) {
                    return BsonNull.VALUE;
                }
                double mean = numbers.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                double squares = numbers.stream().mapToDouble(n -> (n - mean) * (n - mean)).sum();
                return new BsonDouble(Math.sqrt(squares / numbers.size()));
            }
        }
    }

    private static List<Double> numbers(List<BsonValue> values) {
        List<Double> numbers = new ArrayList<>();
        for (BsonValue value : values) {
            if (value.isNumber() || value.isDecimal128()) {
                numbers.add(value.isDecimal128() ? value.asDecimal128().doubleValue() : value.asNumber().doubleValue());
            }
        }
        return numbers;
    }

    /** {@code $sum}: non-numbers ignored; an int while it fits, then a long, a double if any is one. */
    private static BsonValue sum(List<BsonValue> values) {
        long whole = 0;
        double real = 0;
        boolean anyReal = false;
        boolean anyLong = false;
        for (BsonValue value : values) {
            if (value.isInt32() || value.isInt64()) {
                anyLong |= value.isInt64();
                whole += value.asNumber().longValue();
            } else if (value.isDouble() || value.isDecimal128()) {
                anyReal = true;
                real += value.isDouble() ? value.asDouble().getValue() : value.asDecimal128().doubleValue();
            }
        }
        if (anyReal) {
            return new BsonDouble(real + whole);
        }
        return !anyLong && whole == (int) whole ? new BsonInt32((int) whole) : new BsonInt64(whole);
    }

    private static BsonValue mean(List<BsonValue> values) {
        List<Double> numbers = numbers(values);
        return numbers.isEmpty() ? BsonNull.VALUE
                : new BsonDouble(numbers.stream().mapToDouble(Double::doubleValue).sum() / numbers.size());
    }

    private static BsonValue field(AbstractPath<?> path) {
        return new BsonString("$" + path.bsonPath());
    }

    private static String name(AbstractPath<?> path, String function) {
        return path.bsonPath().replace('.', '_') + "__" + function;
    }

    @Override
    public String toString() {
        return name + ": " + accumulator().toJson();
    }
}
