package com.example.blog;

import io.djongo.annotations.Field;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.Index;
import io.djongo.annotations.IndexType;
import io.djongo.annotations.Model;
import io.djongo.annotations.OnDelete;
import io.djongo.annotations.Transient;
import io.djongo.annotations.Version;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import io.djongo.validation.ValidationError;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.types.ObjectId;

/** A blog entry with one field of each kind the processor maps, and the model options. */
@Model(ordering = {"-pubDate", "headline"}, indexes = {
        @Index(fields = {"blog.name", "-pubDate"}),
        @Index(fields = "headline", type = IndexType.TEXT, name = "search")})
public class Entry extends Entry_ {
    @Id
    ObjectId id;
    Blog blog;
    /** The title, shown in lists. */
    @Field(maxLength = 255)
    String headline;
    List<Author> authors;
    List<@Size(max = 20) String> tags;
    @Min(0)
    @Max(5)
    int rating;
    @Field(name = "pub_date", index = true)
    Instant pubDate;
    @Field(defaultValue = "DRAFT")
    Status status;
    Map<String, Integer> reactions;
    @Field(unique = true)
    private String slug;
    Set<UUID> readers;
    BigDecimal price;
    List<Comment> comments;
    @Field(autoNowAdd = true)
    Instant created;
    @Version
    long version;
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "entries")
    Ref<Category> category;
    RefList<Tag> labels;
    @Transient
    String preview;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** Rules over several fields, called by fullClean() and before every save. */
    void clean() {
        if (rating == 5 && tags == null) {
            throw new ValidationError("tags", "a five-star entry needs tags");
        }
    }
}
