package io.djongo.query;

import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.bson.BsonDateTime;
import org.bson.BsonValue;

/**
 * Django's {@code dates()} and {@code datetimes()}: the distinct dates of a field truncated to a
 * kind (year, month, week, day, and for date-times hour, minute, second), in UTC, in order. The
 * truncation is done here, from the distinct stored values, so every server runs it the same way.
 */
final class Dates {
    static final List<String> DATE_KINDS = List.of("year", "month", "week", "day");
    static final List<String> DATETIME_KINDS = List.of("year", "month", "week", "day", "hour", "minute", "second");

    private Dates() {}

    /** The distinct truncated values of {@code stored}, ascending or descending, read with {@code codec}. */
    static List<Object> truncated(Collection<BsonValue> stored, String kind, String order, List<String> kinds,
            ValueCodec<?> codec, String model, String path) {
        String unit = kind(kind, kinds);
        boolean descending = descending(order);
        TreeSet<Long> millis = new TreeSet<>();
        for (BsonValue value : stored) {
            add(millis, value, unit, codec, model, path);
        }
        List<Object> values = new ArrayList<>();
        for (long each : descending ? millis.descendingSet() : millis) {
            values.add(Documents.read(codec, new BsonDateTime(each), model, path));
        }
        return values;
    }

    private static void add(TreeSet<Long> into, BsonValue value, String unit, ValueCodec<?> codec, String model, String path) {
        if (value == null || value.isNull()) {
            return; // Django's dates() leaves out NULL
        }
        if (value.isArray()) {
            for (BsonValue element : value.asArray()) {
                add(into, element, unit, codec, model, path);
            }
            return;
        }
        if (!value.isDateTime()) {
            Documents.read(ValueCodecs.INSTANT, value, model, path); // the error for a value that is not a date
            return;
        }
        into.add(truncate(value.asDateTime().getValue(), unit));
    }

    /** {@code millis} (UTC) truncated to {@code unit}; weeks start on Monday, as ISO-8601 and Django's. */
    static long truncate(long millis, String unit) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), Math.floorMod(millis, 1000) * 1_000_000,
                ZoneOffset.UTC);
        LocalDateTime truncated;
        switch (unit) {
            case "year":
                truncated = time.toLocalDate().withDayOfYear(1).atStartOfDay();
                break;
            case "month":
                truncated = time.toLocalDate().withDayOfMonth(1).atStartOfDay();
                break;
            case "week":
                truncated = time.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
                break;
            case "day":
                truncated = time.toLocalDate().atStartOfDay();
                break;
            case "hour":
                truncated = time.truncatedTo(ChronoUnit.HOURS);
                break;
            case "minute":
                truncated = time.truncatedTo(ChronoUnit.MINUTES);
                break;
            default:
                truncated = time.truncatedTo(ChronoUnit.SECONDS);
                break;
        }
        return truncated.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String kind(String kind, List<String> kinds) {
        String normalized = kind == null ? null : kind.toLowerCase(Locale.ROOT);
        if (!kinds.contains(normalized)) {
            throw new IllegalArgumentException("the kind must be one of " + String.join(", ", kinds) + ", not " + kind
                    + " (as Django's dates() and datetimes())");
        }
        return normalized;
    }

    private static boolean descending(String order) {
        if ("ASC".equalsIgnoreCase(order)) {
            return false;
        }
        if ("DESC".equalsIgnoreCase(order)) {
            return true;
        }
        throw new IllegalArgumentException("the order must be ASC or DESC, not " + order + " (as Django's dates())");
    }
}
