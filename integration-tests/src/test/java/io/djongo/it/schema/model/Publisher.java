package io.djongo.it.schema.model;

import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;
import jakarta.validation.constraints.Pattern;

/** An embedded model with rules of its own, validated under its field's path. */
@EmbeddedModel
public class Publisher {
    @Field(blank = false)
    public String name;
    @Pattern(regexp = "[A-Z]{2}")
    public String country;

    public Publisher() {}

    public Publisher(String name, String country) {
        this.name = name;
        this.country = country;
    }
}
