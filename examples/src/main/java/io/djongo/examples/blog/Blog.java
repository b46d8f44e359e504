package io.djongo.examples.blog;

import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;

/** The blog an entry belongs to, embedded in each entry as a sub-document. */
@EmbeddedModel
public class Blog {
    @Field(maxLength = 100)
    String name;
    String tagline;

    public Blog() {}

    public Blog(String name, String tagline) {
        this.name = name;
        this.tagline = tagline;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Blog[" + name + "]";
    }
}
