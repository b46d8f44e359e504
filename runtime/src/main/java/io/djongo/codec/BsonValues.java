package io.djongo.codec;

import io.djongo.DecodingException;
import java.math.BigDecimal;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.types.Decimal128;

/**
 * Lenient readers for numbers, called by generated codecs for primitive fields.
 *
 * <p>Documents written by other tools often store a Java {@code int} as a BSON double or
 * a {@code long} as an int32 (the shell writes every number as a double). A value is accepted
 * when it converts without loss; otherwise the reader throws {@link DecodingException} rather
 * than truncate, because silently changing a stored number is data loss.
 */
public final class BsonValues {
    private BsonValues() {}

    public static int readInt(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        switch (type) {
            case INT32:
                return reader.readInt32();
            case INT64: {
                long value = reader.readInt64();
                if (value == (int) value) {
                    return (int) value;
                }
                throw new DecodingException("the int64 " + value + " does not fit in an int; declare the field long");
            }
            case DOUBLE: {
                double value = reader.readDouble();
                if (value == (int) value) {
                    return (int) value;
                }
                throw new DecodingException("the double " + value + " is not a whole int; declare the field double");
            }
            case DECIMAL128: {
                Decimal128 value = reader.readDecimal128();
                try {
                    return bigDecimal(value).intValueExact();
                } catch (ArithmeticException e) {
                    throw new DecodingException("the decimal " + value + " is not a whole int; declare the field BigDecimal");
                }
            }
            default:
                throw unexpected(type, "an int");
        }
    }

    public static long readLong(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        switch (type) {
            case INT64:
                return reader.readInt64();
            case INT32:
                return reader.readInt32();
            case DOUBLE: {
                double value = reader.readDouble();
                // (long) saturates: 2^63 would become Long.MAX_VALUE and compare equal, so check the range first
                if (value >= -0x1p63 && value < 0x1p63 && value == (long) value) {
                    return (long) value;
                }
                throw new DecodingException("the double " + value + " is not a whole long; declare the field double");
            }
            case DECIMAL128: {
                Decimal128 value = reader.readDecimal128();
                try {
                    return bigDecimal(value).longValueExact();
                } catch (ArithmeticException e) {
                    throw new DecodingException("the decimal " + value + " is not a whole long; declare the field BigDecimal");
                }
            }
            default:
                throw unexpected(type, "a long");
        }
    }

    public static double readDouble(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        switch (type) {
            case DOUBLE:
                return reader.readDouble();
            case INT32:
                return reader.readInt32();
            case INT64: {
                long value = reader.readInt64();
                // above 2^53 not every long is a double: 2^53 + 1 would silently become 2^53
                if (value >= -(1L << 53) && value <= (1L << 53)) {
                    return value;
                }
                if ((long) (double) value == value && value != Long.MAX_VALUE) {
                    return value;
                }
                throw new DecodingException("the int64 " + value + " is not exactly a double (doubles hold whole "
                        + "numbers exactly up to 2^53); declare the field long");
            }
            case DECIMAL128: {
                Decimal128 value = reader.readDecimal128();
                if (value.isNaN() || value.isInfinite()) {
                    return value.doubleValue();
                }
                BigDecimal exact = bigDecimal(value);
                double converted = exact.doubleValue();
                // accepted when the double reads back as the same decimal number: 0.1 is 0.1
                if (!Double.isInfinite(converted) && BigDecimal.valueOf(converted).compareTo(exact) == 0) {
                    return converted;
                }
                throw new DecodingException("the decimal " + value + " is not exactly a double; declare the field BigDecimal");
            }
            default:
                throw unexpected(type, "a double");
        }
    }

    /**
     * A float: stored as a double, since BSON has no 32-bit floating point. A double is rounded to
     * the nearest float, as Java's cast does (every float field value reads back exactly); one
     * beyond the range of a float is refused rather than read as Infinity.
     */
    public static float readFloat(BsonReader reader) {
        double value = readDouble(reader);
        float converted = (float) value;
        if (Float.isInfinite(converted) && !Double.isInfinite(value)) {
            throw new DecodingException("the number " + value + " is beyond the range of a float (about 3.4e38); "
                    + "declare the field double");
        }
        return converted;
    }

    public static short readShort(BsonReader reader) {
        int value = readInt(reader);
        if (value != (short) value) {
            throw new DecodingException("the number " + value + " does not fit in a short; declare the field int");
        }
        return (short) value;
    }

    public static byte readByte(BsonReader reader) {
        int value = readInt(reader);
        if (value != (byte) value) {
            throw new DecodingException("the number " + value + " does not fit in a byte; declare the field int");
        }
        return (byte) value;
    }

    public static boolean readBoolean(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.BOOLEAN) {
            return reader.readBoolean();
        }
        throw unexpected(type, "a boolean");
    }

    public static char readChar(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type != BsonType.STRING) {
            throw unexpected(type, "a one-character string");
        }
        String value = reader.readString();
        if (value.length() != 1) {
            throw new DecodingException("the string \"" + value + "\" is not one character; declare the field String");
        }
        return value.charAt(0);
    }

    static BigDecimal readBigDecimal(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        switch (type) {
            case DECIMAL128: {
                Decimal128 value = reader.readDecimal128();
                if (value.isNaN() || value.isInfinite()) {
                    throw new DecodingException("the decimal " + value + " has no BigDecimal value; declare the field double");
                }
                return bigDecimal(value);
            }
            case INT32:
                return BigDecimal.valueOf(reader.readInt32());
            case INT64:
                return BigDecimal.valueOf(reader.readInt64());
            case DOUBLE: {
                double value = reader.readDouble();
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    throw new DecodingException("the double " + value + " has no BigDecimal value; declare the field double");
                }
                return BigDecimal.valueOf(value);
            }
            default:
                throw unexpected(type, "a decimal");
        }
    }

    /** A finite Decimal128 as a BigDecimal; negative zero, which BigDecimal cannot hold, is zero. */
    private static BigDecimal bigDecimal(Decimal128 value) {
        if (value.isNaN() || value.isInfinite()) {
            throw new DecodingException("the decimal " + value + " is not a number that fits the field");
        }
        try {
            return value.bigDecimalValue();
        } catch (ArithmeticException negativeZero) {
            return BigDecimal.ZERO;
        }
    }

    /** The error for a BSON value of the wrong type; the model codec adds the field it was reading. */
    public static DecodingException unexpected(BsonType found, String expected) {
        if (found == BsonType.NULL || found == BsonType.UNDEFINED) {
            return new DecodingException("expected " + expected + " but found null; declare the field with a boxed or nullable type to accept null");
        }
        return new DecodingException("expected " + expected + " but found BSON " + found);
    }
}
