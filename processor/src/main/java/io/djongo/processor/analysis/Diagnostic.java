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
    NO_CONSTRUCTOR(Kind.ERROR, "%s has no constructor that generated code can call: none without parameters, and "
            + "none with parameters named after its fields. Add a package-private or public constructor %s() {}, or one "
            + "whose parameters are the fields"),
    CREATOR_MISMATCH(Kind.ERROR, "%s cannot create %s from a document: %s. %s"),
    AMBIGUOUS_CREATOR(Kind.ERROR, "%s has several constructors that can create it from a document: %s. Mark the one to "
            + "use with @Creator"),
    TWO_CREATORS(Kind.ERROR, "%s has a second @Creator, %s (the first is %s). Keep @Creator on one of them"),
    CREATOR_NOT_USABLE(Kind.ERROR, "@Creator is on %s, which %s. %s"),
    BAD_COLLECTION(Kind.ERROR, "the collection name \"%s\" of %s is not valid: %s. "
            + "Choose another name with @Model(collection = \"...\")"),
    BAD_READ_WRITE_OPTION(Kind.ERROR, "@Model(%s = \"%s\") of %s is not valid: %s. %s"),
    COMPANION_NOT_EXTENDED(Kind.NOTE, "%s %s, so %s.objects(), save(), delete() and the other methods the generated %s "
            + "gives its models are not members of %s (javac reports them as \"cannot find symbol\"). %s, or call "
            + "%s.objects() and its save(x), delete(x). Records cannot extend a class and always use %s.objects(); "
            + "@SuppressWarnings(\"djongo:companion-not-extended\") on the class silences this note"),
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
    FINAL_FIELD(Kind.ERROR, "field '%s' is final%s. %s"),
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
            + "the class that generates it ran"),

    // ---- field options

    DEFAULT_COUNT(Kind.ERROR, "@Field(defaultValue) on '%s' gives %d values, but a field has one default. Keep one"),
    BAD_DEFAULT(Kind.ERROR, "@Field(defaultValue = \"%s\") on '%s' is not a value of its type %s: %s. "
            + "Write the default as the field's values are written"),
    DEFAULT_TYPE(Kind.ERROR, "@Field(defaultValue) is set on '%s' of type %s, which has no written form. "
            + "Remove defaultValue and give the field an initial value in the class instead"),
    BAD_CHOICE(Kind.ERROR, "@Field(choices) of '%s' has \"%s\", which is not a value of its type %s: %s. "
            + "Write each choice as the field's values are written"),
    CHOICES_TYPE(Kind.ERROR, "@Field(choices) is set on '%s' of type %s, which has no written form. "
            + "Use choices on String, number, boolean, date or enum fields, or lists of them"),
    AUTO_NOW_TYPE(Kind.ERROR, "@Field(%s = true) is set on '%s' of type %s, but only Instant, Date, LocalDate and "
            + "LocalDateTime fields hold the current time. Change the field's type, or remove %s"),
    AUTO_NOW_BOTH(Kind.ERROR, "@Field on '%s' sets both autoNow and autoNowAdd. Keep autoNow to set the time on every "
            + "save, or autoNowAdd to set it once on insert"),

    // ---- versions

    VERSION_TYPE(Kind.ERROR, "@Version field '%s' has type %s, which cannot count versions. Declare it long or int"),
    TWO_VERSIONS(Kind.ERROR, "%s has a second @Version field, '%s' (the first is '%s'). Keep one of them"),
    VERSION_NOT_MODEL(Kind.ERROR, "@Version is set on '%s' of %s, which is %s, saved only inside other documents. "
            + "Move @Version to the @Model that contains it"),
    VERSION_IS_ID(Kind.ERROR, "'%s' is both the @Id and the @Version. Keep the id, and add a separate long version field"),

    // ---- ordering and indexes

    UNKNOWN_PATH(Kind.ERROR, "%s names \"%s\", but %s has no field \"%s\"%s. Its fields: %s"),
    BAD_PATH(Kind.ERROR, "%s names \"%s\", which is not a path of %s: %s. %s"),
    BAD_INDEX(Kind.ERROR, "an index of %s is not valid: %s. %s"),
    DUPLICATE_INDEX(Kind.ERROR, "%s declares two indexes named \"%s\". Give one of them another name with @Index(name = ...), "
            + "or remove the repeated one"),

    // ---- Jakarta Bean Validation constraints

    CONSTRAINT_TARGET(Kind.ERROR, "@%s on '%s' does not apply to its type %s: it checks %s. Remove it, or change the "
            + "field's type"),
    BAD_CONSTRAINT(Kind.ERROR, "@%s on '%s' is not valid: %s. %s"),
    UNSUPPORTED_CONSTRAINT(Kind.WARNING, "@%s on '%s' is not checked: Djongo compiles the constraints of "
            + "jakarta.validation.constraints into its validation, but not %s. Check the rule in %s's clean() method, "
            + "or remove the annotation"),
    CONSTRAINT_GROUPS(Kind.WARNING, "@%s on '%s' names validation groups, but Djongo checks every constraint on every "
            + "save and fullClean(). Remove groups, or check the rule in clean()"),
    CONSTRAINT_NO_EFFECT(Kind.WARNING, "@%s on '%s' has no effect: its type %s is never null. Remove the annotation"),

    // ---- declared queries (@Queries interfaces); the last %s of most is the text with a caret under the place

    QUERIES_NOT_INTERFACE(Kind.ERROR, "@Queries can only annotate an interface, not %s %s. Declare it 'interface %s': "
            + "the processor implements its abstract methods"),
    QUERIES_NOT_MODEL(Kind.ERROR, "@Queries(%s.class) names %s, which is %s, so it has no collection to query. "
            + "Name a @Model class"),
    NO_QUERY(Kind.ERROR, "%s is neither annotated with @Filter, @Update, @Delete or @Aggregate nor named as a query. "
            + "Annotate it, name it findBy..., countBy..., existsBy... or deleteBy..., or give it a default body"),
    QUERY_SYNTAX(Kind.ERROR, "%s cannot be read: %s. %s%s"),
    UNKNOWN_FIELD(Kind.ERROR, "%s names \"%s\", but %s has no such field.%s Its fields: %s%s"),
    UNKNOWN_LOOKUP(Kind.ERROR, "%s: \"%s\" is not %s of %s (%s).%s %s%s"),
    MISSING_PARAMETER(Kind.ERROR, "%s uses %s, but %s has no such parameter.%s %s%s"),
    UNUSED_PARAMETER(Kind.ERROR, "parameter '%s' of %s is not used by its query. %s"),
    PARAMETER_TYPE(Kind.ERROR, "parameter '%s' is %s, but %s takes %s. Declare it %s%s"),
    BAD_VALUE(Kind.ERROR, "%s gives %s, which %s cannot take: %s. %s%s"),
    RETURN_TYPE(Kind.ERROR, "%s returns %s, which %s cannot give. %s"),
    BAD_JSON(Kind.ERROR, "%s is not valid JSON: %s. Write MongoDB's relaxed JSON, such as {rating: {$gte: :min}}%s"),
    UNKNOWN_OPERATOR(Kind.ERROR, "%s uses \"%s\", which is not %s.%s %s%s"),
    DERIVED_NAME(Kind.ERROR, "the name %s cannot be read as a query: %s. %s%s"),
    QUERY_CONFLICT(Kind.ERROR, "%s: %s. %s"),
    BAD_UPDATE(Kind.ERROR, "%s cannot be sent as one update: %s. %s%s"),
    PAGE_PARAMETER(Kind.ERROR, "%s: %s. %s%s"),
    PAGE_ORDER(Kind.ERROR, "%s returns %s, but %s. %s"),

    // ---- relations

    REFERENCE_TARGET(Kind.ERROR, "field '%s' is a %s<%s>, but %s is not a @Model: %s"),
    REFERENCE_IN_CONTAINER(Kind.ERROR, "field '%s' has type %s, but references are fields of their own. Declare it "
            + "RefList<T> for many references (a many-to-many relation)"),
    RELATION_MISSING(Kind.ERROR, "field '%s' refers to %s but does not say what deleting a %s does to it. Annotate it "
            + "@ForeignKey(onDelete = OnDelete.CASCADE) (or PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, DO_NOTHING), or "
            + "@OneToOne(onDelete = ...) when each %s has at most one"),
    RELATION_TYPE(Kind.ERROR, "@%s is set on '%s' of type %s, but it describes a reference. Declare the field %s"),
    RELATION_CONFLICT(Kind.ERROR, "field '%s' is annotated with both @ForeignKey and @OneToOne. Keep @OneToOne when "
            + "each target has at most one %s, @ForeignKey otherwise"),
    SET_NULL_NOT_NULLABLE(Kind.ERROR, "field '%s' is @Field(nullable = false), so onDelete = SET_NULL cannot set it to null. "
            + "Choose another onDelete, or allow null"),
    SET_DEFAULT_WITHOUT_DEFAULT(Kind.ERROR, "field '%s' has onDelete = SET_DEFAULT but no default. Give it "
            + "@Field(defaultValue = \"<an id of %s>\"), or choose another onDelete"),
    BAD_RELATED_NAME(Kind.ERROR, "relatedName = \"%s\" of '%s' is not a Java identifier, but it names a method and a "
            + "path of %s. Choose a name such as \"entries\""),
    THROUGH_NOT_MODEL(Kind.ERROR, "field '%s' has @ManyToMany(through = %s.class), but %s is not a @Model. Annotate it "
            + "@Model, with a @ForeignKey Ref<%s> and a @ForeignKey Ref<%s>"),
    THROUGH_REFERENCES(Kind.ERROR, "field '%s' has @ManyToMany(through = %s.class), but %s has %s. It needs exactly one "
            + "@ForeignKey Ref<%s> and one @ForeignKey Ref<%s>, which hold each pair"),
    THROUGH_IN_RECORD(Kind.ERROR, "component '%s' of record %s has @ManyToMany(through = ...), which stores nothing in "
            + "%s's documents, so the record could not be read back. Declare %s as a class, or query %s directly"),
    RELATED_NAME_CLASH(Kind.ERROR, "field '%s' of %s gives %s a reverse relation named \"%s\", %s. Give one of them "
            + "another name with relatedName = \"...\""),

    // ---- migrations

    MIGRATION_NOT_OPERATIONS(Kind.ERROR, "@Migration class %s does not implement io.djongo.migrations.Operations, so "
            + "migrate cannot run it. Declare it 'implements Operations' with an operations() method"),
    MIGRATION_DECLARATION(Kind.ERROR, "@Migration class %s is not usable by migrate: %s. %s"),
    MIGRATION_DEPENDENCY(Kind.ERROR, "@Migration %s depends on \"%s\", which is not a @Migration of package %s%s. "
            + "Migrations there: %s"),

    // ---- modular applications (module-info.java)

    MODULE_REQUIRES(Kind.ERROR, "module %s does not read io.djongo.runtime, which the generated code of its models "
            + "uses. Add this line to its module-info.java: requires io.djongo.runtime; (requires transitive "
            + "io.djongo.runtime; when the module exports its models)"),
    MODULE_PROVIDES(Kind.WARNING, "module %s does not provide its generated model index %s, so on the module path the "
            + "runtime's model registry finds none of its models: migrations see no models, and driver collections of "
            + "model classes have no codecs. Add this line to its module-info.java: %s");

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
