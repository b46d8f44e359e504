package io.djongo.admin.forms;

import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Form text to BSON values and back, one rule per field kind, producing the BSON the generated
 * codecs write: whole numbers in their range, finite numbers, dates as UTC, UUIDs as binary
 * subtype 4, enums by constant name. A value that does not fit is an {@link InvalidInput} whose
 * message is Django's.
 */
final class Scalars {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,30}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]{1,40}(\\.[0-9]{0,40})?|\\.[0-9]{1,40})([eE][+-]?[0-9]{1,4})?");
    /** The widest inputs: a value longer than this is refused before parsing. */
    static final int MAX_SCALAR_TEXT = 1_000_000;

    private Scalars() {}

    /** Whether the form shows this kind as an editable input (binary values are shown, not edited). */
    static boolean editable(FieldKind kind) {
        return kind != FieldKind.BINARY;
    }

    /**
     * The BSON value of {@code text} for a field of {@code type}; {@code null} for an empty input,
     * which stores nothing (the field is cleared).
     */
    static BsonValue parse(FieldType type, String text) throws InvalidInput {
        if (text == null) {
            text = "";
        }
        if (text.length() > MAX_SCALAR_TEXT) {
            throw new InvalidInput("Ensure this value has at most " + MAX_SCALAR_TEXT + " characters.");
        }
        FieldKind kind = type.kind();
        if (kind == FieldKind.STRING) {
            return text.isEmpty() ? null : new BsonString(text);
        }
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        switch (kind) {
            case CHAR:
                if (text.codePointCount(0, text.length()) != 1 || text.length() != 1) {
                    throw new InvalidInput("Enter exactly one character.");
                }
                return new BsonString(text);
            case INT:
                return new BsonInt32((int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case SHORT:
                return new BsonInt32((int) whole(value, Short.MIN_VALUE, Short.MAX_VALUE));
            case BYTE:
                return new BsonInt32((int) whole(value, Byte.MIN_VALUE, Byte.MAX_VALUE));
            case LONG:
                return new BsonInt64(whole(value, Long.MIN_VALUE, Long.MAX_VALUE));
            case DOUBLE:
                return new BsonDouble(number(value, Double.MAX_VALUE));
            case FLOAT:
                return new BsonDouble((float) number(value, Float.MAX_VALUE));
            case DECIMAL:
                return new BsonDecimal128(decimal(value));
            case BOOLEAN:
                return switch (value) {
                    case "true", "on", "1", "True" -> BsonBoolean.TRUE;
                    case "false", "0", "False" -> BsonBoolean.FALSE;
                    default -> throw new InvalidInput("Select a valid choice. " + value + " is not one of the available choices.");
                };
            case OBJECT_ID:
                if (!ObjectId.isValid(value)) {
                    throw new InvalidInput("Enter a valid ObjectId: 24 hexadecimal digits.");
                }
                return new BsonObjectId(new ObjectId(value));
            case UUID:
                if (!UUID_TEXT.matcher(value).matches()) {
                    throw new InvalidInput("Enter a valid UUID.");
                }
                return new BsonBinary(UUID.fromString(value), UuidRepresentation.STANDARD);
            case INSTANT:
            case DATE:
            case LOCAL_DATE_TIME:
                return new BsonDateTime(dateTime(value));
            case LOCAL_DATE:
                return new BsonDateTime(date(value));
            case ENUM:
                if (!type.enumConstants().contains(value)) {
                    throw new InvalidInput("Select a valid choice. " + value + " is not one of the available choices.");
                }
                return new BsonString(value);
            default:
                throw new InvalidInput("This field cannot be edited here.");
        }
    }

    private static long whole(String value, long min, long max) throws InvalidInput {
        if (!WHOLE.matcher(value).matches()) {
            throw new InvalidInput("Enter a whole number.");
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new InvalidInput("Ensure this value is greater than or equal to " + min + ".");
        }
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInput("Ensure this value is less than or equal to " + max + ".");
        }
        return number.longValueExact();
    }

    private static double number(String value, double limit) throws InvalidInput {
        if (!DECIMAL.matcher(value).matches()) {
            throw new InvalidInput("Enter a number.");
        }
        double parsed = Double.parseDouble(value);
        if (Double.isNaN(parsed) || Math.abs(parsed) > limit) {
            throw new InvalidInput("Ensure this value is between -" + limit + " and " + limit + ".");
        }
        return parsed;
    }

    private static Decimal128 decimal(String value) throws InvalidInput {
        if (!DECIMAL.matcher(value).matches()) {
            throw new InvalidInput("Enter a number.");
        }
        try {
            return new Decimal128(new BigDecimal(value));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput("Ensure this value has at most 34 significant digits and an exponent MongoDB can store.");
        }
    }

    /** {@code yyyy-MM-ddTHH:mm[:ss[.SSS]]} (a {@code datetime-local} input), or with a space, read as UTC. */
    private static long dateTime(String value) throws InvalidInput {
        try {
            String iso = value.replace(' ', 'T');
            if (iso.endsWith("Z")) {
                return Instant.parse(iso).toEpochMilli();
            }
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidInput("Enter a valid date/time (YYYY-MM-DD HH:MM[:SS], UTC).");
        }
    }

    private static long date(String value) throws InvalidInput {
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidInput("Enter a valid date (YYYY-MM-DD).");
        }
    }

    /** The text of a stored value for an input of {@code type}; empty for null or a value of another BSON type. */
    static String format(FieldType type, BsonValue value) {
        if (value == null || value.isNull()) {
            return "";
        }
        try {
            switch (type.kind()) {
                case STRING:
                case CHAR:
                case ENUM:
                    return value.isString() ? value.asString().getValue() : display(value);
                case INSTANT:
                case DATE:
                case LOCAL_DATE_TIME:
                    return value.isDateTime() ? LocalDateTime.ofInstant(Instant.ofEpochMilli(value.asDateTime().getValue()),
                            ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) : display(value);
                case LOCAL_DATE:
                    return value.isDateTime() ? LocalDate.ofInstant(Instant.ofEpochMilli(value.asDateTime().getValue()),
                            ZoneOffset.UTC).toString() : display(value);
                default:
                    return display(value);
            }
        } catch (DateTimeException e) {
            return display(value);
        }
    }

    /** A stored value as people read it: numbers and strings as they are, dates in ISO form (UTC), ids in hex. */
    static String display(BsonValue value) {
        if (value == null || value.isNull()) {
            return "";
        }
        switch (value.getBsonType()) {
            case STRING:
                return value.asString().getValue();
            case INT32:
                return Integer.toString(value.asInt32().getValue());
            case INT64:
                return Long.toString(value.asInt64().getValue());
            case DOUBLE:
                double d = value.asDouble().getValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            case DECIMAL128:
                return value.asDecimal128().getValue().toString();
            case BOOLEAN:
                return value.asBoolean().getValue() ? "true" : "false";
            case OBJECT_ID:
                return value.asObjectId().getValue().toHexString();
            case DATE_TIME:
                try {
                    return Instant.ofEpochMilli(value.asDateTime().getValue()).toString();
                } catch (DateTimeException e) {
                    return Long.toString(value.asDateTime().getValue());
                }
            case BINARY:
                BsonBinary binary = value.asBinary();
                if (binary.getType() == BsonBinarySubType.UUID_STANDARD.getValue() && binary.getData().length == 16) {
                    return binary.asUuid().toString();
                }
                return binary.getData().length + " bytes";
            default:
                String json = value.isDocument() ? value.asDocument().toJson()
                        : new org.bson.BsonDocument("v", value).toJson().replaceFirst("^\\{\"v\": ", "").replaceFirst("}$", "");
                return json.length() > 200 ? json.substring(0, 197) + "..." : json;
        }
    }
}
