package io.djongo.it.declared.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** The target of {@link Book}'s reference, for declared queries through relations. */
@Model(collection = "declared_publishers")
public class Publisher extends Publisher_ {
    @Id
    public ObjectId id;
    public String name;
    public String country;

    public Publisher() {}

    public Publisher(String name, String country) {
        this.name = name;
        this.country = country;
    }
}
