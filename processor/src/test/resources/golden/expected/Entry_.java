package com.example.blog;

import io.djongo.codec.ValueCodecs;
import io.djongo.query.ArrayPath;
import io.djongo.query.ComparablePath;
import io.djongo.query.DatePath;
import io.djongo.query.Manager;
import io.djongo.query.MapPath;
import io.djongo.query.ModelArrayPath;
import io.djongo.query.NumberPath;
import io.djongo.query.Path;
import io.djongo.query.StringPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.bson.types.ObjectId;

/**
 * Query paths and the manager of {@link Entry}.
 *
 * <p>{@link Entry} extends this class, which gives it {@code save()}, {@code delete()}
 * and {@code refreshFromDb()}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public abstract class Entry_ {
    public static final ComparablePath<Entry, ObjectId> id = new ComparablePath<>("_id", ValueCodecs.OBJECT_ID);

    public static final Blog_Paths<Entry> blog = new Blog_Paths<>("blog");

    public static final StringPath<Entry> headline = new StringPath<>("headline");

    public static final ModelArrayPath<Entry, Author, Author_Paths<Entry>, Author_Paths<Author>> authors = new ModelArrayPath<>("authors",
            Author_Codec.INSTANCE, Author_Paths::new, Author_Paths::new);

    public static final ArrayPath<Entry, String> tags = new ArrayPath<>("tags", ValueCodecs.STRING);

    public static final NumberPath<Entry, Integer> rating = new NumberPath<>("rating", ValueCodecs.INT);

    public static final DatePath<Entry, Instant> pubDate = new DatePath<>("pub_date", ValueCodecs.INSTANT);

    public static final Path<Entry, Status> status = new Path<>("status", ValueCodecs.enumOf(Status.class, Status.values()));

    public static final MapPath<Entry, Integer, NumberPath<Entry, Integer>> reactions = new MapPath<>("reactions", ValueCodecs.INT,
            key -> new NumberPath<>(key, ValueCodecs.INT));

    public static final StringPath<Entry> slug = new StringPath<>("slug");

    public static final ArrayPath<Entry, UUID> readers = new ArrayPath<>("readers", ValueCodecs.UUID_STANDARD);

    public static final NumberPath<Entry, BigDecimal> price = new NumberPath<>("price", ValueCodecs.DECIMAL);

    public static final ModelArrayPath<Entry, Comment, Comment_Paths<Entry>, Comment_Paths<Comment>> comments = new ModelArrayPath<>("comments",
            Comment_Codec.INSTANCE, Comment_Paths::new, Comment_Paths::new);

    protected Entry_() {
    }

    /**
     * The manager of {@link Entry} on the default connection.
     */
    public static Manager<Entry> objects() {
        return ManagerHolder.OBJECTS;
    }

    private Entry self() {
        return (Entry) this;
    }

    /**
     * Inserts this Entry when it has no id, otherwise replaces the stored document.
     */
    public Entry save() {
        return objects().save(self());
    }

    /**
     * Deletes the stored document with this Entry's id; returns how many were deleted.
     */
    public long delete() {
        return objects().delete(self());
    }

    /**
     * Reloads every field from the stored document with this Entry's id.
     */
    public void refreshFromDb() {
        Entry self = self();
        Entry stored = objects().refresh(self);
        self.id = stored.id;
        self.blog = stored.blog;
        self.headline = stored.headline;
        self.authors = stored.authors;
        self.tags = stored.tags;
        self.rating = stored.rating;
        self.pubDate = stored.pubDate;
        self.status = stored.status;
        self.reactions = stored.reactions;
        self.setSlug(stored.getSlug());
        self.readers = stored.readers;
        self.price = stored.price;
        self.comments = stored.comments;
    }

    private static final class ManagerHolder {
        static final Manager<Entry> OBJECTS = Manager.of(Entry_Meta.INSTANCE);
    }
}
