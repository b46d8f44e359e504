package io.djongo.it.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** The examples' Entry, plus a map of scores; the model most query tests run on. */
@Model
public class Entry extends Entry_ {
    @Id
    public ObjectId id;
    public Blog blog;
    @Field(maxLength = 255)
    public String headline;
    public List<Author> authors = new ArrayList<>();
    public List<String> tags = new ArrayList<>();
    public int rating;
    public Instant pubDate;
    public Map<String, Integer> scores = new LinkedHashMap<>();

    public Entry() {}

    public Entry(String blogName, String headline, int rating, Instant pubDate) {
        this.blog = new Blog(blogName, null);
        this.headline = headline;
        this.rating = rating;
        this.pubDate = pubDate;
    }

    public Entry authors(Author... authors) {
        this.authors = new ArrayList<>(List.of(authors));
        return this;
    }

    public Entry tags(String... tags) {
        this.tags = new ArrayList<>(List.of(tags));
        return this;
    }

    public Entry score(String subject, int score) {
        scores.put(subject, score);
        return this;
    }

    @Override
    public String toString() {
        return "Entry[" + headline + "]";
    }
}
