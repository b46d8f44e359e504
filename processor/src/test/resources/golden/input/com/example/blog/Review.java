package com.example.blog;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * A reader's review, immutable as Lombok's {@code @Value} writes a class: private final fields read
 * through getters and set by the one constructor; the notes, not in the constructor, have a setter.
 */
@Model
public final class Review extends Review_ {
    @Id
    private final ObjectId id;
    @Field(maxLength = 80)
    private final String title;
    private final int stars;
    private final boolean verified;
    @Field(autoNowAdd = true)
    private final Instant created;
    @Field(defaultValue = "en")
    private final String language;
    @Version
    private final long version;
    private List<String> notes;

    public Review(ObjectId id, String title, int stars, boolean verified, Instant created, String language, long version) {
        this.id = id;
        this.title = title;
        this.stars = stars;
        this.verified = verified;
        this.created = created;
        this.language = language;
        this.version = version;
    }

    public ObjectId getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getStars() {
        return stars;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getCreated() {
        return created;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getNotes() {
        return notes;
    }

    public void setNotes(List<String> notes) {
        this.notes = notes;
    }
}
