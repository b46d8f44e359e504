package com.example.blog;

import io.djongo.meta.ModelIndex;
import io.djongo.meta.ModelMeta;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The models of this compilation, found by the runtime through {@code META-INF/services/io.djongo.meta.ModelIndex}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class DjongoModelIndex implements ModelIndex {
    private static final List<String> MODELS = List.of(
        "com.example.blog.Author",
        "com.example.blog.Blog",
        "com.example.blog.Category",
        "com.example.blog.Comment",
        "com.example.blog.Entry",
        "com.example.blog.Review",
        "com.example.blog.Tag");

    private static final List<String> QUERIES = List.of(
        "com.example.blog.EntryQueries");

    /**
     * Called by {@link java.util.ServiceLoader}.
     */
    public DjongoModelIndex() {
    }

    @Override
    public List<String> modelClassNames() {
        return MODELS;
    }

    @Override
    public ModelMeta<?> find(String className) {
        return switch (className) {
            case "com.example.blog.Author" -> Author_.Meta.instance();
            case "com.example.blog.Blog" -> Blog_.Meta.instance();
            case "com.example.blog.Category" -> Category_.Meta.instance();
            case "com.example.blog.Comment" -> Comment_.Meta.instance();
            case "com.example.blog.Entry" -> Entry_.Meta.instance();
            case "com.example.blog.Review" -> Review_.Meta.instance();
            case "com.example.blog.Tag" -> Tag_.Meta.instance();
            default -> null;
        };
    }

    @Override
    public List<String> queriesClassNames() {
        return QUERIES;
    }

    @Override
    public Object queries(String interfaceName, String alias) {
        return switch (interfaceName) {
            case "com.example.blog.EntryQueries" -> alias == null ? EntryQueries_.INSTANCE : EntryQueries_.INSTANCE.using(alias);
            default -> null;
        };
    }
}
