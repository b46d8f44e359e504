package io.djongo.meta;

import io.djongo.validation.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One persistent field of a model, as declared: its Java name, its key in the document, its
 * type, its {@code @Field} options and its validation rules. Generated once per model, as
 * {@code FieldMeta.of(name, key, type)} followed by the options that differ from the defaults;
 * validation, string lookups, migrations and the admin read it.
 */
public final class FieldMeta {
    private final String name;
    private final String bsonName;
    private final FieldType type;
    private boolean id;
    private boolean version;
    private int maxLength = -1;
    private boolean nullable;
    private boolean blank = true;
    private List<String> choices = List.of();
    private boolean unique;
    private boolean indexed;
    private boolean editable = true;
    private boolean autoNow;
    private boolean autoNowAdd;
    private String label;
    private String helpText = "";
    private Supplier<?> defaultValue;
    private RelationMeta relation;
    private List<Constraint> constraints = List.of();
    private List<Constraint> elementConstraints = List.of();
    private List<Constraint> rules;
    private List<Constraint> elementRules;

    private FieldMeta(String name, String bsonName, FieldType type) {
        this.name = Objects.requireNonNull(name, "name");
        this.bsonName = Objects.requireNonNull(bsonName, "bsonName");
        this.type = Objects.requireNonNull(type, "type");
        this.nullable = !type.isPrimitive();
    }

    /** A field with the default options: nullable unless primitive, blank allowed, no limits, editable. */
    public static FieldMeta of(String name, String bsonName, FieldType type) {
        return new FieldMeta(name, bsonName, type);
    }

    private FieldMeta copy() {
        FieldMeta copy = new FieldMeta(name, bsonName, type);
        copy.id = id;
        copy.version = version;
        copy.maxLength = maxLength;
        copy.nullable = nullable;
        copy.blank = blank;
        copy.choices = choices;
        copy.unique = unique;
        copy.indexed = indexed;
        copy.editable = editable;
        copy.autoNow = autoNow;
        copy.autoNowAdd = autoNowAdd;
        copy.label = label;
        copy.helpText = helpText;
        copy.defaultValue = defaultValue;
        copy.constraints = constraints;
        copy.elementConstraints = elementConstraints;
        copy.relation = relation;
        return copy;
    }

    // ---- generated code declares fields with these

    /** This field as the model's {@code @Id}. */
    public FieldMeta asId() {
        FieldMeta copy = copy();
        copy.id = true;
        return copy;
    }

    /** This field as the model's {@code @Version}, maintained by the runtime. */
    public FieldMeta asVersion() {
        FieldMeta copy = copy();
        copy.version = true;
        copy.editable = false;
        return copy;
    }

    public FieldMeta withMaxLength(int maxLength) {
        FieldMeta copy = copy();
        copy.maxLength = maxLength;
        return copy;
    }

    public FieldMeta withNullable(boolean nullable) {
        FieldMeta copy = copy();
        copy.nullable = nullable;
        return copy;
    }

    public FieldMeta withBlank(boolean blank) {
        FieldMeta copy = copy();
        copy.blank = blank;
        return copy;
    }

    public FieldMeta withChoices(List<String> choices) {
        FieldMeta copy = copy();
        copy.choices = List.copyOf(choices);
        return copy;
    }

    public FieldMeta withUnique(boolean unique) {
        FieldMeta copy = copy();
        copy.unique = unique;
        return copy;
    }

    public FieldMeta withIndexed(boolean indexed) {
        FieldMeta copy = copy();
        copy.indexed = indexed;
        return copy;
    }

    public FieldMeta withEditable(boolean editable) {
        FieldMeta copy = copy();
        copy.editable = editable;
        return copy;
    }

    /** Set to the current time on every save (Django's {@code auto_now}); not editable. */
    public FieldMeta withAutoNow() {
        FieldMeta copy = copy();
        copy.autoNow = true;
        copy.editable = false;
        return copy;
    }

    /** Set to the current time on insert (Django's {@code auto_now_add}); not editable. */
    public FieldMeta withAutoNowAdd() {
        FieldMeta copy = copy();
        copy.autoNowAdd = true;
        copy.editable = false;
        return copy;
    }

    public FieldMeta withLabel(String label) {
        FieldMeta copy = copy();
        copy.label = Objects.requireNonNull(label, "label");
        return copy;
    }

    public FieldMeta withHelpText(String helpText) {
        FieldMeta copy = copy();
        copy.helpText = Objects.requireNonNull(helpText, "helpText");
        return copy;
    }

    /** The default, created fresh for each use (a new list for a list field). */
    public FieldMeta withDefault(Supplier<?> defaultValue) {
        FieldMeta copy = copy();
        copy.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        return copy;
    }

    /** This reference field's relation to its target model ({@code @ForeignKey}, {@code @OneToOne}, {@code @ManyToMany}). */
    public FieldMeta withRelation(RelationMeta relation) {
        FieldMeta copy = copy();
        copy.relation = Objects.requireNonNull(relation, "relation");
        return copy;
    }

    /** Validation rules of the value, from Jakarta Bean Validation annotations on the field. */
    public FieldMeta withConstraints(Constraint... constraints) {
        FieldMeta copy = copy();
        copy.constraints = List.of(constraints);
        return copy;
    }

    /** Validation rules of each element of a list or set, or each value of a map ({@code List<@Email String>}). */
    public FieldMeta withElementConstraints(Constraint... constraints) {
        FieldMeta copy = copy();
        copy.elementConstraints = List.of(constraints);
        return copy;
    }

    // ---- reading

    /** The Java field or record component name. */
    public String name() {
        return name;
    }

    /** The key in the BSON document ({@code _id} for the id). */
    public String bsonName() {
        return bsonName;
    }

    public FieldType type() {
        return type;
    }

    /** Whether this is the {@code @Id} field. */
    public boolean id() {
        return id;
    }

    /** Whether this is the {@code @Version} field. */
    public boolean version() {
        return version;
    }

    /** The largest allowed string length, or {@code -1}. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether {@code null} may be stored. */
    public boolean nullable() {
        return nullable;
    }

    /** Whether an empty value is allowed. */
    public boolean blank() {
        return blank;
    }

    /** The allowed values, as written; empty for any. */
    public List<String> choices() {
        return choices;
    }

    /** Whether values are unique across the collection. */
    public boolean unique() {
        return unique;
    }

    /** Whether the field is indexed. */
    public boolean indexed() {
        return indexed;
    }

    /** Whether forms show the field for editing. */
    public boolean editable() {
        return editable;
    }

    public boolean autoNow() {
        return autoNow;
    }

    public boolean autoNowAdd() {
        return autoNowAdd;
    }

    /**
     * The Java name in snake_case, as Django spells field names in lookups and admin options:
     * {@code pubDate} → {@code pub_date}. String lookups and the admin accept it besides the Java
     * and BSON names.
     */
    public String snakeName() {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The human-readable name: the declared label, or the name in words ({@code pubDate} → {@code pub date}). */
    public String label() {
        return label != null ? label : words(name);
    }

    public String helpText() {
        return helpText;
    }

    /** The relation of a reference field; {@code null} for other fields. */
    public RelationMeta relation() {
        return relation;
    }

    /** Whether the field declares a default. */
    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** A new instance of the default value, or {@code null} when there is none. */
    public Object defaultValue() {
        return defaultValue == null ? null : defaultValue.get();
    }

    /**
     * Every rule of the value itself, in Django's order: nullability, blankness, then the
     * declared rules. Choices and {@code maxLength} of a list apply to its elements instead.
     */
    public List<Constraint> constraints() {
        List<Constraint> result = rules;
        if (result == null) {
            List<Constraint> all = new ArrayList<>();
            boolean container = type.kind().isContainer() || type.kind() == FieldKind.REFERENCES;
            if (!nullable && !type.isPrimitive() && !(id && type.kind() == FieldKind.OBJECT_ID)) {
                all.add(Constraint.notNull());
            }
            if (!blank) {
                all.add(Constraint.notBlank());
            }
            if (!container && !choices.isEmpty()) {
                all.add(Constraint.choices(choices));
            }
            if (!container && maxLength >= 0) {
                all.add(Constraint.maxLength(maxLength));
            }
            all.addAll(constraints);
            result = List.copyOf(all);
            rules = result;
        }
        return result;
    }

    /** Every rule of each element of a list or set, or of each value of a map. */
    public List<Constraint> elementConstraints() {
        List<Constraint> result = elementRules;
        if (result == null) {
            List<Constraint> all = new ArrayList<>();
            if (type.kind().isContainer() || type.kind() == FieldKind.REFERENCES) {
                if (!choices.isEmpty()) {
                    all.add(Constraint.choices(choices));
                }
                if (maxLength >= 0) {
                    all.add(Constraint.maxLength(maxLength));
                }
            }
            all.addAll(elementConstraints);
            result = List.copyOf(all);
            elementRules = result;
        }
        return result;
    }

    /** {@code pubDate} → {@code pub date}, {@code isbn13} → {@code isbn13}, as Django derives verbose names. */
    static String words(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append(' ');
            }
            out.append(c == '_' ? ' ' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "FieldMeta[" + name + " -> " + bsonName + ": " + type + "]";
    }
}
