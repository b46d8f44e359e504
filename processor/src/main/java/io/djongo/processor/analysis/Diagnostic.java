package io.djongo.processor.analysis;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor can report, in one catalogue. Each has a stable tag, printed as
 * {@code [djongo:tag]}, so users can search for it and tests can assert on it; each says what
 * is wrong and then how to fix it.
 */
public enum Diagnostic {
    NOT_A_CLASS(Kind.ERROR, "%s can only annotate a class or a record, not %s %s. "
            + "Move the annotation to the class whose instances are stored"),
    NOT_STATIC(Kind.ERROR, "%s class %s is an inner class, so it cannot be created without an enclosing instance. "
            + "Declare it static, or move it to its own file"),
    NOT_ACCESSIBLE(Kind.ERROR, "%s class %s is private, so generated code in its package cannot use it. "
            + "Make it package-private or public"),
    ABSTRACT(Kind.ERROR, "%s class %s is abstract, so it cannot be instantiated when documents are read. "
            + "Remove 'abstract'"),
    GENERIC(Kind.ERROR, "%s class %s has type parameters, which a stored document cannot record. "
            + "Remove the type parameters and use concrete field types"),
    CONFLICTING_ANNOTATIONS(Kind.ERROR, "%s is annotated with both %s and %s. Keep exactly one of them"),
    NO_CONSTRUCTOR(Kind.ERROR, "%s has no constructor without parameters that generated code can call. "
            + "Add a package-private or public constructor %s() {}"),
    BAD_COLLECTION(Kind.ERROR, "the collection name \"%s\" of %s is not valid: %s. "
            + "Choose another name with @Model(collection = \"...\")"),
    NO_ID(Kind.ERROR, "@Model class %s has no @Id field. Annotate its primary key, for example: @Id ObjectId id;"),
    TWO_IDS(Kind.ERROR, "%s has a second @Id field, '%s' (the first is '%s'). A model has exactly one id: "
            + "remove @Id from one of them"),
    ID_IN_EMBEDDED(Kind.ERROR, "%s is %s, stored inside other documents, so it has no id. "
            + "Remove @Id from '%s', or make %s a @Model"),
    ID_TYPE(Kind.ERROR, "the @Id field '%s' has type %s, which cannot be an id. "
            + "Use ObjectId (generated on insert), String, long, int or UUID"),
    ID_TRANSIENT(Kind.ERROR, "the @Id field '%s' is also %s, so the id would never be stored. Remove %s"),
    UNSUPPORTED_TYPE(Kind.ERROR, "field '%s' has type %s, which Djongo cannot store. %s"),
    MAP_KEY(Kind.ERROR, "field '%s' is a map with %s keys; document keys are strings. Declare it Map<String, %s>"),
    RAW_TYPE(Kind.ERROR, "field '%s' has the raw or wildcard type %s, so its elements cannot be stored. "
            + "Give the element type, for example List<String>"),
    MODEL_AS_VALUE(Kind.ERROR, "field '%s' has type %s, a @Model stored in its own collection, which cannot be embedded. "
            + "Annotate %s with @EmbeddedModel instead, or store its id"),
    ARRAY_MODEL_AS_VALUE(Kind.ERROR, "field '%s' holds a single %s, but %s is an @ArrayModel, stored only as an element "
            + "of an array. Declare the field List<%s>, or annotate %s with @EmbeddedModel"),
    PRIVATE_FIELD(Kind.ERROR, "field '%s' is private and has no %s, so generated code cannot %s it. "
            + "Make the field package-private, or add %s"),
    FINAL_FIELD(Kind.ERROR, "field '%s' is final, so it cannot be set when a document is read. "
            + "Remove 'final', or make %s a record"),
    BAD_BSON_NAME(Kind.ERROR, "the document key \"%s\" of field '%s' is not valid: %s. "
            + "Choose another key with @Field(name = \"...\")"),
    DUPLICATE_BSON_NAME(Kind.ERROR, "fields '%s' and '%s' are both stored under the key \"%s\". "
            + "Give one of them another key with @Field(name = \"...\")"),
    MAX_LENGTH_NOT_STRING(Kind.ERROR, "@Field(maxLength = %d) is set on '%s' of type %s, but maxLength applies "
            + "only to String fields. Remove maxLength"),
    BAD_MAX_LENGTH(Kind.ERROR, "@Field(maxLength = %d) on '%s' is not a length. Use a positive number, or -1 for no limit"),
    NULLABLE_PRIMITIVE(Kind.ERROR, "@Field(nullable = true) is set on '%s', but its type %s can never be null. "
            + "Declare it %s, or remove nullable"),
    TRANSIENT_RECORD_COMPONENT(Kind.ERROR, "record component '%s' is @Transient, but a record needs every component "
            + "to be constructed. Remove @Transient, or move the value out of the record"),
    UNRESOLVED_TYPE(Kind.ERROR, "the type of field '%s' could not be resolved (%s). Check that it is imported and that "
            + "the class that generates it ran");

    private final Kind kind;
    private final String format;

    Diagnostic(Kind kind, String format) {
        this.kind = kind;
        this.format = format;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable tag, for example {@code no-id}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The full message with its tag. */
    public String format(Object... args) {
        return "[djongo:" + tag() + "] " + String.format(Locale.ROOT, format, args);
    }
}
