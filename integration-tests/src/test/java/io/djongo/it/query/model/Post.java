package io.djongo.it.query.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/**
 * The model of the query-surface tests: an embedded site three levels deep, an array of
 * models, scalar lists, a map, a nullable rating beside a primitive views count, and a pair of
 * fields for {@code $rename}.
 */
@Model(collection = "posts")
public class Post extends Post_ {
    @Id
    public ObjectId id;
    public String headline;
    public Site site;
    public List<Writer> authors = new ArrayList<>();
    public List<String> tags = new ArrayList<>();
    public List<Integer> marks = new ArrayList<>();
    public Integer rating;
    public int views;
    public double price;
    public Instant pubDate;
    public Map<String, Integer> votes = new LinkedHashMap<>();
    public String draft;
    public String published;

    public Post() {}

    public Post(String headline, Integer rating, int views, Instant pubDate) {
        this.headline = headline;
        this.rating = rating;
        this.views = views;
        this.pubDate = pubDate;
    }

    public Post site(String name, String owner, String city) {
        this.site = new Site(name, null, new Owner(owner, new Place(city, null)));
        return this;
    }

    public Post authors(Writer... authors) {
        this.authors = new ArrayList<>(List.of(authors));
        return this;
    }

    public Post tags(String... tags) {
        this.tags = new ArrayList<>(List.of(tags));
        return this;
    }

    public Post marks(Integer... marks) {
        this.marks = new ArrayList<>(List.of(marks));
        return this;
    }

    public Post vote(String key, int count) {
        votes.put(key, count);
        return this;
    }

    public Post price(double price) {
        this.price = price;
        return this;
    }

    @Override
    public String toString() {
        return "Post[" + headline + "]";
    }
}
