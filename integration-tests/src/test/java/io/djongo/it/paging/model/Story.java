package io.djongo.it.paging.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/** A story to page through: ratings repeat and may be null, so orderings need the id to break ties. */
@Model
public class Story extends Story_ {
    @Id
    public ObjectId id;
    public String title;
    public Integer rating;
    public Instant published;
    public Byline byline;
    public List<String> tags;

    public Story() {}

    public Story(String title, Integer rating, Instant published, String author) {
        this.title = title;
        this.rating = rating;
        this.published = published;
        this.byline = author == null ? null : new Byline(author);
    }

    @Override
    public String toString() {
        return title;
    }
}
