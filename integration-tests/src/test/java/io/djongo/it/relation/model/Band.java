package io.djongo.it.relation.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A band; its members are musicians paired with it by memberships. */
@Model(collection = "rel_band")
public class Band extends Band_ {
    @Id public ObjectId id;
    public String name;

    public Band() {}

    public Band(String name) {
        this.name = name;
    }
}
