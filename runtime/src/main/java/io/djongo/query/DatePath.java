package io.djongo.query;

import io.djongo.codec.ValueCodec;

/**
 * A date or time field ({@code Instant}, {@code Date}, {@code LocalDate}, {@code LocalDateTime}),
 * with Django's date-part lookups. Dates are stored in UTC, so parts are UTC parts.
 *
 * <p>{@link #year()} and {@link #date()} compile to ranges on the field itself, which an index on
 * the field serves; the other parts compare a computed value with {@code $expr}.
 */
public class DatePath<R, V> extends ComparablePath<R, V> {

    public DatePath(String name, ValueCodec<V> codec) {
        super(name, codec);
    }

    /** The calendar date, in UTC ({@code date}): {@code Entry_.pubDate.date().eq(LocalDate.of(2024, 3, 1))}. */
    public DateOnlyPath<R> date() {
        return new DateOnlyPath<>(bsonPath());
    }

    /** The year ({@code year}), as a range on the field: {@code Entry_.pubDate.year().eq(2024)}. */
    public DatePartPath<R> year() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.YEAR);
    }

    /** The month, 1 to 12 ({@code month}). */
    public DatePartPath<R> month() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.MONTH);
    }

    /** The day of the month, 1 to 31 ({@code day}). */
    public DatePartPath<R> day() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.DAY);
    }

    /** The day of the week, 1 (Sunday) to 7 (Saturday), as Django's {@code week_day}. */
    public DatePartPath<R> weekDay() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.WEEK_DAY);
    }

    /** The hour, 0 to 23 ({@code hour}). */
    public DatePartPath<R> hour() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.HOUR);
    }

    /** The minute, 0 to 59 ({@code minute}). */
    public DatePartPath<R> minute() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.MINUTE);
    }

    /** The second, 0 to 59 ({@code second}). */
    public DatePartPath<R> second() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.SECOND);
    }

    /** The quarter, 1 to 4 ({@code quarter}). */
    public DatePartPath<R> quarter() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.QUARTER);
    }

    /** The ISO-8601 week number, 1 to 53 ({@code week}); weeks start on Monday. */
    public DatePartPath<R> week() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.WEEK);
    }

    /** The ISO-8601 week-numbering year ({@code iso_year}), as a range on the field. */
    public DatePartPath<R> isoYear() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.ISO_YEAR);
    }

    /** The ISO-8601 day of the week, 1 (Monday) to 7 (Sunday) ({@code iso_week_day}). */
    public DatePartPath<R> isoWeekDay() {
        return new DatePartPath<>(bsonPath(), DatePartPath.Part.ISO_WEEK_DAY);
    }

    /** The time of day, in UTC ({@code time}): {@code Entry_.pubDate.time().lt(LocalTime.NOON)}. */
    public TimePath<R> time() {
        return new TimePath<>(bsonPath());
    }
}
