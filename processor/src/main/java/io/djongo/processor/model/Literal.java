package io.djongo.processor.model;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
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
 * A value written as text in an annotation ({@code @Field(defaultValue = "3")}, a choice), in the
 * type of its field: checked once by {@link #parse}, then turned into the Java expression the
 * generated code uses and the BSON value the schema snapshot records. Which texts a type takes
 * is decided here and nowhere else.
 *
 * @param type the field's type
 * @param text the text as written
 */
public record Literal(FieldType type, String text) {

    public Literal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The literal {@code text} of {@code type}.
     *
     * @throws IllegalArgumentException saying what the type takes, when {@code text} is not such a value
     */
    public static Literal parse(FieldType type, String text) {
        Literal literal = new Literal(type, text);
        literal.bson(); // parses, or throws with the reason
        return literal;
    }

    /** The value as BSON, as the field's codec stores it. */
    public BsonValue bson() {
        String trimmed = text.trim();
        switch (type.kind()) {
            case STRING:
                return new BsonString(text);
            case CHAR:
                if (text.length() != 1) {
                    throw new IllegalArgumentException("a char is one character");
                }
                return new BsonString(text);
            case BOOLEAN:
                if (!trimmed.equals("true") && !trimmed.equals("false")) {
                    throw new IllegalArgumentException("a boolean is true or false");
                }
                return BsonBoolean.valueOf(Boolean.parseBoolean(trimmed));
            case INT:
                return new BsonInt32((int) integer(trimmed, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int"));
            case SHORT:
                return new BsonInt32((int) integer(trimmed, Short.MIN_VALUE, Short.MAX_VALUE, "a short"));
            case BYTE:
                return new BsonInt32((int) integer(trimmed, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte"));
            case LONG:
                return new BsonInt64(integer(trimmed, Long.MIN_VALUE, Long.MAX_VALUE, "a long"));
            case DOUBLE:
            case FLOAT:
                try {
                    double value = Double.parseDouble(trimmed);
                    if (Double.isNaN(value) || Double.isInfinite(value)) {
                        throw new NumberFormatException();
                    }
                    return new BsonDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a finite number such as 1.5");
                }
            case DECIMAL:
                try {
                    return new BsonDecimal128(new Decimal128(new BigDecimal(trimmed)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a decimal number such as 9.99");
                }
            case OBJECT_ID:
                if (!ObjectId.isValid(trimmed)) {
                    throw new IllegalArgumentException("an ObjectId is 24 hexadecimal digits");
                }
                return new BsonObjectId(new ObjectId(trimmed));
            case UUID:
                try {
                    return new BsonBinary(UUID.fromString(trimmed), UuidRepresentation.STANDARD);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("expected a UUID such as 123e4567-e89b-12d3-a456-426614174000");
                }
            case INSTANT:
            case DATE:
                return new BsonDateTime(instant(trimmed).toEpochMilli());
            case LOCAL_DATE:
                return new BsonDateTime(localDate(trimmed).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            case LOCAL_DATE_TIME:
                return new BsonDateTime(localDateTime(trimmed).toInstant(ZoneOffset.UTC).toEpochMilli());
            case ENUM:
                if (!type.enumConstants().contains(trimmed)) {
                    throw new IllegalArgumentException("expected one of the constants " + type.enumConstants());
                }
                return new BsonString(trimmed);
            case LIST:
            case SET:
                if (!trimmed.equals("[]")) {
                    throw new IllegalArgumentException("a list or set takes only \"[]\", the empty one");
                }
                return new BsonArray();
            case MAP:
                if (!trimmed.equals("{}")) {
                    throw new IllegalArgumentException("a map takes only \"{}\", the empty one");
                }
                return new BsonDocument();
            default:
                throw new IllegalArgumentException("a value of type " + type.typeName() + " cannot be written as text");
        }
    }

    /** The Java expression of the value, of the field's declared type: {@code 3}, {@code Status.DRAFT}, {@code new ArrayList<>()}. */
    public CodeBlock javaExpression() {
        BsonValue bson = bson();
        String trimmed = text.trim();
        switch (type.kind()) {
            case STRING:
                return CodeBlock.of("$S", text);
            case CHAR:
                return CodeBlock.of("$L", charLiteral(text.charAt(0)));
            case BOOLEAN:
                return CodeBlock.of("$L", trimmed);
            case INT:
                return CodeBlock.of("$L", bson.asInt32().getValue());
            case SHORT:
                return CodeBlock.of("(short) $L", bson.asInt32().getValue());
            case BYTE:
                return CodeBlock.of("(byte) $L", bson.asInt32().getValue());
            case LONG:
                return CodeBlock.of("$LL", bson.asInt64().getValue());
            case DOUBLE:
                return CodeBlock.of("$L", Double.toString(bson.asDouble().getValue()));
            case FLOAT:
                return CodeBlock.of("$Lf", Float.toString((float) bson.asDouble().getValue()));
            case DECIMAL:
                return CodeBlock.of("new $T($S)", BigDecimal.class, trimmed);
            case OBJECT_ID:
                return CodeBlock.of("new $T($S)", ObjectId.class, trimmed);
            case UUID:
                return CodeBlock.of("$T.fromString($S)", UUID.class, trimmed);
            case INSTANT:
                return CodeBlock.of("$T.parse($S)", Instant.class, instant(trimmed).toString());
            case DATE:
                return CodeBlock.of("$T.from($T.parse($S))", java.util.Date.class, Instant.class, instant(trimmed).toString());
            case LOCAL_DATE:
                return CodeBlock.of("$T.parse($S)", LocalDate.class, localDate(trimmed).toString());
            case LOCAL_DATE_TIME:
                return CodeBlock.of("$T.parse($S)", LocalDateTime.class, localDateTime(trimmed).toString());
            case ENUM:
                return CodeBlock.of("$T.$L", type.typeName(), trimmed);
            case LIST:
                return CodeBlock.of("new $T<>()", java.util.ArrayList.class);
            case SET:
                return CodeBlock.of("new $T<>()", java.util.LinkedHashSet.class);
            case MAP:
                return CodeBlock.of("new $T<>()", java.util.LinkedHashMap.class);
            default:
                throw new IllegalStateException(type.kind() + " has no literal");
        }
    }

    private static long integer(String text, long min, long max, String what) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + what + ", a whole number such as 42");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " does not fit in " + what + " (" + min + " to " + max + ")");
        }
        return value;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected an instant in UTC such as 2024-01-31T10:00:00Z");
        }
    }

    private static LocalDate localDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date such as 2024-01-31");
        }
    }

    private static LocalDateTime localDateTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date and time such as 2024-01-31T10:00:00");
        }
    }

    private static String charLiteral(char c) {
        if (c == '\'' || c == '\\') {
            return "'\\" + c + "'";
        }
        if (c < 0x20 || c > 0x7e) {
            return String.format("'\\u%04x'", (int) c);
        }
        return "'" + c + "'";
    }
}
