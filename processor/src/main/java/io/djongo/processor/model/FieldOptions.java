package io.djongo.processor.model;

import java.util.List;

/**
 * The {@code @Field} options and validation constraints of one field, with defaults filled in.
 *
 * @param maxLength the largest string length, or {@code -1}
 * @param nullable whether {@code null} may be stored
 * @param blank whether an empty value is allowed
 * @param choices the allowed values as written, or empty
 * @param unique whether values are unique (a unique index)
 * @param index whether the field is indexed
 * @param defaultValue the default, or {@code null}
 * @param editable whether forms show the field for editing
 * @param autoNow whether every save sets the field to the current time
 * @param autoNowAdd whether the insert sets the field to the current time
 * @param label the declared human-readable name, or empty
 * @param helpText the help text, or empty
 * @param constraints the Jakarta constraints of the value
 * @param elementConstraints the Jakarta constraints of each element of a list, set or map
 */
public record FieldOptions(int maxLength, boolean nullable, boolean blank, List<String> choices, boolean unique,
        boolean index, Literal defaultValue, boolean editable, boolean autoNow, boolean autoNowAdd, String label,
        String helpText, List<ConstraintModel> constraints, List<ConstraintModel> elementConstraints) {

    public FieldOptions {
        choices = List.copyOf(choices);
        constraints = List.copyOf(constraints);
        elementConstraints = List.copyOf(elementConstraints);
    }

    /** The options of a field without {@code @Field} or constraints. */
    public static FieldOptions defaults(FieldType type) {
        return new FieldOptions(-1, !type.isPrimitive(), true, List.of(), false, false, null, true, false, false, "", "",
                List.of(), List.of());
    }

    /** These options with {@code defaultValue} as the default. */
    public FieldOptions withDefaultValue(Literal defaultValue) {
        return new FieldOptions(maxLength, nullable, blank, choices, unique, index, defaultValue, editable, autoNow,
                autoNowAdd, label, helpText, constraints, elementConstraints);
    }

    /** Whether validation has anything to check on the value, mirroring the runtime's {@code FieldMeta.constraints()}. */
    public boolean hasRules(FieldType type, boolean generatedId) {
        return (!nullable && !type.isPrimitive() && !generatedId) || !blank || !choices.isEmpty() || maxLength >= 0
                || !constraints.isEmpty() || !elementConstraints.isEmpty();
    }
}
