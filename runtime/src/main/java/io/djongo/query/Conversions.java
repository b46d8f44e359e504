package io.djongo.query;

import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.BsonString;
import org.bson.types.ObjectId;

/**
 * Converts the values given to string lookups (and the admin's URL filters) to a field's Java type,
 * as Django's {@code get_prep_value} does: numbers when nothing is lost, text by the type's usual
 * syntax, date-times in Django's formats. A value that does not convert fails with
 * {@link Invalid}, whose message says what was expected in the user's terms ("a whole number such
 * as 42"), never a parser's internals.
 */
final class Conversions {
    private Conversions() {}

    /** A value that does not fit; the message says what was expected. */
    static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Invalid(String expected) {
            super(expected);
        }
    }

    /**
     * How a number with a fraction meets a whole-number field. Django rounds for the comparisons,
     * where it changes nothing ({@code rating__gte=11.9} is {@code rating >= 12}); equality and
     * membership with a fraction are errors, since no whole number equals 11.9.
     */
    enum Rounding {
        /** No fraction allowed. */
        NONE,
        /** Round up: {@code gte}, {@code lt}. */
        CEILING,
        /** Round down: {@code gt}, {@code lte}. */
        FLOOR
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Django's datetime formats: a date, then optionally a time (with {@code T} or a space) and an offset. */
    private static final Pattern DATE_TIME = Pattern.compile("(?<date>[+-]?\\d{4,9}-\\d{1,2}-\\d{1,2})"
            + "(?:[T ](?<hour>\\d{1,2}):(?<minute>\\d{1,2})(?::(?<second>\\d{1,2})(?:[.,](?<fraction>\\d{1,9}))?)?)?"
            + "\\s*(?<zone>Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern DATE = Pattern.compile("(?<year>[+-]?\\d{4,9})-(?<month>\\d{1,2})-(?<day>\\d{1,2})");

    /** {@code value} as a value of {@code type}, or {@link Invalid} saying what was expected. */
    static Object convert(FieldType type, Object value, Rounding rounding) {
        if (value == null) {
            return null;
        }
        FieldKind kind = type.kind();
        switch (kind) {
            case INT:
                return (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE, rounding);
            case LONG:
                return whole(value, Long.MIN_VALUE, Long.MAX_VALUE, rounding);
            case SHORT:
                return (short) whole(value, Short.MIN_VALUE, Short.MAX_VALUE, rounding);
            case BYTE:
                return (byte) whole(value, Byte.MIN_VALUE, Byte.MAX_VALUE, rounding);
            case DOUBLE:
                return floating(value, Double.MAX_VALUE);
            case FLOAT:
                return (float) floating(value, Float.MAX_VALUE);
            case DECIMAL:
                return decimal(value);
            case STRING:
                return text(value);
            case CHAR:
                return character(value);
            case BOOLEAN:
                return bool(value);
            case OBJECT_ID:
                return objectId(value);
            case UUID:
                return uuid(value);
            case INSTANT:
                return instant(value);
            case DATE:
                return Date.from(instant(value));
            case LOCAL_DATE_TIME:
                return LocalDateTime.ofInstant(instant(value), ZoneOffset.UTC);
            case LOCAL_DATE:
                return localDate(value);
            case ENUM:
                return enumConstant(type, value);
            case BINARY:
                if (value instanceof byte[]) {
                    return value;
                }
                throw new Invalid("expected binary data (a byte[])");
            case EMBEDDED:
                if (type.javaType().isInstance(value)) {
                    return value;
                }
                throw new Invalid("expected " + article(type.javaType().getSimpleName()));
            default:
                throw new Invalid("expected " + type + " values");
        }
    }

    // ---- numbers

    /**
     * A whole number between {@code min} and {@code max}: integral numbers as they are, numbers with
     * a fraction rounded as {@code rounding} says, numeric text parsed the same way.
     */
    static long whole(Object value, long min, long max, Rounding rounding) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long whole = ((Number) value).longValue(); // the usual value, taken as it is when it fits
            if (whole >= min && whole <= max) {
                return whole;
            }
        }
        String expected = "a whole number from " + min + " to " + max;
        BigDecimal number = number(value, expected);
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            if (rounding == Rounding.NONE) {
                throw new Invalid("expected " + expected + "; " + plain(number) + " has a fraction, and no whole number "
                        + "equals it");
            }
            if (number.abs().compareTo(BigDecimal.ONE) < 0) {
                // between -1 and 1 (perhaps 1e-999999999, whose setScale would be costly): 0, 1 or -1
                number = BigDecimal.valueOf(rounding == Rounding.CEILING ? (number.signum() > 0 ? 1 : 0) : (number.signum() > 0 ? 0 : -1));
            } else {
                number = number.setScale(0, rounding == Rounding.CEILING ? RoundingMode.CEILING : RoundingMode.FLOOR);
            }
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Invalid("expected " + expected + "; " + plain(number) + " is out of that range");
        }
        return number.longValueExact();
    }

    private static double floating(Object value, double max) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d) && Math.abs(d) > max) {
                throw new Invalid("expected a number within \u00b1" + max + "; " + d + " is out of that range");
            }
            return d;
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                case "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        BigDecimal number = number(value, "a number");
        if (number.abs().compareTo(new BigDecimal(max)) > 0) {
            throw new Invalid("expected a number within \u00b1" + max + "; " + plain(number) + " is out of that range");
        }
        return number.doubleValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new Invalid("expected a decimal number; " + d + " is not one");
            }
        }
        return number(value, "a decimal number such as 9.99");
    }

    /** An exact decimal of a Java number or numeric text; booleans and other values are refused. */
    private static BigDecimal number(Object value, String expected) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new Invalid("expected " + expected + "; " + d + " is not one");
            }
            return new BigDecimal(Double.toString(d));
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            if (text.length() <= 100 && NUMBER.matcher(text).matches()) {
                return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            }
            throw new Invalid("expected " + expected);
        }
        throw new Invalid("expected " + expected);
    }

    private static String plain(BigDecimal number) {
        String text = number.abs().compareTo(new BigDecimal("1e30")) > 0 ? number.toString() : number.toPlainString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    // ---- text and single values

    /** Text, as Django's {@code CharField.get_prep_value} makes it: numbers and booleans by their text. */
    private static String text(Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
        }
        throw new Invalid("expected text");
    }

    private static Character character(Object value) {
        if (value instanceof Character) {
            return (Character) value;
        }
        if (value instanceof String && ((String) value).length() == 1) {
            return ((String) value).charAt(0);
        }
        throw new Invalid("expected one character");
    }

    /** A boolean, as Django's {@code BooleanField.to_python}: true/false, 1/0, t/f, yes/no in any case. */
    static boolean bool(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (number == 0 || number == 1) {
                return number == 1;
            }
        }
        if (value instanceof String) {
            switch (((String) value).trim().toLowerCase(Locale.ROOT)) {
                case "true":
                case "t":
                case "1":
                case "yes":
                    return true;
                case "false":
                case "f":
                case "0":
                case "no":
                    return false;
                default:
                    break;
            }
        }
        throw new Invalid("expected true or false");
    }

    private static ObjectId objectId(Object value) {
        if (value instanceof ObjectId) {
            return (ObjectId) value;
        }
        if (value instanceof String && ObjectId.isValid(((String) value).trim())) {
            return new ObjectId(((String) value).trim());
        }
        throw new Invalid("expected an ObjectId or its 24 hexadecimal digits, such as 507f1f77bcf86cd799439011");
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID) {
            return (UUID) value;
        }
        if (value instanceof String && UUID_TEXT.matcher(((String) value).trim()).matches()) {
            return UUID.fromString(((String) value).trim());
        }
        throw new Invalid("expected a UUID such as 123e4567-e89b-12d3-a456-426614174000");
    }

    private static Object enumConstant(FieldType type, Object value) {
        if (type.javaType().isInstance(value)) {
            return value;
        }
        if (value instanceof String && type.enumConstants().contains(value)) {
            return decode(type.codec(), (String) value);
        }
        throw new Invalid("expected one of " + String.join(", ", type.enumConstants()));
    }

    /** Reads {@code text} through the field's codec, as if it were stored: enums by name. */
    private static Object decode(ValueCodec<?> codec, String text) {
        return Documents.read(codec, new BsonString(text));
    }

    // ---- dates and times

    /**
     * A point in time: date-time types as they are (local ones taken as UTC, where dates are
     * stored), and text in Django's formats: {@code 2005-07-27}, {@code 2005-07-27 00:00},
     * {@code 2005-07-27T00:00:00.123}, with {@code Z} or an offset such as {@code +02:00}.
     */
    static Instant instant(Object value) {
        if (value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Date) {
            return ((Date) value).toInstant();
        }
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate) {
            return ((LocalDate) value).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).toInstant();
        }
        if (value instanceof ZonedDateTime) {
            return ((ZonedDateTime) value).toInstant();
        }
        if (value instanceof String) {
            Matcher matcher = DATE_TIME.matcher(((String) value).trim());
            if (matcher.matches()) {
                try {
                    LocalDate date = date(matcher.group("date"));
                    LocalTime time = matcher.group("hour") == null ? LocalTime.MIDNIGHT : LocalTime.of(
                            Integer.parseInt(matcher.group("hour")), Integer.parseInt(matcher.group("minute")),
                            matcher.group("second") == null ? 0 : Integer.parseInt(matcher.group("second")),
                            nanos(matcher.group("fraction")));
                    ZoneOffset zone = matcher.group("zone") == null ? ZoneOffset.UTC : ZoneOffset.of(offset(matcher.group("zone")));
                    return OffsetDateTime.of(date, time, zone).toInstant();
                } catch (DateTimeException e) {
                    throw new Invalid("expected a valid date and time such as 2024-03-01T10:00:00Z; " + reason(e));
                }
            }
        }
        throw new Invalid("expected a date and time such as 2024-03-01T10:00:00Z or 2024-03-01 10:00");
    }

    /** A calendar day: a {@code LocalDate}, the UTC day of a date-time, or text such as {@code 2024-03-01}. */
    static LocalDate localDate(Object value) {
        if (value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            if (DATE.matcher(text).matches()) {
                try {
                    return date(text);
                } catch (DateTimeException e) {
                    throw new Invalid("expected a valid date such as 2024-03-01; " + reason(e));
                }
            }
        }
        if (value instanceof String || value instanceof Instant || value instanceof Date || value instanceof LocalDateTime
                || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            try {
                return LocalDate.ofInstant(instant(value), ZoneOffset.UTC);
            } catch (Invalid e) {
                throw new Invalid("expected a date such as 2024-03-01");
            }
        }
        throw new Invalid("expected a date such as 2024-03-01");
    }

    /** A time of day, with millisecond precision as stored dates have: a {@code LocalTime} or text such as {@code 14:30}. */
    static LocalTime localTime(Object value) {
        LocalTime time;
        if (value instanceof LocalTime) {
            time = (LocalTime) value;
        } else if (value instanceof String) {
            try {
                time = LocalTime.parse(((String) value).trim());
            } catch (DateTimeException e) {
                throw new Invalid("expected a time of day such as 14:30 or 14:30:05.250");
            }
        } else {
            throw new Invalid("expected a time of day such as 14:30 or 14:30:05.250");
        }
        if (time.getNano() % 1_000_000 != 0) {
            throw new Invalid("expected a time with at most millisecond precision, as dates are stored; " + time
                    + " has more");
        }
        return time;
    }

    private static LocalDate date(String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            throw new DateTimeException("\"" + text + "\" is not a date");
        }
        return LocalDate.of(Integer.parseInt(matcher.group("year")), Integer.parseInt(matcher.group("month")),
                Integer.parseInt(matcher.group("day")));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static String offset(String zone) {
        if (zone.equals("Z")) {
            return "Z";
        }
        if (zone.length() == 3) {
            return zone + ":00";
        }
        return zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
    }

    private static String reason(DateTimeException e) {
        String message = String.valueOf(e.getMessage());
        // "Invalid value for MonthOfYear (valid values 1 - 12): 13" reads well enough; keep it short
        return message.length() > 120 ? message.substring(0, 117) + "..." : message;
    }

    private static String article(String noun) {
        return ("AEIOU".indexOf(noun.isEmpty() ? 'x' : noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
