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
                    return value.bigDecimalValue().intValueExact();
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
                if (value == (long) value) {
                    return (long) value;
                }
                throw new DecodingException("the double " + value + " is not a whole long; declare the field double");
            }
            case DECIMAL128: {
                Decimal128 value = reader.readDecimal128();
                try {
                    return value.bigDecimalValue().longValueExact();
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
            case INT64:
                return reader.readInt64();
            case DECIMAL128:
                return reader.readDecimal128().bigDecimalValue().doubleValue();
            default:
                throw unexpected(type, "a double");
        }
    }

    public static float readFloat(BsonReader reader) {
        return (float) readDouble(reader);
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
            case DECIMAL128:
                return reader.readDecimal128().bigDecimalValue();
            case INT32:
                return BigDecimal.valueOf(reader.readInt32());
            case INT64:
                return BigDecimal.valueOf(reader.readInt64());
            case DOUBLE:
                return BigDecimal.valueOf(reader.readDouble());
            default:
                throw unexpected(type, "a decimal");
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
