package io.djongo.query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;

/**
 * The calendar date (UTC) of a date field, as Django's {@code __date}: every comparison is a
 * range on the field itself, so an index on the field serves it.
 */
public final class DateOnlyPath<R> {
    private final String field;

    DateOnlyPath(String field) {
        this.field = field;
    }

    public Filter<R> eq(LocalDate date) {
        return between(start(date), start(date.plusDays(1)));
    }

    public Filter<R> ne(LocalDate date) {
        return eq(date).not();
    }

    public Filter<R> gt(LocalDate date) {
        return Filters.operator(field, "$gte", start(date.plusDays(1)));
    }

    public Filter<R> gte(LocalDate date) {
        return Filters.operator(field, "$gte", start(date));
    }

    public Filter<R> lt(LocalDate date) {
        return Filters.operator(field, "$lt", start(date));
    }

    public Filter<R> lte(LocalDate date) {
        return Filters.operator(field, "$lt", start(date.plusDays(1)));
    }

    /** From {@code from} to {@code to}, both days included. */
    public Filter<R> range(LocalDate from, LocalDate to) {
        return between(start(from), start(to.plusDays(1)));
    }

    private Filter<R> between(BsonDateTime from, BsonDateTime until) {
        return Filters.field(field, new BsonDocument("$gte", from).append("$lt", until));
    }

    private static BsonDateTime start(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new BsonDateTime(date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
    }

    @Override
    public String toString() {
        return field + "__date";
    }
}
