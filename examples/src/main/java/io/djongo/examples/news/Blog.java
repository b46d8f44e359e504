package io.djongo.examples.news;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A blog in a collection of its own, which entries refer to by id (Django's ForeignKey). */
@Model(collection = "news_blog", ordering = "name")
public class Blog extends Blog_ {
    @Id
    public ObjectId id;
    @Field(maxLength = 100, unique = true)
    public String name;
    public String tagline;

    public Blog() {}

    public Blog(String name, String tagline) {
        this.name = name;
        this.tagline = tagline;
    }

    @Override
    public String toString() {
        return "Blog[" + name + "]";
    }
}
