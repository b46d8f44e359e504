package io.djongo.validation;

import io.djongo.DjongoException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An object breaks its model's rules (Django's {@code ValidationError}): every problem found, by
 * path, each with a message and a code. Thrown by {@code fullClean()} and by every write that
 * validates first ({@code save()}, {@code create()}, {@code bulkCreate()}, ...), in which case
 * nothing was written.
 *
 * <p>A model's own {@code clean()} method throws it too, for rules that involve several fields:
 * {@code throw new ValidationError("pubDate", "must not be before the blog started")}, or
 * without a field for a rule of the whole object.
 */
public class ValidationError extends DjongoException {
    private static final long serialVersionUID = 1L;

    /** The path of problems that concern the whole object rather than one field (Django's {@code __all__}). */
    public static final String NON_FIELD_ERRORS = "__all__";

    private final transient List<Violation> violations;

    /** Every violation; at least one. */
    public ValidationError(List<Violation> violations) {
        this(null, violations);
    }

    /** A problem of the whole object, with the code {@code invalid}. */
    public ValidationError(String message) {
        this(List.of(new Violation(NON_FIELD_ERRORS, message, "invalid")));
    }

    /** A problem of one field (a path such as {@code blog.name}), with the code {@code invalid}. */
    public ValidationError(String path, String message) {
        this(path, message, "invalid");
    }

    /** A problem of one field with a code of your choosing. */
    public ValidationError(String path, String message, String code) {
        this(List.of(new Violation(path, message, code)));
    }

    /** The violations of an object of model {@code model}, named in the message. */
    public ValidationError(String model, List<Violation> violations) {
        super(message(model, violations));
        this.violations = List.copyOf(violations);
    }

    private static String message(String model, List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationError needs at least one violation");
        }
        StringBuilder text = new StringBuilder(model == null ? "invalid" : model + " is not valid");
        text.append(": ");
        for (int i = 0; i < violations.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(violations.get(i));
        }
        return text.toString();
    }

    /** Every violation, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    /** The messages by path, as Django's {@code message_dict}: {@code {"headline": ["Ensure ..."]}}. */
    public Map<String, List<String>> messageDict() {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        for (Violation violation : violations) {
            byPath.computeIfAbsent(violation.path(), path -> new ArrayList<>()).add(violation.message());
        }
        byPath.replaceAll((path, messages) -> Collections.unmodifiableList(messages));
        return Collections.unmodifiableMap(byPath);
    }

    /** The messages of one path; empty when it has none. */
    public List<String> messages(String path) {
        return messageDict().getOrDefault(path, List.of());
    }
}
