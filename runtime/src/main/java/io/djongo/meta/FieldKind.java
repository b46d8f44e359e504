package io.djongo.meta;

/** The storage kind of a field, which decides its BSON type and the lookups it supports. */
public enum FieldKind {
    STRING, BOOLEAN, INT, LONG, DOUBLE, FLOAT, SHORT, BYTE, CHAR,
    OBJECT_ID, INSTANT, DATE, LOCAL_DATE, LOCAL_DATE_TIME, DECIMAL, UUID, BINARY, ENUM,
    /** A single embedded model ({@link FieldType#model()}). */
    EMBEDDED,
    /** A {@code List} ({@link FieldType#element()}). */
    LIST,
    /** A {@code Set} ({@link FieldType#element()}). */
    SET,
    /** A {@code Map<String, V>} ({@link FieldType#element()} is {@code V}). */
    MAP,
    /** A reference to one object of another model, {@code Ref<T>}, stored as its id ({@link FieldType#model()} is {@code T}). */
    REFERENCE,
    /** References to objects of another model, {@code RefList<T>}, stored as an array of ids. */
    REFERENCES;

    /** Whether values of this kind refer to objects of another model. */
    public boolean isReference() {
        return this == REFERENCE || this == REFERENCES;
    }

    /** Whether values of this kind are numbers. */
    public boolean isNumeric() {
        return this == INT || this == LONG || this == DOUBLE || this == FLOAT || this == SHORT || this == BYTE
                || this == DECIMAL;
    }

    /** Whether values of this kind are points in time. */
    public boolean isTemporal() {
        return this == INSTANT || this == DATE || this == LOCAL_DATE || this == LOCAL_DATE_TIME;
    }

    /** Whether values of this kind hold other values. */
    public boolean isContainer() {
        return this == LIST || this == SET || this == MAP;
    }
}
