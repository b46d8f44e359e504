package io.djongo.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * One part of a date field: {@code Entry_.pubDate.year().gte(2020)}. Years become ranges on the
 * field; other parts are computed with {@code $expr}, since no range expresses "every March".
 */
public final class DatePartPath<R> implements OrderedPath<R, Integer> {
    /** The parts, with the aggregation operator that computes each. */
    public enum Part {
        YEAR("$year"), MONTH("$month"), DAY("$dayOfMonth"), WEEK_DAY("$dayOfWeek"), HOUR("$hour"), MINUTE("$minute");

        private final String operator;

        Part(String operator) {
            this.operator = operator;
        }
    }

    private final String field;
    private final Part part;

    DatePartPath(String field, Part part) {
        this.field = field;
        this.part = Objects.requireNonNull(part, "part");
    }

    @Override
    public Filter<R> eq(Integer value) {
        Objects.requireNonNull(value, "value");
        return part == Part.YEAR ? years().range(january(value), december(value)) : expr("$eq", value);
    }

    public Filter<R> ne(Integer value) {
        return part == Part.YEAR ? eq(value).not() : expr("$ne", value);
    }

    @Override
    public Filter<R> gt(Integer value) {
        return part == Part.YEAR ? years().gte(january(value + 1)) : expr("$gt", value);
    }

    @Override
    public Filter<R> gte(Integer value) {
        return part == Part.YEAR ? years().gte(january(value)) : expr("$gte", value);
    }

    @Override
    public Filter<R> lt(Integer value) {
        return part == Part.YEAR ? years().lt(january(value)) : dated(expr("$lt", value));
    }

    @Override
    public Filter<R> lte(Integer value) {
        return part == Part.YEAR ? years().lt(january(value + 1)) : dated(expr("$lte", value));
    }

    /** From {@code from} to {@code to}, both included. */
    @Override
    public Filter<R> range(Integer from, Integer to) {
        // gte already rules out documents without a date
        return part == Part.YEAR ? years().range(january(from), december(to)) : gte(from).and(expr("$lte", to));
    }

    @Override
    public Filter<R> in(Collection<? extends Integer> values) {
        if (part == Part.YEAR) {
            List<Filter<R>> years = new ArrayList<>();
            for (int year : values) {
                years.add(eq(year));
            }
            return Filters.or(years);
        }
        BsonArray array = new BsonArray();
        for (int value : values) {
            array.add(new BsonInt32(value));
        }
        return Filters.expr("$in", computed(), array);
    }

    public Filter<R> in(Integer... values) {
        return in(Arrays.asList(values));
    }

    private BsonValue computed() {
        return new BsonDocument(part.operator, new BsonString("$" + field));
    }

    /**
     * {@code compared} on documents that have a date: the part of a null or missing date is null,
     * which {@code $expr} orders below every number, while in Django NULL satisfies no comparison.
     */
    private Filter<R> dated(Filter<R> compared) {
        return Filters.and(List.of(Filters.operator(field, "$ne", BsonNull.VALUE), compared));
    }

    private Filter<R> expr(String operator, int value) {
        return Filters.expr(operator, computed(), new BsonInt32(value));
    }

    /**
     * Whole years as calendar days: the same ranges on the field as {@code date()}, so the day
     * boundaries are computed in one place.
     */
    private DateOnlyPath<R> years() {
        return new DateOnlyPath<>(field);
    }

    private static LocalDate january(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate december(int year) {
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() {
        return field + "__" + part.name().toLowerCase(java.util.Locale.ROOT);
    }
}
