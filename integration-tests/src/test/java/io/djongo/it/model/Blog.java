package io.djongo.it.model;

import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;

/** As in the examples: the blog embedded in each entry. */
@EmbeddedModel
public class Blog {
    @Field(maxLength = 100)
    public String name;
    public String tagline;

    public Blog() {}

    public Blog(String name, String tagline) {
        this.name = name;
        this.tagline = tagline;
    }
}
