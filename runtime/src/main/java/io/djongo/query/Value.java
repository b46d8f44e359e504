package io.djongo.query;

import io.djongo.codec.ValueCodecs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.UUID;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * A constant inside an expression, as Django's {@code Value()}: {@code Case.of(When.of(Entry_.rating.gte(4),
 * Value.of("good"))).otherwise(Value.of("other"))}, {@code Coalesce.of(F.of(Entry_.rating), Value.of(0))}.
 * The value is always data ({@code $literal}), so a string such as {@code "$views"} never reads a field.
 */
public final class Value {
    private Value() {}

    /**
     * {@code value} as an expression: {@code null}, text, numbers, booleans, dates ({@code Instant},
     * {@code Date}, {@code LocalDate}, {@code LocalDateTime}), {@code BigDecimal}, {@code ObjectId},
     * {@code UUID} and enum constants (by name), stored as the field types store them.
     *
     * @throws IllegalArgumentException for any other type
     */
    public static <R> F<R> of(Object value) {
        return F.computed(new BsonDocument("$literal", bson(value)));
    }

    static BsonValue bson(Object value) {
        if (value == null) {
            return BsonNull.VALUE;
        }
        if (value instanceof String || value instanceof Character) {
            return new BsonString(value.toString());
        }
        if (value instanceof Boolean) {
            return BsonBoolean.valueOf((Boolean) value);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new BsonInt32(((Number) value).intValue());
        }
        if (value instanceof Long) {
            return new BsonInt64((Long) value);
        }
        if (value instanceof Double || value instanceof Float) {
            return new BsonDouble(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal) {
            return ValueCodecs.DECIMAL.toBsonValue((BigDecimal) value);
        }
        if (value instanceof Instant) {
            return ValueCodecs.INSTANT.toBsonValue((Instant) value);
        }
        if (value instanceof Date) {
            return ValueCodecs.DATE.toBsonValue((Date) value);
        }
        if (value instanceof LocalDate) {
            return ValueCodecs.LOCAL_DATE.toBsonValue((LocalDate) value);
        }
        if (value instanceof LocalDateTime) {
            return ValueCodecs.LOCAL_DATE_TIME.toBsonValue((LocalDateTime) value);
        }
        if (value instanceof ObjectId) {
            return new BsonObjectId((ObjectId) value);
        }
        if (value instanceof UUID) {
            return ValueCodecs.UUID_STANDARD.toBsonValue((UUID) value);
        }
        if (value instanceof Enum) {
            return new BsonString(((Enum<?>) value).name());
        }
        throw new IllegalArgumentException("Value.of() cannot take the " + value.getClass().getSimpleName()
                + " " + Lookups.describe(value) + "; give text, a number, a boolean, a date, a BigDecimal, an ObjectId, a UUID or "
                + "an enum constant");
    }
}
