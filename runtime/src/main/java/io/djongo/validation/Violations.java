package io.djongo.validation;

import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one object while its generated metadata validates it, each under
 * its path: {@code headline}, {@code blog.name}, {@code authors[2].email}, {@code votes[up]}.
 * Generated {@code validate} methods call {@link #check} once per field with rules, and
 * {@link #model}/{@link #models} for fields holding embedded models, which validate themselves
 * under the field's path.
 */
public final class Violations {
    private final List<Violation> found;
    private final String prefix;
    /** The embedded objects being validated, outermost first: an object that contains itself is validated once. */
    private final java.util.Set<Object> open;

    public Violations() {
        this(new ArrayList<>(), "", java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private Violations(List<Violation> found, String prefix, java.util.Set<Object> open) {
        this.found = found;
        this.prefix = prefix;
        this.open = open;
    }

    private String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** The violations of a nested object, reported under {@code path} (a field, {@code authors[2]}, ...). */
    private Violations nested(String path) {
        return new Violations(found, path, open);
    }

    /**
     * Validates {@code value} under {@code path}, unless it is already being validated further
     * up: an object graph that contains itself has no BSON form, which encoding reports.
     */
    private <M> void validate(ModelMeta<M> meta, M value, String path) {
        if (value == null || !open.add(value)) {
            return;
        }
        try {
            meta.validate(value, nested(path));
        } finally {
            open.remove(value);
        }
    }

    /** Reports a problem of {@code field} (a Java name) of the object being validated. */
    public void add(String field, String message, String code) {
        found.add(new Violation(path(field), message, code));
    }

    /** Checks {@code value} of {@code field} against every rule of the field, and each element against its element rules. */
    public void check(FieldMeta field, Object value) {
        for (Constraint constraint : field.constraints()) {
            String problem = violation(constraint, value);
            if (problem != null) {
                add(field.name(), problem, constraint.code());
                if (constraint.checksNull() && value == null) {
                    return; // Django stops at a missing value: the other rules say nothing more
                }
            }
        }
        List<Constraint> elementRules = field.elementConstraints();
        if (value == null || elementRules.isEmpty()) {
            return;
        }
        if (value instanceof Collection) {
            int index = 0;
            for (Object element : (Collection<?>) value) {
                checkElement(elementRules, field.name() + "[" + index++ + "]", element);
            }
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                checkElement(elementRules, field.name() + "[" + entry.getKey() + "]", entry.getValue());
            }
        }
    }

    private void checkElement(List<Constraint> rules, String path, Object element) {
        for (Constraint constraint : rules) {
            String problem = violation(constraint, element);
            if (problem != null) {
                add(path, problem, constraint.code());
            }
        }
    }

    /** A rule applied to a value of a type it does not fit (a model built by hand, an unchecked cast) is a problem of the value. */
    private static String violation(Constraint constraint, Object value) {
        try {
            return constraint.violation(value);
        } catch (ClassCastException | IllegalArgumentException e) {
            return "cannot check " + constraint + " of a " + value.getClass().getSimpleName();
        }
    }

    /** Validates the embedded model in {@code field}, when there is one, under the field's path. */
    public <M> void model(FieldMeta field, M value, ModelMeta<M> meta) {
        validate(meta, value, path(field.name()));
    }

    /** Validates each embedded model of a list or set, under {@code field[index]}. */
    public <M> void models(FieldMeta field, Collection<M> values, ModelMeta<M> meta) {
        if (values == null) {
            return;
        }
        int index = 0;
        for (M value : values) {
            validate(meta, value, path(field.name()) + "[" + index + "]");
            index++;
        }
    }

    /** Validates each embedded model of a map, under {@code field[key]}. */
    public <M> void modelValues(FieldMeta field, Map<String, M> values, ModelMeta<M> meta) {
        if (values == null) {
            return;
        }
        for (Map.Entry<String, M> entry : values.entrySet()) {
            validate(meta, entry.getValue(), path(field.name()) + "[" + entry.getKey() + "]");
        }
    }

    /**
     * Runs the model's own {@code clean()} and records what it throws: violations of fields under
     * this object's path, problems of the whole object under this object's path itself (or
     * {@link ValidationError#NON_FIELD_ERRORS} at the top).
     */
    public void clean(Runnable clean) {
        try {
            clean.run();
        } catch (ValidationError error) {
            for (Violation violation : error.violations()) {
                boolean whole = violation.path().equals(ValidationError.NON_FIELD_ERRORS);
                String path = whole ? (prefix.isEmpty() ? ValidationError.NON_FIELD_ERRORS : prefix) : path(violation.path());
                found.add(new Violation(path, violation.message(), violation.code()));
            }
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems found so far. */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link ValidationError} naming {@code model} with every problem, if there are any. */
    public void throwIfAny(String model) {
        if (!found.isEmpty()) {
            throw new ValidationError(model, List.copyOf(found));
        }
    }
}
