package io.djongo.processor.model;

import java.util.List;

/**
 * A model's options: Django's {@code Meta} ({@code @Model(ordering, indexes, ...)}), the indexes
 * of its fields, and whether it declares its own {@code clean()}.
 *
 * @param ordering the default order as BSON paths, {@code "-"} first for descending
 * @param indexes every index, from {@code @Model(indexes)} and from {@code @Field(index, unique)}
 * @param serverValidation whether migrations install a {@code $jsonSchema} validator
 * @param label the declared human-readable name, or empty
 * @param labelPlural the declared plural, or empty
 * @param clean whether the model has a {@code clean()} method that validation calls
 * @param reverse the relations of other models that point at this one, found in the same compilation
 * @param readPreference the declared read preference mode, or empty for the connection's
 * @param readConcern the declared read concern level, or empty for the connection's
 * @param writeConcern the declared write concern ({@code "majority"} or a number), or empty for the connection's
 * @param through the many-to-many relations stored in a through model: declared as fields, but
 *     not stored in this model's documents, so not among its fields
 */
public record ModelOptions(List<String> ordering, List<IndexModel> indexes, boolean serverValidation, String label,
        String labelPlural, boolean clean, List<ReverseModel> reverse, String readPreference, String readConcern,
        String writeConcern, List<FieldModel> through) {

    public static final ModelOptions NONE = new ModelOptions(List.of(), List.of(), false, "", "", false, List.of(),
            "", "", "", List.of());

    public ModelOptions {
        ordering = List.copyOf(ordering);
        indexes = List.copyOf(indexes);
        reverse = List.copyOf(reverse);
        through = List.copyOf(through);
    }

    public ModelOptions(List<String> ordering, List<IndexModel> indexes, boolean serverValidation, String label,
            String labelPlural, boolean clean, List<ReverseModel> reverse) {
        this(ordering, indexes, serverValidation, label, labelPlural, clean, reverse, "", "", "", List.of());
    }

    public ModelOptions withIndexesAndOrdering(List<IndexModel> indexes, List<String> ordering) {
        return new ModelOptions(ordering, indexes, serverValidation, label, labelPlural, clean, reverse, readPreference,
                readConcern, writeConcern, through);
    }

    public ModelOptions withReverse(List<ReverseModel> reverse) {
        return new ModelOptions(ordering, indexes, serverValidation, label, labelPlural, clean, reverse, readPreference,
                readConcern, writeConcern, through);
    }

    public ModelOptions withThrough(List<FieldModel> through) {
        return new ModelOptions(ordering, indexes, serverValidation, label, labelPlural, clean, reverse, readPreference,
                readConcern, writeConcern, through);
    }
}
