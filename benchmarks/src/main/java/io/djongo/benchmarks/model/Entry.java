package io.djongo.benchmarks.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.types.ObjectId;

/**
 * The benchmark model: a blog entry of realistic size (a ~40-character headline, a ~500-character
 * body, an {@code Instant}, an int, a long, a double, a boolean, 5 tags, an embedded {@link Blog},
 * 3 {@link Author}s and a map of 3 votes).
 *
 * <p>One class serves every contender: Djongo's processor generates {@code Entry_.Codec} from the
 * Djongo annotations; Morphia reads its own {@code @Entity}/{@code @Id}; the driver's PojoCodec
 * and Spring Data use the getters and setters or the fields by convention ({@code id} is
 * {@code _id}). Fields are declared in the order every codec writes them.
 */
@Model(collection = "entry")
@dev.morphia.annotations.Entity(value = "entry", useDiscriminator = false)
public class Entry {
    @Id
    @dev.morphia.annotations.Id
    ObjectId id;
    @Field(maxLength = 255)
    String headline;
    String body;
    Instant pubDate;
    int rating;
    long views;
    double score;
    boolean published;
    List<String> tags;
    Blog blog;
    List<Author> authors;
    Map<String, Integer> votes;

    public Entry() {}

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Instant getPubDate() {
        return pubDate;
    }

    public void setPubDate(Instant pubDate) {
        this.pubDate = pubDate;
    }

    public int getRating() {
        return rating;
    }

    public void setRating(int rating) {
        this.rating = rating;
    }

    public long getViews() {
        return views;
    }

    public void setViews(long views) {
        this.views = views;
    }

    public double getScore() {
        return score;
    }

    public void setScore(double score) {
        this.score = score;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public Blog getBlog() {
        return blog;
    }

    public void setBlog(Blog blog) {
        this.blog = blog;
    }

    public List<Author> getAuthors() {
        return authors;
    }

    public void setAuthors(List<Author> authors) {
        this.authors = authors;
    }

    public Map<String, Integer> getVotes() {
        return votes;
    }

    public void setVotes(Map<String, Integer> votes) {
        this.votes = votes;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Entry e)) {
            return false;
        }
        return rating == e.rating && views == e.views && Double.compare(score, e.score) == 0 && published == e.published
                && Objects.equals(id, e.id) && Objects.equals(headline, e.headline) && Objects.equals(body, e.body)
                && Objects.equals(pubDate, e.pubDate) && Objects.equals(tags, e.tags) && Objects.equals(blog, e.blog)
                && Objects.equals(authors, e.authors) && Objects.equals(votes, e.votes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, headline, pubDate, rating);
    }

    @Override
    public String toString() {
        return "Entry[" + id + ", " + headline + ", " + pubDate + ", rating " + rating + ", views " + views + ", score "
                + score + ", published " + published + ", tags " + tags + ", " + blog + ", authors " + authors
                + ", votes " + votes + ", body " + (body == null ? null : body.length() + " chars") + "]";
    }
}
