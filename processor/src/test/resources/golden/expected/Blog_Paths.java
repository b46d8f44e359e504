package com.example.blog;

import io.djongo.query.EmbeddedPath;
import io.djongo.query.StringPath;
import javax.annotation.processing.Generated;

/**
 * Query paths into {@link Blog} values, for queries on model {@code R}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Blog_Paths<R> extends EmbeddedPath<R, Blog> {
    public final StringPath<R> name;

    public final StringPath<R> tagline;

    /**
     * Paths under {@code path}; the empty path roots them at the {@link Blog} itself.
     */
    public Blog_Paths(String path) {
        super(path, Blog_Codec.INSTANCE);
        this.name = new StringPath<>(child("name"));
        this.tagline = new StringPath<>(child("tagline"));
    }
}
