package io.djongo.it.relation.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** Owns blogs (CASCADE), edits entries (SET_NULL), reviews one entry (one-to-one), holds badges (PROTECT). */
@Model(collection = "rel_person")
public class Person extends Person_ {
    @Id public ObjectId id;
    public String name;

    public Person() {}

    public Person(String name) {
        this.name = name;
    }
}
