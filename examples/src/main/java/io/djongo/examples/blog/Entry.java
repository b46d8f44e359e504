package io.djongo.examples.blog;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/** A blog entry: the Djongo documentation's example model, stored in the collection {@code entry}. */
@Model
public class Entry extends Entry_ {
    @Id
    ObjectId id;
    Blog blog;
    @Field(maxLength = 255)
    String headline;
    List<Author> authors = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int rating;
    @Field(index = true) // created by the migration, not at start-up; queries ordered by date use it
    Instant pubDate;

    public Entry() {}

    public Entry(Blog blog, String headline, int rating, Instant pubDate, List<Author> authors, List<String> tags) {
        this.blog = blog;
        this.headline = headline;
        this.rating = rating;
        this.pubDate = pubDate;
        this.authors = new ArrayList<>(authors);
        this.tags = new ArrayList<>(tags);
    }

    public ObjectId id() {
        return id;
    }

    public String headline() {
        return headline;
    }

    public int rating() {
        return rating;
    }

    public void rate(int rating) {
        this.rating = rating;
    }

    @Override
    public String toString() {
        return "Entry[" + headline + ", " + blog + ", rating " + rating + ", tags " + tags + "]";
    }
}
