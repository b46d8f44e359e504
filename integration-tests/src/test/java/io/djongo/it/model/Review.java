package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A boxed, nullable rating: for null/missing semantics of exclude, ne, notIn and isNull. */
@Model
public class Review extends Review_ {
    @Id
    public ObjectId id;
    public String title;
    public Integer rating;

    public Review() {}

    public Review(String title, Integer rating) {
        this.title = title;
        this.rating = rating;
    }
}
