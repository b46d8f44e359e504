package com.example.blog;

import io.djongo.codec.ValueCodecs;
import io.djongo.query.DatePath;
import io.djongo.query.EmbeddedPath;
import io.djongo.query.ModelArrayPath;
import io.djongo.query.StringPath;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Query paths into {@link Comment} values, for queries on model {@code R}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Comment_Paths<R> extends EmbeddedPath<R, Comment> {
    public final StringPath<R> text;

    public final DatePath<R, Instant> postedAt;

    public final ModelArrayPath<R, Comment, Comment_Paths<R>, Comment_Paths<Comment>> replies;

    /**
     * Paths under {@code path}; the empty path roots them at the {@link Comment} itself.
     */
    public Comment_Paths(String path) {
        super(path, Comment_Codec.INSTANCE);
        this.text = new StringPath<>(child("text"));
        this.postedAt = new DatePath<>(child("postedAt"), ValueCodecs.INSTANT);
        this.replies = new ModelArrayPath<>(child("replies"), Comment_Codec.INSTANCE,
                Comment_Paths::new, Comment_Paths::new);
    }

    /**
     * The path of {@code parent}; a method, not a field, because {@link Comment} contains itself through it.
     */
    public Comment_Paths<R> parent() {
        return new Comment_Paths<>(child("parent"));
    }
}
