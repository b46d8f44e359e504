package io.djongo.it.query.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A model with a unique field besides its id, for {@code inBulk(values, field)}. */
@Model(collection = "tickets")
public class Ticket extends Ticket_ {
    @Id
    public ObjectId id;
    @Field(unique = true)
    public String code;
    public String title;

    public Ticket() {}

    public Ticket(String code, String title) {
        this.code = code;
        this.title = title;
    }
}
