package io.djongo.query;

import io.djongo.EncodingException;
import io.djongo.FieldError;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
 * One part of a date field: {@code Entry_.pubDate.year().gte(2020)}. Years and ISO years become
 * ranges on the field, as Django compiles them, so an index on the field serves them; other parts
 * are computed with {@code $expr}, since no range expresses "every March".
 */
public final class DatePartPath<R> implements OrderedPath<R, Integer> {
    /** The parts, with the aggregation operator that computes each ({@code null} for the ranged ones). */
    public enum Part {
        YEAR(null), MONTH("$month"), DAY("$dayOfMonth"), WEEK_DAY("$dayOfWeek"), HOUR("$hour"), MINUTE("$minute"),
        /** The second, 0 to 59. */
        SECOND("$second"),
        /** The quarter of the year, 1 to 4: months 1-3 are quarter 1. */
        QUARTER(null),
        /** The ISO-8601 week number, 1 to 53 (Django's {@code week}): weeks start on Monday. */
        WEEK("$isoWeek"),
        /** The ISO-8601 week-numbering year (Django's {@code iso_year}), as a range on the field. */
        ISO_YEAR(null),
        /** The ISO-8601 day of the week, 1 (Monday) to 7 (Sunday). */
        ISO_WEEK_DAY("$isoDayOfWeek");

        private final String operator;

        Part(String operator) {
            this.operator = operator;
        }

        private boolean ranged() {
            return this == YEAR || this == ISO_YEAR;
        }
    }

    /** The years a BSON date can hold whole: milliseconds in 64 bits reach about 292 million years from 1970. */
    private static final int MAX_YEAR = 292_000_000;

    private final String field;
    private final Part part;

    DatePartPath(String field, Part part) {
        this.field = field;
        this.part = Objects.requireNonNull(part, "part");
    }

    @Override
    public Filter<R> eq(Integer value) {
        Objects.requireNonNull(value, "value");
        return part.ranged() ? days().range(firstDay(value), firstDay(value + 1L).minusDays(1)) : expr("$eq", value);
    }

    public Filter<R> ne(Integer value) {
        Objects.requireNonNull(value, "value");
        return part.ranged() ? eq(value).not() : expr("$ne", value);
    }

    @Override
    public Filter<R> gt(Integer value) {
        Objects.requireNonNull(value, "value");
        return part.ranged() ? days().gte(firstDay(value + 1L)) : expr("$gt", value);
    }

    @Override
    public Filter<R> gte(Integer value) {
        Objects.requireNonNull(value, "value");
        return part.ranged() ? days().gte(firstDay(value)) : expr("$gte", value);
    }

    @Override
    public Filter<R> lt(Integer value) {
        Objects.requireNonNull(value, "value");
        return part.ranged() ? days().lt(firstDay(value)) : dated(expr("$lt", value));
    }

    @Override
    public Filter<R> lte(Integer value) {
        Objects.requireNonNull(value, "value");
        return part.ranged() ? days().lt(firstDay(value + 1L)) : dated(expr("$lte", value));
    }

    /** From {@code from} to {@code to}, both included. */
    @Override
    public Filter<R> range(Integer from, Integer to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        // gte already rules out documents without a date
        return part.ranged() ? days().range(firstDay(from), firstDay(to + 1L).minusDays(1)) : gte(from).and(expr("$lte", to));
    }

    /** Equal to one of {@code values}; nulls are left out, as for every {@code in}. */
    @Override
    public Filter<R> in(Collection<? extends Integer> values) {
        if (part.ranged()) {
            List<Filter<R>> years = new ArrayList<>();
            for (int year : Path.withoutNulls(values)) {
                years.add(eq(year));
            }
            return Filters.or(years);
        }
        BsonArray array = new BsonArray();
        for (int value : Path.withoutNulls(values)) {
            array.add(new BsonInt32(value));
        }
        return Filters.expr("$in", computed(), array);
    }

    public Filter<R> in(Integer... values) {
        return in(Arrays.asList(values));
    }

    /** The part computed from the field, as an aggregation expression. */
    BsonValue computed() {
        BsonValue date = new BsonString("$" + field);
        if (part == Part.QUARTER) {
            // an int, as every other part: $ceil of a $divide is a double, which $in would not find among ints
            return new BsonDocument("$toInt", new BsonDocument("$ceil", new BsonDocument("$divide", new BsonArray(List.of(
                    new BsonDocument("$month", date), new BsonInt32(3))))));
        }
        if (part.ranged()) {
            return new BsonDocument(part == Part.YEAR ? "$year" : "$isoWeekYear", date);
        }
        return new BsonDocument(part.operator, date);
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
    private DateOnlyPath<R> days() {
        return new DateOnlyPath<>(field);
    }

    /**
     * The first day of {@code year}: January 1, or for ISO years the Monday of the week holding
     * January 4 (ISO-8601's week 1). A year beyond what a BSON date holds is a {@link FieldError}.
     */
    private LocalDate firstDay(long year) {
        if (year < -MAX_YEAR || year > MAX_YEAR + 1L) {
            throw new FieldError("the year " + year + " is beyond the dates MongoDB can store; years go from -" + MAX_YEAR
                    + " to " + MAX_YEAR);
        }
        try {
            LocalDate january = LocalDate.of((int) year, 1, part == Part.ISO_YEAR ? 4 : 1);
            return part == Part.ISO_YEAR ? january.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : january;
        } catch (DateTimeException | EncodingException e) {
            throw new FieldError("the year " + year + " is beyond the dates MongoDB can store");
        }
    }

    @Override
    public String toString() {
        return field + "__" + part.name().toLowerCase(java.util.Locale.ROOT);
    }
}
