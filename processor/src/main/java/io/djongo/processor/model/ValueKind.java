package io.djongo.processor.model;

/**
 * The storage kind of a field type. Names match the runtime's {@code io.djongo.meta.FieldKind},
 * and scalar kinds name their {@code io.djongo.codec.ValueCodecs} constant.
 */
public enum ValueKind {
    STRING("STRING", PathFamily.STRING),
    BOOLEAN("BOOLEAN", PathFamily.EQUALITY),
    INT("INT", PathFamily.NUMBER),
    LONG("LONG", PathFamily.NUMBER),
    DOUBLE("DOUBLE", PathFamily.NUMBER),
    FLOAT("FLOAT", PathFamily.NUMBER),
    SHORT("SHORT", PathFamily.NUMBER),
    BYTE("BYTE", PathFamily.NUMBER),
    CHAR("CHAR", PathFamily.COMPARABLE),
    OBJECT_ID("OBJECT_ID", PathFamily.COMPARABLE),
    INSTANT("INSTANT", PathFamily.DATE),
    DATE("DATE", PathFamily.DATE),
    LOCAL_DATE("LOCAL_DATE", PathFamily.DATE),
    LOCAL_DATE_TIME("LOCAL_DATE_TIME", PathFamily.DATE),
    DECIMAL("DECIMAL", PathFamily.NUMBER),
    UUID("UUID_STANDARD", PathFamily.EQUALITY),
    BINARY("BINARY", PathFamily.EQUALITY),
    ENUM(null, PathFamily.EQUALITY),
    EMBEDDED(null, null),
    LIST(null, null),
    SET(null, null),
    MAP(null, null),
    /** {@code Ref<T>}: a reference to a {@code @Model}, stored as its id. */
    REFERENCE(null, null),
    /** {@code RefList<T>}: references to a {@code @Model}, stored as an array of ids. */
    REFERENCES(null, null);

    /** Which runtime path class a scalar field gets. */
    public enum PathFamily {
        STRING, NUMBER, DATE, COMPARABLE, EQUALITY
    }

    private final String codecConstant;
    private final PathFamily pathFamily;

    ValueKind(String codecConstant, PathFamily pathFamily) {
        this.codecConstant = codecConstant;
        this.pathFamily = pathFamily;
    }

    /** The {@code ValueCodecs} constant of a scalar kind; {@code null} for the others. */
    public String codecConstant() {
        return codecConstant;
    }

    /** The path family of a scalar kind; {@code null} for the others. */
    public PathFamily pathFamily() {
        return pathFamily;
    }

    public boolean isScalar() {
        return codecConstant != null;
    }

    public boolean isContainer() {
        return this == LIST || this == SET || this == MAP;
    }

    public boolean isReference() {
        return this == REFERENCE || this == REFERENCES;
    }
}
