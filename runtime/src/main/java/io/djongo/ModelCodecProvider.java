package io.djongo;

import io.djongo.meta.ModelRegistry;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistry;

/** Provides the generated codec of every indexed model to a driver codec registry. */
final class ModelCodecProvider implements CodecProvider {
    private final ModelRegistry models;

    ModelCodecProvider(ModelRegistry models) {
        this.models = models;
    }

    @Override
    public <T> Codec<T> get(Class<T> type, CodecRegistry registry) {
        return models.find(type).<Codec<T>>map(meta -> meta.codec()).orElse(null);
    }
}
