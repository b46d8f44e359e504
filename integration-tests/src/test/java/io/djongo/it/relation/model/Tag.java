package io.djongo.it.relation.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A label; entries refer to tags many-to-many. */
@Model(collection = "rel_tag")
public class Tag extends Tag_ {
    @Id public ObjectId id;
    public String name;

    public Tag() {}

    public Tag(String name) {
        this.name = name;
    }
}
