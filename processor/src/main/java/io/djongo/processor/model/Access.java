package io.djongo.processor.model;

import java.util.Objects;

/**
 * How generated code reads and writes one field.
 *
 * @param read whether the field is read directly or through a method
 * @param getter the field name, or the accessor's name ({@code getTitle}, {@code isActive}, {@code title})
 * @param write whether the field is assigned, set through a method, or only passed to the model's
 *     {@link Creator} (records, final fields, private fields without a setter)
 * @param setter the field name or the setter's name; {@code null} when written through the creator
 */
public record Access(Read read, String getter, Write write, String setter) {

    /** How a field is read. */
    public enum Read {
        /** {@code instance.title}: a field generated code can see. */
        FIELD,
        /** {@code instance.getTitle()}: a getter, a record accessor or an accessor named as the field. */
        METHOD
    }

    /** How a field is written. */
    public enum Write {
        /** {@code instance.title = value}. */
        FIELD,
        /** {@code instance.setTitle(value)}. */
        METHOD,
        /** Only as an argument of the model's creator: a new instance is built instead. */
        CREATOR
    }

    public Access {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(getter, "getter");
        Objects.requireNonNull(write, "write");
        if ((write == Write.CREATOR) != (setter == null)) {
            throw new IllegalArgumentException("a setter is named for, and only for, fields written in place");
        }
    }

    /** A non-private field, read and assigned directly. */
    public static Access field(String name) {
        return new Access(Read.FIELD, name, Write.FIELD, name);
    }

    /** A private field with a getter and a setter. */
    public static Access bean(String getter, String setter) {
        return new Access(Read.METHOD, getter, Write.METHOD, setter);
    }

    /** A record component, read by its accessor and passed to the canonical constructor. */
    public static Access record(String accessor) {
        return new Access(Read.METHOD, accessor, Write.CREATOR, null);
    }

    /** A field that only the creator can set, read directly ({@code read} FIELD) or through {@code getter}. */
    public static Access createdOnly(Read read, String getter) {
        return new Access(read, getter, Write.CREATOR, null);
    }

    /** The expression that reads the field of {@code instance}. */
    public String read(String instance) {
        return read == Read.FIELD ? instance + "." + getter : instance + "." + getter + "()";
    }

    /** Whether the field can be changed on an existing instance, rather than only through the creator. */
    public boolean assignable() {
        return write != Write.CREATOR;
    }
}
