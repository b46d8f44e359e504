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
import org.bson.BsonValue;
import org.bson.BsonWriter;
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

    public static final ValueCodec<String> STRING = new ScalarCodec<>(String.class) {
        @Override
        void write(BsonWriter writer, String value) {
            writer.writeString(value);
        }

        @Override
        String read(BsonReader reader) {
            return readString(reader);
        }

        @Override
        BsonValue bson(String value) {
            return new BsonString(value);
        }
    };

    public static final ValueCodec<Boolean> BOOLEAN = new ScalarCodec<>(Boolean.class) {
        @Override
        void write(BsonWriter writer, Boolean value) {
            writer.writeBoolean(value);
        }

        @Override
        Boolean read(BsonReader reader) {
            return BsonValues.readBoolean(reader);
        }

        @Override
        BsonValue bson(Boolean value) {
            return BsonBoolean.valueOf(value);
        }
    };

    public static final ValueCodec<Integer> INT = new ScalarCodec<>(Integer.class) {
        @Override
        void write(BsonWriter writer, Integer value) {
            writer.writeInt32(value);
        }

        @Override
        Integer read(BsonReader reader) {
            return BsonValues.readInt(reader);
        }

        @Override
        BsonValue bson(Integer value) {
            return new BsonInt32(value);
        }
    };

    public static final ValueCodec<Long> LONG = new ScalarCodec<>(Long.class) {
        @Override
        void write(BsonWriter writer, Long value) {
            writer.writeInt64(value);
        }

        @Override
        Long read(BsonReader reader) {
            return BsonValues.readLong(reader);
        }

        @Override
        BsonValue bson(Long value) {
            return new BsonInt64(value);
        }
    };

    public static final ValueCodec<Double> DOUBLE = new ScalarCodec<>(Double.class) {
        @Override
        void write(BsonWriter writer, Double value) {
            writer.writeDouble(value);
        }

        @Override
        Double read(BsonReader reader) {
            return BsonValues.readDouble(reader);
        }

        @Override
        BsonValue bson(Double value) {
            return new BsonDouble(value);
        }
    };

    public static final ValueCodec<Float> FLOAT = new ScalarCodec<>(Float.class) {
        @Override
        void write(BsonWriter writer, Float value) {
            writer.writeDouble(value);
        }

        @Override
        Float read(BsonReader reader) {
            return BsonValues.readFloat(reader);
        }

        @Override
        BsonValue bson(Float value) {
            return new BsonDouble(value);
        }
    };

    public static final ValueCodec<Short> SHORT = new ScalarCodec<>(Short.class) {
        @Override
        void write(BsonWriter writer, Short value) {
            writer.writeInt32(value);
        }

        @Override
        Short read(BsonReader reader) {
            return BsonValues.readShort(reader);
        }

        @Override
        BsonValue bson(Short value) {
            return new BsonInt32(value);
        }
    };

    public static final ValueCodec<Byte> BYTE = new ScalarCodec<>(Byte.class) {
        @Override
        void write(BsonWriter writer, Byte value) {
            writer.writeInt32(value);
        }

        @Override
        Byte read(BsonReader reader) {
            return BsonValues.readByte(reader);
        }

        @Override
        BsonValue bson(Byte value) {
            return new BsonInt32(value);
        }
    };

    public static final ValueCodec<Character> CHAR = new ScalarCodec<>(Character.class) {
        @Override
        void write(BsonWriter writer, Character value) {
            writer.writeString(String.valueOf(value));
        }

        @Override
        Character read(BsonReader reader) {
            return BsonValues.readChar(reader);
        }

        @Override
        BsonValue bson(Character value) {
            return new BsonString(String.valueOf(value));
        }
    };

    public static final ValueCodec<ObjectId> OBJECT_ID = new ScalarCodec<>(ObjectId.class) {
        @Override
        void write(BsonWriter writer, ObjectId value) {
            writer.writeObjectId(value);
        }

        @Override
        ObjectId read(BsonReader reader) {
            return readObjectId(reader);
        }

        @Override
        BsonValue bson(ObjectId value) {
            return new BsonObjectId(value);
        }
    };

    public static final ValueCodec<Instant> INSTANT = new ScalarCodec<>(Instant.class) {
        @Override
        void write(BsonWriter writer, Instant value) {
            writer.writeDateTime(epochMillis(value));
        }

        @Override
        Instant read(BsonReader reader) {
            return Instant.ofEpochMilli(readDateTime(reader));
        }

        @Override
        BsonValue bson(Instant value) {
            return new BsonDateTime(epochMillis(value));
        }
    };

    public static final ValueCodec<Date> DATE = new ScalarCodec<>(Date.class) {
        @Override
        void write(BsonWriter writer, Date value) {
            writer.writeDateTime(value.getTime());
        }

        @Override
        Date read(BsonReader reader) {
            return new Date(readDateTime(reader));
        }

        @Override
        BsonValue bson(Date value) {
            return new BsonDateTime(value.getTime());
        }
    };

    public static final ValueCodec<LocalDate> LOCAL_DATE = new ScalarCodec<>(LocalDate.class) {
        @Override
        void write(BsonWriter writer, LocalDate value) {
            writer.writeDateTime(epochMillis(value));
        }

        @Override
        LocalDate read(BsonReader reader) {
            return localDate(readDateTime(reader));
        }

        @Override
        BsonValue bson(LocalDate value) {
            return new BsonDateTime(epochMillis(value));
        }
    };

    public static final ValueCodec<LocalDateTime> LOCAL_DATE_TIME = new ScalarCodec<>(LocalDateTime.class) {
        @Override
        void write(BsonWriter writer, LocalDateTime value) {
            writer.writeDateTime(epochMillis(value));
        }

        @Override
        LocalDateTime read(BsonReader reader) {
            return localDateTime(readDateTime(reader));
        }

        @Override
        BsonValue bson(LocalDateTime value) {
            return new BsonDateTime(epochMillis(value));
        }
    };

    public static final ValueCodec<BigDecimal> DECIMAL = new ScalarCodec<>(BigDecimal.class) {
        @Override
        void write(BsonWriter writer, BigDecimal value) {
            writer.writeDecimal128(decimal128(value));
        }

        @Override
        BigDecimal read(BsonReader reader) {
            return BsonValues.readBigDecimal(reader);
        }

        @Override
        BsonValue bson(BigDecimal value) {
            return new BsonDecimal128(decimal128(value));
        }
    };

    public static final ValueCodec<UUID> UUID_STANDARD = new ScalarCodec<>(UUID.class) {
        @Override
        void write(BsonWriter writer, UUID value) {
            writer.writeBinaryData(new BsonBinary(value, UuidRepresentation.STANDARD));
        }

        @Override
        UUID read(BsonReader reader) {
            return readUuid(reader);
        }

        @Override
        BsonValue bson(UUID value) {
            return new BsonBinary(value, UuidRepresentation.STANDARD);
        }
    };

    public static final ValueCodec<byte[]> BINARY = new ScalarCodec<>(byte[].class) {
        @Override
        void write(BsonWriter writer, byte[] value) {
            writer.writeBinaryData(new BsonBinary(value));
        }

        @Override
        byte[] read(BsonReader reader) {
            return readBinary(reader);
        }

        @Override
        BsonValue bson(byte[] value) {
            return new BsonBinary(value);
        }
    };

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
