package io.djongo.processor.model;

/**
 * How generated code reads and writes one field.
 *
 * @param style direct field access, JavaBeans accessors, or a record component
 * @param getter the field name, getter method name, or record accessor name
 * @param setter the field name or setter method name; {@code null} for records
 */
public record Access(Style style, String getter, String setter) {

    public enum Style {
        /** A non-private field, read and assigned directly. */
        FIELD,
        /** A private field with a getter and a setter. */
        BEAN,
        /** A record component, read by its accessor and passed to the canonical constructor. */
        RECORD
    }

    public static Access field(String name) {
        return new Access(Style.FIELD, name, name);
    }

    public static Access bean(String getter, String setter) {
        return new Access(Style.BEAN, getter, setter);
    }

    public static Access record(String accessor) {
        return new Access(Style.RECORD, accessor, null);
    }

    /** The expression that reads the field of {@code instance}. */
    public String read(String instance) {
        return style == Style.FIELD ? instance + "." + getter : instance + "." + getter + "()";
    }
}
