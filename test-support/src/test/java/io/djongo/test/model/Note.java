package io.djongo.test.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A model for the extension's own tests. */
@Model
public class Note extends Note_ {
    @Id public ObjectId id;
    public String title;
    public int stars;

    public Note() {}

    public Note(String title, int stars) {
        this.title = title;
        this.stars = stars;
    }
}
