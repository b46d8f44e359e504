package com.example.blog;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.types.ObjectId;

/** A blog entry with one field of each kind the processor maps. */
@Model
public class Entry extends Entry_ {
    @Id
    ObjectId id;
    Blog blog;
    @Field(maxLength = 255)
    String headline;
    List<Author> authors;
    List<String> tags;
    int rating;
    @Field(name = "pub_date", index = true)
    Instant pubDate;
    Status status;
    Map<String, Integer> reactions;
    @Field(unique = true)
    private String slug;
    Set<UUID> readers;
    BigDecimal price;
    List<Comment> comments;
    @Transient
    String preview;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
