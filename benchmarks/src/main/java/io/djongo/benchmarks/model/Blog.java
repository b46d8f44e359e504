package io.djongo.benchmarks.model;

import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;
import java.util.Objects;

/**
 * The blog an entry belongs to, embedded in each entry. Carries the annotations of every mapper
 * measured, so that all of them read and write the very same objects.
 */
@EmbeddedModel
@dev.morphia.annotations.Entity(useDiscriminator = false)
public class Blog {
    @Field(maxLength = 100)
    String name;
    String tagline;

    public Blog() {}

    public Blog(String name, String tagline) {
        this.name = name;
        this.tagline = tagline;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Blog blog && Objects.equals(name, blog.name) && Objects.equals(tagline, blog.tagline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, tagline);
    }

    @Override
    public String toString() {
        return "Blog[" + name + ", " + tagline + "]";
    }
}
