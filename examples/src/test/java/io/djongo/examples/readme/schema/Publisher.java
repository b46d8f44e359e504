package io.djongo.examples.readme.schema;

import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;

/** The publisher of a book, embedded in it. */
@EmbeddedModel
public class Publisher {
    @Field(blank = false)
    String name;

    public Publisher() {}

    public Publisher(String name) {
        this.name = name;
    }
}
