package io.djongo.codec;

import io.djongo.DecodingException;
import io.djongo.EncodingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonReader;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The value codecs of every supported field type. Generated codecs and typed paths use these
 * same objects, so a value is written identically in a document and in a query filter.
 *
 * <p>Storage choices: dates as BSON dates (millisecond precision, UTC; {@code LocalDate} at
 * midnight UTC), {@code BigDecimal} as Decimal128, {@code UUID} as binary subtype 4 (the
 * standard representation), enums by {@code name()}, {@code char} as a one-character string,
 * {@code float}/{@code short}/{@code byte} widened to double/int32.
 */
public final class ValueCodecs {
    private ValueCodecs() {}

    public static final ValueCodec<String> STRING = new ScalarCodec<>(String.class,
            (w, v) -> w.writeString(v), ValueCodecs::readString, BsonString::new);
    public static final ValueCodec<Boolean> BOOLEAN = new ScalarCodec<>(Boolean.class,
            (w, v) -> w.writeBoolean(v), BsonValues::readBoolean, BsonBoolean::valueOf);
    public static final ValueCodec<Integer> INT = new ScalarCodec<>(Integer.class,
            (w, v) -> w.writeInt32(v), BsonValues::readInt, BsonInt32::new);
    public static final ValueCodec<Long> LONG = new ScalarCodec<>(Long.class,
            (w, v) -> w.writeInt64(v), BsonValues::readLong, BsonInt64::new);
    public static final ValueCodec<Double> DOUBLE = new ScalarCodec<>(Double.class,
            (w, v) -> w.writeDouble(v), BsonValues::readDouble, BsonDouble::new);
    public static final ValueCodec<Float> FLOAT = new ScalarCodec<>(Float.class,
            (w, v) -> w.writeDouble(v), BsonValues::readFloat, v -> new BsonDouble(v));
    public static final ValueCodec<Short> SHORT = new ScalarCodec<>(Short.class,
            (w, v) -> w.writeInt32(v), BsonValues::readShort, v -> new BsonInt32(v));
    public static final ValueCodec<Byte> BYTE = new ScalarCodec<>(Byte.class,
            (w, v) -> w.writeInt32(v), BsonValues::readByte, v -> new BsonInt32(v));
    public static final ValueCodec<Character> CHAR = new ScalarCodec<>(Character.class,
            (w, v) -> w.writeString(String.valueOf(v)), BsonValues::readChar, v -> new BsonString(String.valueOf(v)));
    public static final ValueCodec<ObjectId> OBJECT_ID = new ScalarCodec<>(ObjectId.class,
            (w, v) -> w.writeObjectId(v), ValueCodecs::readObjectId, BsonObjectId::new);
    public static final ValueCodec<Instant> INSTANT = new ScalarCodec<>(Instant.class,
            (w, v) -> w.writeDateTime(epochMillis(v)), r -> Instant.ofEpochMilli(readDateTime(r)),
            v -> new BsonDateTime(epochMillis(v)));
    public static final ValueCodec<Date> DATE = new ScalarCodec<>(Date.class,
            (w, v) -> w.writeDateTime(v.getTime()), r -> new Date(readDateTime(r)),
            v -> new BsonDateTime(v.getTime()));
    public static final ValueCodec<LocalDate> LOCAL_DATE = new ScalarCodec<>(LocalDate.class,
            (w, v) -> w.writeDateTime(epochMillis(v)), r -> localDate(readDateTime(r)),
            v -> new BsonDateTime(epochMillis(v)));
    public static final ValueCodec<LocalDateTime> LOCAL_DATE_TIME = new ScalarCodec<>(LocalDateTime.class,
            (w, v) -> w.writeDateTime(epochMillis(v)), r -> localDateTime(readDateTime(r)),
            v -> new BsonDateTime(epochMillis(v)));
    public static final ValueCodec<BigDecimal> DECIMAL = new ScalarCodec<>(BigDecimal.class,
            (w, v) -> w.writeDecimal128(decimal128(v)), BsonValues::readBigDecimal,
            v -> new BsonDecimal128(decimal128(v)));
    public static final ValueCodec<UUID> UUID_STANDARD = new ScalarCodec<>(UUID.class,
            (w, v) -> w.writeBinaryData(new BsonBinary(v, UuidRepresentation.STANDARD)), ValueCodecs::readUuid,
            v -> new BsonBinary(v, UuidRepresentation.STANDARD));
    public static final ValueCodec<byte[]> BINARY = new ScalarCodec<>(byte[].class,
            (w, v) -> w.writeBinaryData(new BsonBinary(v)), ValueCodecs::readBinary, BsonBinary::new);

    /** Enums by constant name; {@code constants} is {@code E.values()}, so no reflection is needed. */
    public static <E extends Enum<E>> ValueCodec<E> enumOf(Class<E> type, E[] constants) {
        return new EnumCodec<>(type, constants);
    }

    /** A {@code List} of {@code element}, read as an {@code ArrayList}; elements may be null. */
    public static <E> ValueCodec<java.util.List<E>> listOf(ValueCodec<E> element) {
        return CollectionCodec.list(element);
    }

    /** A {@code Set} of {@code element}, stored as an array, read as a {@code LinkedHashSet}. */
    public static <E> ValueCodec<java.util.Set<E>> setOf(ValueCodec<E> element) {
        return CollectionCodec.set(element);
    }

    /** A {@code Map<String, V>} stored as a sub-document, read as a {@code LinkedHashMap}. */
    public static <V> ValueCodec<java.util.Map<String, V>> mapOf(ValueCodec<V> value) {
        return new MapCodec<>(value);
    }

    private static String readString(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.STRING) {
            return reader.readString();
        }
        if (type == BsonType.SYMBOL) {
            return reader.readSymbol();
        }
        throw BsonValues.unexpected(type, "a string");
    }

    private static ObjectId readObjectId(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.OBJECT_ID) {
            return reader.readObjectId();
        }
        throw BsonValues.unexpected(type, "an ObjectId");
    }

    private static long readDateTime(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.DATE_TIME) {
            return reader.readDateTime();
        }
        throw BsonValues.unexpected(type, "a date");
    }

    private static UUID readUuid(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type != BsonType.BINARY) {
            throw BsonValues.unexpected(type, "a UUID (binary subtype 4)");
        }
        byte subtype = reader.peekBinarySubType();
        if (subtype != BsonBinarySubType.UUID_STANDARD.getValue()) {
            throw new DecodingException("expected a UUID in the standard representation (binary subtype 4) but found binary subtype "
                    + subtype + "; rewrite the value with UuidRepresentation.STANDARD");
        }
        return reader.readBinaryData().asUuid();
    }

    private static byte[] readBinary(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type != BsonType.BINARY) {
            throw BsonValues.unexpected(type, "binary data");
        }
        return reader.readBinaryData().getData();
    }

    /**
     * Milliseconds since 1970 in UTC, as a BSON date stores them; a point in time beyond the
     * int64 range of milliseconds (about 292 million years either side of 1970) cannot be stored.
     */
    private static long epochMillis(Instant instant) {
        return epochMillis(instant, instant);
    }

    private static long epochMillis(LocalDate date) {
        return epochMillis(date.atStartOfDay().toInstant(ZoneOffset.UTC), date);
    }

    private static long epochMillis(LocalDateTime dateTime) {
        return epochMillis(dateTime.toInstant(ZoneOffset.UTC), dateTime);
    }

    private static long epochMillis(Instant instant, Object given) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new EncodingException("the " + given.getClass().getSimpleName() + " " + given + " is outside the range of "
                    + "a BSON date (milliseconds since 1970 in 64 bits, about 292 million years either side of 1970)", e);
        }
    }

    /** A BigDecimal as Decimal128, which holds 34 significant digits and exponents from -6176 to 6111. */
    private static Decimal128 decimal128(BigDecimal value) {
        try {
            return new Decimal128(value);
        } catch (NumberFormatException e) {
            throw new EncodingException("the BigDecimal " + Encoding.shorten(value.toString()) + " cannot be stored as a "
                    + "BSON Decimal128, which holds 34 significant digits and exponents from -6176 to 6111; round it "
                    + "first, e.g. value.round(MathContext.DECIMAL128)", e);
        }
    }

    private static LocalDate localDate(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    private static LocalDateTime localDateTime(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }
}
