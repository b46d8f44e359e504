package io.djongo.meta;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every model known to the application, read from the generated {@link ModelIndex} services of
 * each compilation on the class path. No classes are scanned and no model is reflected upon.
 */
public final class ModelRegistry {
    private final Map<Class<?>, ModelMeta<?>> byClass;

    private ModelRegistry(Map<Class<?>, ModelMeta<?>> byClass) {
        this.byClass = Collections.unmodifiableMap(byClass);
    }

    /** The models listed by the indexes visible to {@code loader}. */
    public static ModelRegistry load(ClassLoader loader) {
        Map<Class<?>, ModelMeta<?>> models = new LinkedHashMap<>();
        for (ModelIndex index : ServiceLoader.load(ModelIndex.class, loader)) {
            for (ModelMeta<?> meta : index.models()) {
                models.putIfAbsent(meta.modelClass(), meta);
            }
        }
        return new ModelRegistry(models);
    }

    /** The models listed by the indexes visible to this library's class loader. */
    public static ModelRegistry load() {
        return load(ModelRegistry.class.getClassLoader());
    }

    public Collection<ModelMeta<?>> models() {
        return byClass.values();
    }

    @SuppressWarnings("unchecked") // the map is keyed by each meta's own model class
    public <T> Optional<ModelMeta<T>> find(Class<T> modelClass) {
        return Optional.ofNullable((ModelMeta<T>) byClass.get(modelClass));
    }
}
