package io.djongo.it.schema.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import org.bson.types.ObjectId;

/** A versioned counter, for optimistic locking under concurrent read-modify-save cycles. */
@Model(collection = "tallies")
public class Tally extends Tally_ {
    @Id
    public ObjectId id;
    @Version
    public long version;
    public int value;
    public String label;

    public Tally() {}

    public Tally(String label) {
        this.label = label;
    }
}
