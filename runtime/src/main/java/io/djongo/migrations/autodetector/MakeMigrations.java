package io.djongo.migrations.autodetector;

import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.Migration;
import io.djongo.migrations.MigrationGraph;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.migrations.UnknownMigrationError;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.Schema;
import io.djongo.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@code makemigrations} decides before anything is written: which app each model belongs
 * to, and for each app the operations that bring its migrations' state to its models' schema
 * snapshots, with the next migration's number, name and dependency.
 *
 * <p>An app is a Java package whose {@code migrations} sub-package holds its migrations
 * ({@code com.example.blog} → {@code com.example.blog.migrations}, label {@code blog}). A model
 * belongs to the app whose package is the longest prefix of its own, among the apps that already
 * have migrations and the one given with {@code --package}; a model in no such package starts an
 * app in its own package.
 */
public final class MakeMigrations {
    /** The changes of one app. */
    public record AppChanges(String app, String basePackage, String dependsOn, int number, String name,
            List<Operation> operations) {
        public AppChanges {
            operations = List.copyOf(operations);
        }

        /** The package the migration is written to. */
        public String migrationsPackage() {
            return basePackage + ".migrations";
        }

        /** {@code V0002_AddPubDateIndex}. */
        public String className() {
            return MigrationNames.of(number, name);
        }

        public boolean isEmpty() {
            return operations.isEmpty();
        }
    }

    /** An app: its label and the package of its models. */
    public record App(String label, String basePackage) {}

    private final MigrationGraph graph;
    private final Map<String, CollectionSchema> models;

    /**
     * @param graph the registered migrations
     * @param models the schema snapshot of every {@code @Model}, by model class name
     */
    public MakeMigrations(MigrationGraph graph, Map<String, CollectionSchema> models) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.models = Map.copyOf(models);
    }

    /** The registered migrations and the snapshots of every model registered in {@code registry}. */
    public static MakeMigrations load(ModelRegistry registry, ClassLoader loader) {
        Map<String, CollectionSchema> models = new TreeMap<>();
        for (ModelMeta<?> meta : registry.models()) {
            if (meta.kind() == ModelKind.MODEL) {
                models.put(meta.modelClass().getName(), SchemaSnapshot.load(meta.modelClass().getName(), loader));
            }
        }
        return new MakeMigrations(MigrationGraph.load(registry), models);
    }

    public MigrationGraph graph() {
        return graph;
    }

    /** Every app, by label: those with migrations, and those of models (with {@code basePackage}, if given). */
    public Map<String, App> apps(String basePackage) {
        Map<String, App> apps = new TreeMap<>(existingApps());
        if (basePackage != null) {
            addApp(apps, basePackage);
        }
        for (String model : models.keySet()) {
            addApp(apps, baseOf(apps.values(), packageOf(model)));
        }
        return apps;
    }

    private Map<String, App> existingApps() {
        Map<String, App> apps = new TreeMap<>();
        for (Migration migration : graph.all()) {
            if (migration.packageName() != null) {
                String base = migration.packageName().endsWith(".migrations")
                        ? migration.packageName().substring(0, migration.packageName().length() - ".migrations".length())
                        : migration.packageName();
                apps.putIfAbsent(migration.app(), new App(migration.app(), base));
            }
        }
        return apps;
    }

    private static void addApp(Map<String, App> apps, String basePackage) {
        String label = Migration.appLabel(basePackage + ".migrations");
        App existing = apps.get(label);
        if (existing != null && !existing.basePackage().equals(basePackage)) {
            throw new InconsistentMigrationsError("the packages " + existing.basePackage() + " and " + basePackage
                    + " would both be the app " + label + "; move the models of one into the other, or into a package with "
                    + "another last name");
        }
        apps.putIfAbsent(label, new App(label, basePackage));
    }

    private static String baseOf(Collection<App> apps, String modelPackage) {
        String best = null;
        for (App app : apps) {
            String base = app.basePackage();
            if ((modelPackage.equals(base) || modelPackage.startsWith(base + ".")) && (best == null || base.length() > best.length())) {
                best = base;
            }
        }
        return best != null ? best : modelPackage;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** The schema the models of {@code app} declare. */
    public Schema modelSchema(App app, Map<String, App> apps) {
        Map<String, CollectionSchema> collections = new LinkedHashMap<>();
        for (Map.Entry<String, CollectionSchema> model : models.entrySet()) {
            String base = baseOf(apps.values(), packageOf(model.getKey()));
            if (!base.equals(app.basePackage())) {
                continue;
            }
            CollectionSchema previous = collections.put(model.getValue().name(), model.getValue());
            if (previous != null) {
                throw new InconsistentMigrationsError("the models " + previous.model() + " and " + model.getKey()
                        + " are both stored in the collection " + model.getValue().name() + "; give one of them another "
                        + "@Model(collection = ...)");
            }
        }
        return Schema.of(collections.values());
    }

    /**
     * The changes of each of {@code labels} (every app when empty).
     *
     * @param basePackage the {@code --package} of a new app, or {@code null}
     * @throws UnknownMigrationError for a label that is not an app
     */
    public List<AppChanges> detect(Collection<String> labels, String basePackage, RenameHints hints, Questioner questioner) {
        Map<String, App> apps = apps(basePackage);
        List<String> wanted = new ArrayList<>(labels.isEmpty() ? apps.keySet() : labels);
        checkCollectionsOnce(apps, wanted);
        List<AppChanges> changes = new ArrayList<>();
        for (String label : wanted) {
            App app = apps.get(label);
            if (app == null) {
                throw new UnknownMigrationError("there is no app " + label + " (apps: " + String.join(", ", apps.keySet())
                        + "); an app is the package of its models, named by its last part");
            }
            Schema from = graph.state(label);
            Schema to = modelSchema(app, apps);
            List<Operation> operations = new Autodetector(hints, questioner).detect(from, to);
            Migration leaf = graph.hasApp(label) ? graph.leaf(label) : null;
            int number = 1;
            for (Migration migration : graph.ordered(label)) {
                number = Math.max(number, MigrationNames.number(migration.name()) + 1);
            }
            changes.add(new AppChanges(label, app.basePackage(), leaf == null ? null : leaf.name(), number,
                    MigrationNames.fromOperations(operations, leaf == null), operations));
        }
        return changes;
    }

    /**
     * An empty migration of {@code label} (Django's {@code makemigrations --empty}), for data
     * migrations written by hand, after the app's latest migration.
     */
    public AppChanges empty(String label, String basePackage) {
        Map<String, App> apps = apps(basePackage);
        App app = apps.get(label);
        if (app == null) {
            throw new UnknownMigrationError("there is no app " + label + " (apps: " + String.join(", ", apps.keySet()) + ")");
        }
        Migration leaf = graph.hasApp(label) ? graph.leaf(label) : null;
        int number = 1;
        for (Migration migration : graph.ordered(label)) {
            number = Math.max(number, MigrationNames.number(migration.name()) + 1);
        }
        return new AppChanges(label, app.basePackage(), leaf == null ? null : leaf.name(), number, "Data", List.of());
    }

    /**
     * Two models of the apps being made stored in one collection would each create and change it:
     * an error. (Models of other apps are left alone, so that one app can be made while another
     * on the class path, such as test models, is inconsistent.)
     */
    private void checkCollectionsOnce(Map<String, App> apps, List<String> wanted) {
        Map<String, String> owners = new TreeMap<>();
        for (Map.Entry<String, CollectionSchema> model : models.entrySet()) {
            App app = apps.get(Migration.appLabel(baseOf(apps.values(), packageOf(model.getKey())) + ".migrations"));
            if (app == null || !wanted.contains(app.label())) {
                continue;
            }
            String owner = owners.putIfAbsent(model.getValue().name(), model.getKey());
            if (owner != null) {
                throw new InconsistentMigrationsError("the models " + owner + " and " + model.getKey()
                        + " are both stored in the collection " + model.getValue().name() + "; give one of them another "
                        + "@Model(collection = ...)");
            }
        }
    }
}
