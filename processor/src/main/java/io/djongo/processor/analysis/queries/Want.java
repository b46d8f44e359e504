package io.djongo.processor.analysis.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.ValueKind;
import java.time.LocalTime;

/**
 * What a value in a query must be, for one lookup: a value of the field, a collection of them, text,
 * a whole number, a day, ... Checks a parameter's declared type, and says in messages what to declare.
 *
 * @param kind the shape of the value
 * @param type the field type it is made of, where there is one
 */
record Want(Kind kind, FieldType type) {
    enum Kind { FIELD, COLLECTION, COLLECTIONS, MAP, TEXT, TEXTS, BOOL, INT, INTS, DAY, DAYS, TIME, TIMES, NUMBER }

    private static final ClassName LOCAL_TIME = ClassName.get(LocalTime.class);

    static Want field(FieldType type) {
        return new Want(Kind.FIELD, type);
    }

    static Want collection(FieldType type) {
        return new Want(Kind.COLLECTION, type);
    }

    static Want of(Kind kind) {
        return new Want(kind, null);
    }

    /** The want of one element, for the items of a list written in the query. */
    Want item() {
        switch (kind) {
            case COLLECTION:
                return field(type);
            case COLLECTIONS:
                return collection(type);
            case TEXTS:
                return of(Kind.TEXT);
            case INTS:
                return of(Kind.INT);
            case DAYS:
                return of(Kind.DAY);
            case TIMES:
                return of(Kind.TIME);
            default:
                return null;
        }
    }

    /** Whether a parameter of type {@code type} gives such a value. */
    boolean accepts(JavaType parameter) {
        switch (kind) {
            case FIELD:
                return parameter.fits(type);
            case COLLECTION:
                return parameter.isCollectionOf(type);
            case COLLECTIONS:
                return parameter.kind() == JavaType.Kind.COLLECTION && parameter.element().isCollectionOf(type);
            case MAP:
                return parameter.kind() == JavaType.Kind.MAP && parameter.element().fits(type);
            case TEXT:
                return parameter.is(ValueKind.STRING);
            case TEXTS:
                return parameter.kind() == JavaType.Kind.COLLECTION && parameter.element().is(ValueKind.STRING);
            case BOOL:
                return parameter.is(ValueKind.BOOLEAN);
            case INT:
                return parameter.is(ValueKind.INT);
            case INTS:
                return parameter.kind() == JavaType.Kind.COLLECTION && parameter.element().is(ValueKind.INT);
            case DAY:
                return parameter.is(ValueKind.LOCAL_DATE);
            case DAYS:
                return parameter.kind() == JavaType.Kind.COLLECTION && parameter.element().is(ValueKind.LOCAL_DATE);
            case TIME:
                return parameter.boxed().equals(LOCAL_TIME);
            case TIMES:
                return parameter.kind() == JavaType.Kind.COLLECTION && parameter.element().boxed().equals(LOCAL_TIME);
            case NUMBER:
                return parameter.isNumber();
            default:
                return false;
        }
    }

    /** What such a value is, for messages: {@code an int}, {@code a Collection<String> (a List or a Set)}. */
    String description() {
        switch (kind) {
            case FIELD: {
                String declaration = declaration();
                if (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET) {
                    return "a " + declaration;
                }
                return ("aeiouAEIOU".indexOf(declaration.charAt(0)) >= 0 ? "an " : "a ") + declaration;
            }
            case COLLECTION:
            case COLLECTIONS:
            case TEXTS:
            case INTS:
            case DAYS:
            case TIMES:
            case MAP:
                return "a " + declaration();
            case TEXT:
                return "text (String)";
            case BOOL:
                return "true or false (boolean)";
            case INT:
                return "a whole number (int)";
            case DAY:
                return "a day (LocalDate)";
            case TIME:
                return "a time of day (LocalTime)";
            case NUMBER:
                return "a number (int, long, double, BigDecimal, ...)";
            default:
                return kind.name();
        }
    }

    /** How to declare a parameter of this want. */
    String declaration() {
        switch (kind) {
            case FIELD:
                if (type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET) {
                    return "Collection<" + JavaType.simple(type.element().boxed()) + "> (a List or a Set)";
                }
                return JavaType.simple(type.typeName());
            case COLLECTION:
                return "Collection<" + JavaType.simple(type.boxed()) + "> (a List or a Set)";
            case COLLECTIONS:
                return "Collection<List<" + JavaType.simple(type.boxed()) + ">>";
            case MAP:
                return "Map<String, " + JavaType.simple(type.boxed()) + ">";
            case TEXT:
                return "String";
            case TEXTS:
                return "Collection<String>";
            case BOOL:
                return "boolean";
            case INT:
                return "int";
            case INTS:
                return "Collection<Integer>";
            case DAY:
                return "LocalDate";
            case DAYS:
                return "Collection<LocalDate>";
            case TIME:
                return "LocalTime";
            case TIMES:
                return "Collection<LocalTime>";
            case NUMBER:
                return "int, long or double";
            default:
                return kind.name();
        }
    }
}
