package io.djongo.migrations.operations;

import io.djongo.schema.TypeSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Converts stored values to another stored type without losing anything, for {@code AlterField}:
 * numbers to numbers when the value fits exactly, numbers and strings both ways when the string
 * is a number, strings to ObjectIds, UUIDs, dates and booleans when they parse, a single value
 * into a one-element array and back. A value already stored as the target type is kept, so a
 * conversion run twice changes nothing the second time. Anything else is a
 * {@link Rewrite.Conflict} that says why.
 */
final class Conversions {
    private static final BigDecimal MAX_EXACT_DOUBLE = BigDecimal.valueOf(1L << 53);

    private Conversions() {}

    /** {@code value} stored as {@code type}. */
    static BsonValue convert(BsonValue value, TypeSchema type) {
        if (value == null || value.isNull()) {
            return value;
        }
        if (value.isArray() && !type.kind().isContainer()) {
            BsonArray array = value.asArray();
            if (array.isEmpty()) {
                return BsonNull.VALUE;
            }
            if (array.size() == 1) {
                return convert(array.get(0), type);
            }
            throw new Rewrite.Conflict(describe(value) + " holds " + array.size() + " values, not one " + type);
        }
        switch (type.kind()) {
            case INT:
                return new BsonInt32(integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int").intValueExact());
            case SHORT:
                return new BsonInt32(integral(value, Short.MIN_VALUE, Short.MAX_VALUE, "a short").intValueExact());
            case BYTE:
                return new BsonInt32(integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte").intValueExact());
            case LONG:
                return new BsonInt64(integral(value, Long.MIN_VALUE, Long.MAX_VALUE, "a long").longValueExact());
            case DOUBLE:
                return value.isDouble() ? value : new BsonDouble(toDouble(value));
            case FLOAT:
                return toFloat(value);
            case DECIMAL:
                return value.isDecimal128() ? value : new BsonDecimal128(new Decimal128(number(value)));
            case STRING:
            case ENUM:
                return new BsonString(text(value));
            case CHAR:
                String text = text(value);
                if (text.length() != 1) {
                    throw new Rewrite.Conflict(describe(value) + " is not a single character");
                }
                return new BsonString(text);
            case BOOLEAN:
                return bool(value);
            case OBJECT_ID:
                return objectId(value);
            case INSTANT:
            case DATE:
            case LOCAL_DATE_TIME:
                return date(value, false);
            case LOCAL_DATE:
                return date(value, true);
            case UUID:
                return uuid(value);
            case BINARY:
                if (value.isBinary()) {
                    return value;
                }
                throw new Rewrite.Conflict(describe(value) + " is not binary data");
            case LIST:
            case SET:
                BsonArray array = new BsonArray();
                if (value.isArray()) {
                    for (BsonValue element : value.asArray()) {
                        array.add(convert(element, type.element()));
                    }
                } else {
                    array.add(convert(value, type.element()));
                }
                return array;
            case MAP:
                if (!value.isDocument()) {
                    throw new Rewrite.Conflict(describe(value) + " is not a sub-document, so it cannot become a map");
                }
                BsonDocument map = new BsonDocument();
                for (Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
                    map.append(entry.getKey(), convert(entry.getValue(), type.element()));
                }
                return map;
            case EMBEDDED:
                if (!value.isDocument()) {
                    throw new Rewrite.Conflict(describe(value) + " is not a sub-document, so it cannot become "
                            + type + "; convert it with AlterField...convertingWith(...)");
                }
                return value;
            default:
                throw new IllegalStateException(type.kind().name());
        }
    }

    // ---- numbers

    private static BigDecimal number(BsonValue value) {
        BsonValue single = single(value);
        switch (single.getBsonType()) {
            case INT32:
                return BigDecimal.valueOf(single.asInt32().getValue());
            case INT64:
                return BigDecimal.valueOf(single.asInt64().getValue());
            case DOUBLE:
                double d = single.asDouble().getValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new Rewrite.Conflict(describe(single) + " is not a finite number");
                }
                return BigDecimal.valueOf(d);
            case DECIMAL128:
                Decimal128 decimal = single.asDecimal128().getValue();
                if (decimal.isNaN() || decimal.isInfinite()) {
                    throw new Rewrite.Conflict(describe(single) + " is not a finite number");
                }
                return decimal.bigDecimalValue();
            case STRING:
                try {
                    return new BigDecimal(single.asString().getValue().trim());
                } catch (NumberFormatException e) {
                    throw new Rewrite.Conflict(describe(single) + " is not a number");
                }
            case BOOLEAN:
                return single.asBoolean().getValue() ? BigDecimal.ONE : BigDecimal.ZERO;
            default:
                throw new Rewrite.Conflict(describe(single) + " is not a number");
        }
    }

    private static BigInteger integral(BsonValue value, long min, long max, String what) {
        BigDecimal number = number(value);
        BigInteger integer;
        try {
            integer = number.stripTrailingZeros().toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new Rewrite.Conflict(describe(value) + " has a fraction, so it is not " + what);
        }
        if (integer.compareTo(BigInteger.valueOf(min)) < 0 || integer.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Rewrite.Conflict(describe(value) + " does not fit in " + what);
        }
        return integer;
    }

    /** The double whose shortest decimal form is the value, as Java reads and prints it. */
    private static double toDouble(BsonValue value) {
        BigDecimal number = number(value);
        double d = number.doubleValue();
        boolean exact = number.abs().compareTo(MAX_EXACT_DOUBLE) <= 0 && number.stripTrailingZeros().scale() <= 0
                || BigDecimal.valueOf(d).compareTo(number) == 0;
        if (!exact) {
            throw new Rewrite.Conflict(describe(value) + " has no exact double value");
        }
        return d;
    }

    /** A float is stored as the double of the float whose shortest decimal form is the value. */
    private static BsonValue toFloat(BsonValue value) {
        BigDecimal number = number(value);
        float f = number.floatValue();
        if (Float.isInfinite(f) || new BigDecimal(Float.toString(f)).compareTo(number) != 0
                && new BigDecimal((double) f).compareTo(number) != 0) {
            throw new Rewrite.Conflict(describe(value) + " has no exact float value");
        }
        return value.isDouble() && value.asDouble().getValue() == (double) f ? value : new BsonDouble(f);
    }

    // ---- other scalars

    private static String text(BsonValue value) {
        BsonValue single = single(value);
        switch (single.getBsonType()) {
            case STRING:
                return single.asString().getValue();
            case INT32:
            case INT64:
            case DECIMAL128:
                return number(single).toPlainString();
            case DOUBLE:
                double d = single.asDouble().getValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            case BOOLEAN:
                return Boolean.toString(single.asBoolean().getValue());
            case OBJECT_ID:
                return single.asObjectId().getValue().toHexString();
            case DATE_TIME:
                return Instant.ofEpochMilli(single.asDateTime().getValue()).toString();
            case BINARY:
                if (isUuid(single.asBinary())) {
                    return single.asBinary().asUuid().toString();
                }
                throw new Rewrite.Conflict(describe(single) + " is binary data, which has no text form");
            default:
                throw new Rewrite.Conflict(describe(single) + " has no text form");
        }
    }

    private static BsonValue bool(BsonValue value) {
        BsonValue single = single(value);
        if (single.isBoolean()) {
            return single;
        }
        if (single.isString()) {
            String text = single.asString().getValue().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return BsonBoolean.valueOf(text.equals("true"));
            }
        } else if (single.isNumber() || single.isDecimal128()) {
            BigDecimal number = number(single);
            if (number.compareTo(BigDecimal.ZERO) == 0 || number.compareTo(BigDecimal.ONE) == 0) {
                return BsonBoolean.valueOf(number.compareTo(BigDecimal.ONE) == 0);
            }
        }
        throw new Rewrite.Conflict(describe(single) + " is not a boolean (true, false, 1 or 0)");
    }

    private static BsonValue objectId(BsonValue value) {
        BsonValue single = single(value);
        if (single.isObjectId()) {
            return single;
        }
        if (single.isString() && ObjectId.isValid(single.asString().getValue())) {
            return new BsonObjectId(new ObjectId(single.asString().getValue()));
        }
        throw new Rewrite.Conflict(describe(single) + " is not an ObjectId (24 hexadecimal digits)");
    }

    private static BsonValue date(BsonValue value, boolean day) {
        BsonValue single = single(value);
        long millis;
        if (single.isDateTime()) {
            millis = single.asDateTime().getValue();
        } else if (single.isInt64()) {
            millis = single.asInt64().getValue();
        } else if (single.isString()) {
            millis = parseDate(single.asString().getValue().trim(), single);
        } else {
            throw new Rewrite.Conflict(describe(single) + " is not a date");
        }
        if (day && millis % 86_400_000L != 0) {
            throw new Rewrite.Conflict(describe(single) + " is not midnight UTC, so it is not a LocalDate without losing its time");
        }
        return single.isDateTime() ? single : new BsonDateTime(millis);
    }

    private static long parseDate(String text, BsonValue original) {
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                } catch (DateTimeParseException e3) {
                    throw new Rewrite.Conflict(describe(original) + " is not an ISO-8601 date");
                }
            }
        }
    }

    private static BsonValue uuid(BsonValue value) {
        BsonValue single = single(value);
        if (single.isBinary() && isUuid(single.asBinary())) {
            return single;
        }
        if (single.isString()) {
            try {
                return new BsonBinary(UUID.fromString(single.asString().getValue().trim()), UuidRepresentation.STANDARD);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new Rewrite.Conflict(describe(single) + " is not a UUID");
    }

    private static boolean isUuid(BsonBinary binary) {
        return binary.getType() == BsonBinarySubType.UUID_STANDARD.getValue() && binary.getData().length == 16;
    }

    /** The value itself, or the only element of an array (an array of several values is a conflict). */
    private static BsonValue single(BsonValue value) {
        if (!value.isArray()) {
            return value;
        }
        BsonArray array = value.asArray();
        if (array.size() == 1) {
            return array.get(0);
        }
        throw new Rewrite.Conflict(describe(value) + " holds " + array.size() + " values, not one");
    }

    private static String describe(BsonValue value) {
        String json = new BsonDocument("v", value).toJson();
        String shown = json.substring(json.indexOf(':') + 1, json.length() - 1).trim();
        return (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown) + " (" + value.getBsonType() + ")";
    }
}
