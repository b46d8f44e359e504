package io.djongo.processor.model;

import java.util.List;

/** The {@code @Field} options of one field, with defaults filled in. */
public record FieldOptions(int maxLength, boolean nullable, boolean blank, List<String> choices, boolean unique,
        boolean index) {

    public FieldOptions {
        choices = List.copyOf(choices);
    }
}
