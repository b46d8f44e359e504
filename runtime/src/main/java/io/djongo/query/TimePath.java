package io.djongo.query;

import java.time.LocalTime;
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
 * The time of day (UTC) of a date field, as Django's {@code __time}: {@code Entry_.pubDate.time().lt(LocalTime.NOON)}.
 * Compared as milliseconds since midnight, computed with {@code $expr} from the stored milliseconds,
 * so it is exact to the millisecond a date holds.
 */
public final class TimePath<R> implements OrderedPath<R, LocalTime> {
    private static final int DAY = 86_400_000;

    private final String field;

    TimePath(String field) {
        this.field = field;
    }

    @Override
    public Filter<R> eq(LocalTime time) {
        return expr("$eq", time);
    }

    @Override
    public Filter<R> gt(LocalTime time) {
        return expr("$gt", time);
    }

    @Override
    public Filter<R> gte(LocalTime time) {
        return expr("$gte", time);
    }

    @Override
    public Filter<R> lt(LocalTime time) {
        return dated(expr("$lt", time));
    }

    @Override
    public Filter<R> lte(LocalTime time) {
        return dated(expr("$lte", time));
    }

    /** From {@code from} to {@code to}, both included. */
    @Override
    public Filter<R> range(LocalTime from, LocalTime to) {
        return gte(from).and(expr("$lte", to));
    }

    @Override
    public Filter<R> in(Collection<? extends LocalTime> times) {
        BsonArray array = new BsonArray();
        for (LocalTime time : Path.withoutNulls(times)) {
            array.add(millis(time));
        }
        return Filters.expr("$in", computed(), array);
    }

    public Filter<R> in(LocalTime... times) {
        return in(Arrays.asList(times));
    }

    /**
     * Milliseconds since midnight UTC: the stored milliseconds modulo a day, made positive for
     * dates before 1970 (whose remainder is negative).
     */
    BsonValue computed() {
        BsonValue day = new BsonInt32(DAY);
        BsonDocument remainder = new BsonDocument("$mod", new BsonArray(List.of(
                new BsonDocument("$toLong", new BsonString("$" + field)), day)));
        return new BsonDocument("$mod", new BsonArray(List.of(new BsonDocument("$add", new BsonArray(List.of(remainder, day))), day)));
    }

    private Filter<R> expr(String operator, LocalTime time) {
        return Filters.expr(operator, computed(), millis(time));
    }

    /** See {@link DatePartPath}: a missing date has no time, so it is not before any time. */
    private Filter<R> dated(Filter<R> compared) {
        List<Filter<R>> both = new ArrayList<>(List.of(Filters.operator(field, "$ne", BsonNull.VALUE), compared));
        return Filters.and(both);
    }

    private static BsonInt32 millis(LocalTime time) {
        Objects.requireNonNull(time, "time");
        if (time.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("the time " + time + " is finer than a millisecond, which stored dates "
                    + "cannot be; truncate it with time.truncatedTo(ChronoUnit.MILLIS)");
        }
        return new BsonInt32((int) (time.toNanoOfDay() / 1_000_000));
    }

    @Override
    public String toString() {
        return field + "__time";
    }
}
