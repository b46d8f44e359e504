package io.djongo.query;

import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.UUID;
import org.bson.BsonString;
import org.bson.types.ObjectId;

/**
 * Converts values given to string lookups (and, later, admin forms) to a field's Java type:
 * numbers when no precision is lost, and text by the type's usual parser. Returns {@code null}
 * when no conversion applies; throws with the reason when one applies but fails.
 */
final class Conversions {
    private Conversions() {}

    static Object convert(FieldType type, Object value) {
        FieldKind kind = type.kind();
        if (value instanceof Number) {
            return number(kind, (Number) value);
        }
        if (value instanceof String) {
            return text(type, (String) value);
        }
        if (value instanceof Date && kind == FieldKind.INSTANT) {
            return ((Date) value).toInstant();
        }
        if (value instanceof Instant && kind == FieldKind.DATE) {
            return Date.from((Instant) value);
        }
        return null;
    }

    private static Object number(FieldKind kind, Number number) {
        BigDecimal exact = number instanceof BigDecimal ? (BigDecimal) number : new BigDecimal(number.toString());
        switch (kind) {
            case INT:
                return exact.intValueExact();
            case LONG:
                return exact.longValueExact();
            case SHORT:
                return exact.shortValueExact();
            case BYTE:
                return exact.byteValueExact();
            case DOUBLE:
                return number.doubleValue();
            case FLOAT:
                return number.floatValue();
            case DECIMAL:
                return exact;
            default:
                return null;
        }
    }

    private static Object text(FieldType type, String text) {
        switch (type.kind()) {
            case INT:
            case LONG:
            case SHORT:
            case BYTE:
            case DOUBLE:
            case FLOAT:
            case DECIMAL:
                return number(type.kind(), new BigDecimal(text.trim()));
            case BOOLEAN:
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(text);
                }
                throw new IllegalArgumentException("expected true or false");
            case CHAR:
                if (text.length() == 1) {
                    return text.charAt(0);
                }
                throw new IllegalArgumentException("expected one character");
            case OBJECT_ID:
                if (ObjectId.isValid(text)) {
                    return new ObjectId(text);
                }
                throw new IllegalArgumentException("expected 24 hexadecimal digits");
            case UUID:
                return UUID.fromString(text);
            case INSTANT:
                return Instant.parse(text);
            case DATE:
                return Date.from(Instant.parse(text));
            case LOCAL_DATE:
                return LocalDate.parse(text);
            case LOCAL_DATE_TIME:
                return LocalDateTime.parse(text);
            case ENUM:
                return decode(type.codec(), text);
            default:
                return null;
        }
    }

    /** Reads {@code text} through the field's codec, as if it were stored: enums by name. */
    private static Object decode(ValueCodec<?> codec, String text) {
        return Documents.read(codec, new BsonString(text));
    }
}
