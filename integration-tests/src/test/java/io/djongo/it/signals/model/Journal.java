package io.djongo.it.signals.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A journal, whose articles are deleted with it. */
@Model
public class Journal extends Journal_ {
    @Id
    public ObjectId id;
    public String name;

    public Journal() {}

    public Journal(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Journal " + name;
    }
}
