package io.djongo.query;

import io.djongo.EncodingException;
import io.djongo.FieldError;
import io.djongo.codec.ValueCodecs;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.bson.BsonDateTime;

/**
 * The calendar date (UTC) of a date field, as Django's {@code __date}: every comparison is a
 * range on the field itself, so an index on the field serves it.
 */
public final class DateOnlyPath<R> implements OrderedPath<R, LocalDate> {
    private final String field;

    DateOnlyPath(String field) {
        this.field = field;
    }

    @Override
    public Filter<R> eq(LocalDate date) {
        return between(start(date), start(next(date)));
    }

    public Filter<R> ne(LocalDate date) {
        return eq(date).not();
    }

    @Override
    public Filter<R> gt(LocalDate date) {
        return Filters.operator(field, "$gte", start(next(date)));
    }

    @Override
    public Filter<R> gte(LocalDate date) {
        return Filters.operator(field, "$gte", start(date));
    }

    @Override
    public Filter<R> lt(LocalDate date) {
        return Filters.operator(field, "$lt", start(date));
    }

    @Override
    public Filter<R> lte(LocalDate date) {
        return Filters.operator(field, "$lt", start(next(date)));
    }

    /** From {@code from} to {@code to}, both days included. */
    @Override
    public Filter<R> range(LocalDate from, LocalDate to) {
        return between(start(from), start(next(to)));
    }

    /** On one of {@code days}. */
    @Override
    public Filter<R> in(Collection<? extends LocalDate> days) {
        List<Filter<R>> any = new ArrayList<>();
        for (LocalDate day : Path.withoutNulls(days)) {
            any.add(eq(day));
        }
        return Filters.or(any);
    }

    private Filter<R> between(BsonDateTime from, BsonDateTime until) {
        return Filters.operators(field, "$gte", from, "$lt", until);
    }

    /**
     * Midnight UTC of {@code date}, exactly as a {@code LocalDate} field stores it; a day beyond
     * what a BSON date holds is a {@link FieldError}.
     */
    private static BsonDateTime start(LocalDate date) {
        try {
            return (BsonDateTime) ValueCodecs.LOCAL_DATE.toBsonValue(Objects.requireNonNull(date, "date"));
        } catch (EncodingException e) {
            throw new FieldError("the date " + date + " is beyond the dates MongoDB can store");
        }
    }

    private static LocalDate next(LocalDate date) {
        try {
            return Objects.requireNonNull(date, "date").plusDays(1);
        } catch (DateTimeException e) {
            throw new FieldError("the date " + date + " is beyond the dates MongoDB can store");
        }
    }

    @Override
    public String toString() {
        return field + "__date";
    }
}
