package io.djongo.examples.news;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A label; entries refer to tags many-to-many, as an array of ids in each entry. */
@Model(collection = "news_tag")
public class Tag extends Tag_ {
    @Id
    public ObjectId id;
    @Field(maxLength = 50, unique = true)
    public String name;

    public Tag() {}

    public Tag(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
