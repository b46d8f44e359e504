package io.djongo;

import io.djongo.meta.ModelRegistry;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * Provides the generated codec of every indexed model to a driver codec registry. The driver asks
 * it first for every class it encodes or decodes through a connection (documents, commands, values);
 * classes of the JDK, the BSON library and the driver are never models, so they are answered without
 * looking, and a query whose model is not asked for never reads the model indexes at all.
 */
final class ModelCodecProvider implements CodecProvider {
    private final ModelRegistry models;

    ModelCodecProvider(ModelRegistry models) {
        this.models = models;
    }

    @Override
    public <T> Codec<T> get(Class<T> type, CodecRegistry registry) {
        if (neverAModel(type)) {
            return null;
        }
        return models.find(type).<Codec<T>>map(meta -> meta.codec()).orElse(null);
    }

    private static boolean neverAModel(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isInterface()) {
            return true;
        }
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("org.bson.") || name.startsWith("com.mongodb.");
    }
}
