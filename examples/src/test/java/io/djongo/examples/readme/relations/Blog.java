package io.djongo.examples.readme.relations;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** The README's related blog. */
@Model
public class Blog extends Blog_ {
    @Id ObjectId id;
    String name;

    public Blog() {}

    Blog(String name) {
        this.name = name;
    }
}
