package io.djongo.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every model known to the application, read from the generated {@link ModelIndex} services of
 * each compilation on the class path. No classes are scanned and no model is reflected upon; a
 * model's generated classes are loaded when it is first looked up, not before. The indexes
 * themselves are read when something first needs them: finding them asks every jar of the class
 * path for the service file, which costs tens of milliseconds at start-up and which a query on a
 * model it already holds never needs.
 */
public final class ModelRegistry {
    private final ClassLoader loader;
    private volatile List<ModelIndex> indexes;
    private final Map<Class<?>, Optional<ModelMeta<?>>> byClass = new ConcurrentHashMap<>();

    private ModelRegistry(ClassLoader loader) {
        this.loader = loader;
    }

    /** The models listed by the indexes visible to {@code loader}, read when first asked for. */
    public static ModelRegistry load(ClassLoader loader) {
        return new ModelRegistry(loader);
    }

    /** The indexes, read from the class path the first time. */
    private List<ModelIndex> indexes() {
        List<ModelIndex> found = indexes;
        if (found == null) {
            synchronized (this) {
                found = indexes;
                if (found == null) {
                    List<ModelIndex> read = new ArrayList<>();
                    for (ModelIndex index : ServiceLoader.load(ModelIndex.class, loader)) {
                        read.add(index);
                    }
                    found = List.copyOf(read);
                    indexes = found;
                }
            }
        }
        return found;
    }

    /** The models listed by the indexes visible to this library's class loader. */
    public static ModelRegistry load() {
        return load(ModelRegistry.class.getClassLoader());
    }

    private static volatile ModelRegistry shared;

    /**
     * The registry of this library's class loader, loaded once: what references ({@code Ref.of})
     * and relations (reverse relations, deletion rules) consult to find a model by its class.
     */
    public static ModelRegistry shared() {
        ModelRegistry registry = shared;
        if (registry == null) {
            synchronized (ModelRegistry.class) {
                registry = shared;
                if (registry == null) {
                    registry = load();
                    shared = registry;
                }
            }
        }
        return registry;
    }

    /**
     * Every model of every index, in index order, loading all of them: for tools that work on the
     * whole schema (migrations, the admin), not for queries.
     */
    public List<ModelMeta<?>> models() {
        List<ModelMeta<?>> models = new ArrayList<>();
        for (ModelIndex index : indexes()) {
            for (String name : index.modelClassNames()) {
                ModelMeta<?> meta = index.find(name);
                if (meta != null && !models.contains(meta)) {
                    models.add(meta);
                }
            }
        }
        return Collections.unmodifiableList(models);
    }

    /**
     * Every {@code @Migration} class of every index, by binary class name, each a new instance:
     * for {@code migrate}, which groups them by package into apps.
     */
    public Map<String, io.djongo.migrations.Operations> migrations() {
        Map<String, io.djongo.migrations.Operations> migrations = new java.util.TreeMap<>();
        for (ModelIndex index : indexes()) {
            for (String name : index.migrationClassNames()) {
                io.djongo.migrations.Operations migration = index.newMigration(name);
                if (migration != null) {
                    migrations.putIfAbsent(name, migration);
                }
            }
        }
        return Collections.unmodifiableMap(migrations);
    }

    /**
     * The simple names of the migrations that the migration class {@code className} depends on,
     * from its {@code @Migration(dependsOn)}; empty when it has none or is unknown.
     */
    public List<String> migrationDependencies(String className) {
        for (ModelIndex index : indexes()) {
            if (index.migrationClassNames().contains(className)) {
                return index.migrationDependencies(className);
            }
        }
        return List.of();
    }

    /** The metadata of {@code modelClass}, if it is a model; loads only that model's classes. */
    @SuppressWarnings("unchecked") // a meta is found by its own model class, and checked to be it
    public <T> Optional<ModelMeta<T>> find(Class<T> modelClass) {
        return (Optional<ModelMeta<T>>) (Optional<?>) byClass.computeIfAbsent(modelClass, type -> {
            String name = type.getName();
            for (ModelIndex index : indexes()) {
                ModelMeta<?> meta = index.find(name);
                // Another class loader may hold a class of the same name.
                if (meta != null && meta.modelClass() == type) {
                    return Optional.of(meta);
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The generated implementation of the {@code @Queries} interface {@code type}, on connection
     * {@code alias} ({@code null} for the one its {@code @Queries} names); loads only its classes.
     */
    public <Q> Optional<Q> queries(Class<Q> type, String alias) {
        for (ModelIndex index : indexes()) {
            Object found = index.queries(type.getName(), alias);
            // Another class loader may hold an interface of the same name.
            if (type.isInstance(found)) {
                return Optional.of(type.cast(found));
            }
        }
        return Optional.empty();
    }
}
