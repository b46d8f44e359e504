package io.djongo.examples.readme.relations;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** The README's tag. */
@Model
public class Tag extends Tag_ {
    @Id ObjectId id;
    String name;

    public Tag() {}

    Tag(String name) {
        this.name = name;
    }
}
