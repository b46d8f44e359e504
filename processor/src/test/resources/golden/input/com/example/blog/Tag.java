package com.example.blog;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A label of entries: the target of a many-to-many relation, with a reverse accessor. */
@Model
public class Tag extends Tag_ {
    @Id
    ObjectId id;
    String name;
}
