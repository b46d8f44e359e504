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
    /**
     * Called by {@link java.util.ServiceLoader}.
     */
    public DjongoModelIndex() {
    }

    @Override
    public List<ModelMeta<?>> models() {
        return List.of(
                Author_Meta.INSTANCE,
                Blog_Meta.INSTANCE,
                Category_Meta.INSTANCE,
                Comment_Meta.INSTANCE,
                Entry_Meta.INSTANCE);
    }
}
