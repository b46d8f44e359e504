package io.djongo.migrations;

import io.djongo.meta.ModelRegistry;
import io.djongo.schema.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The migrations of every app and their order (Django's {@code MigrationGraph} and
 * {@code MigrationLoader}): each app's migrations depend on others of the same app, and are
 * applied in a deterministic topological order (ties broken by name, so {@code V0002_A} before
 * {@code V0002_B}). Replaying the operations of a migration's ancestors gives the schema state
 * before it. Cycles, missing dependencies and apps whose label two packages share are errors
 * that say how to fix them.
 */
public final class MigrationGraph {
    private final Map<String, Map<String, Migration>> apps = new TreeMap<>();
    private final Map<String, List<Migration>> ordered = new HashMap<>();
    private final Map<Migration, Schema> before = new HashMap<>();

    private MigrationGraph(Collection<Migration> migrations) {
        Map<String, String> packages = new HashMap<>();
        for (Migration migration : migrations) {
            if (migration.packageName() != null) {
                String other = packages.putIfAbsent(migration.app(), migration.packageName());
                if (other != null && !other.equals(migration.packageName())) {
                    throw new InconsistentMigrationsError("two packages hold migrations of the app " + migration.app()
                            + ": " + other + " and " + migration.packageName() + "; an app is the name before .migrations, "
                            + "so rename one of the packages");
                }
            }
            Migration previous = apps.computeIfAbsent(migration.app(), app -> new TreeMap<>()).putIfAbsent(migration.name(), migration);
            if (previous != null) {
                throw new InconsistentMigrationsError("two migrations are named " + migration.label());
            }
        }
        for (Map<String, Migration> app : apps.values()) {
            for (Migration migration : app.values()) {
                for (String dependency : migration.dependsOn()) {
                    if (!app.containsKey(dependency)) {
                        throw new InconsistentMigrationsError(migration.label() + " depends on " + dependency
                                + ", which is not a migration of the app " + migration.app() + " (its migrations: "
                                + String.join(", ", app.keySet()) + ")");
                    }
                }
            }
        }
        for (String app : apps.keySet()) {
            ordered.put(app, List.copyOf(order(app)));
        }
    }

    /** The graph of {@code migrations}. */
    public static MigrationGraph of(Collection<Migration> migrations) {
        return new MigrationGraph(migrations);
    }

    /** The graph of every {@code @Migration} class registered at compile time in {@code registry}. */
    public static MigrationGraph load(ModelRegistry registry) {
        List<Migration> migrations = new ArrayList<>();
        registry.migrations().forEach((className, body) ->
                migrations.add(Migration.ofClass(className, registry.migrationDependencies(className), body)));
        return new MigrationGraph(migrations);
    }

    /** The app labels, sorted. */
    public SortedSet<String> apps() {
        return new TreeSet<>(apps.keySet());
    }

    /** Whether {@code app} has migrations. */
    public boolean hasApp(String app) {
        return apps.containsKey(app);
    }

    /** Every migration, app by app, each app in order. */
    public List<Migration> all() {
        List<Migration> all = new ArrayList<>();
        for (String app : apps.keySet()) {
            all.addAll(ordered.get(app));
        }
        return all;
    }

    /** The migrations of {@code app} in the order they are applied; empty for an app without migrations. */
    public List<Migration> ordered(String app) {
        return ordered.getOrDefault(app, List.of());
    }

    /** The migration {@code name} of {@code app}. */
    public Migration get(String app, String name) {
        Map<String, Migration> migrations = apps.get(app);
        if (migrations == null) {
            throw new UnknownMigrationError("there is no app " + app + " with migrations" + (apps.isEmpty()
                    ? "; none are registered: compile the @Migration classes with djongo-processor"
                    : " (apps: " + String.join(", ", apps.keySet()) + ")"));
        }
        Migration migration = migrations.get(name);
        if (migration != null) {
            return migration;
        }
        List<String> prefixed = new ArrayList<>();
        for (String candidate : migrations.keySet()) {
            if (candidate.startsWith(name)) {
                prefixed.add(candidate);
            }
        }
        if (prefixed.size() == 1) {
            return migrations.get(prefixed.get(0)); // Django accepts a unique prefix: migrate blog V0002
        }
        throw new UnknownMigrationError("the app " + app + " has no migration " + name
                + (prefixed.size() > 1 ? " (it is the start of several: " + String.join(", ", prefixed) + ")" : "")
                + "; its migrations: " + String.join(", ", migrations.keySet()));
    }

    /** The migrations of {@code app} that no other migration depends on (normally exactly one). */
    public List<Migration> leaves(String app) {
        List<Migration> leaves = new ArrayList<>(ordered(app));
        for (Migration migration : ordered(app)) {
            for (String dependency : migration.dependsOn()) {
                leaves.remove(apps.get(app).get(dependency));
            }
        }
        return leaves;
    }

    /** The latest migration of {@code app}; an error when two branches end separately. */
    public Migration leaf(String app) {
        List<Migration> leaves = leaves(app);
        if (leaves.size() > 1) {
            List<String> names = new ArrayList<>();
            leaves.forEach(leaf -> names.add(leaf.name()));
            throw new InconsistentMigrationsError("the app " + app + " has " + leaves.size() + " latest migrations, "
                    + String.join(" and ", names) + ", that do not depend on each other; make the later one depend on the "
                    + "other (@Migration(dependsOn = ...)) after checking that their operations do not conflict");
        }
        return leaves.isEmpty() ? null : leaves.get(0);
    }

    /** {@code migration} and every migration it depends on, directly or not. */
    public Set<Migration> ancestors(Migration migration) {
        Set<Migration> found = new LinkedHashSet<>();
        List<Migration> todo = new ArrayList<>(List.of(migration));
        while (!todo.isEmpty()) {
            Migration next = todo.remove(todo.size() - 1);
            if (found.add(next)) {
                for (String dependency : next.dependsOn()) {
                    todo.add(apps.get(next.app()).get(dependency));
                }
            }
        }
        return found;
    }

    /** The schema state before {@code migration}: its ancestors' operations, replayed in order. */
    public synchronized Schema stateBefore(Migration migration) {
        Schema cached = before.get(migration);
        if (cached != null) {
            return cached;
        }
        Set<Migration> ancestors = ancestors(migration);
        Schema state = Schema.empty();
        for (Migration earlier : ordered(migration.app())) {
            if (earlier != migration && ancestors.contains(earlier)) {
                state = replay(earlier, state);
            }
        }
        before.put(migration, state);
        return state;
    }

    /** The schema state after {@code migration}. */
    public Schema stateAfter(Migration migration) {
        return replay(migration, stateBefore(migration));
    }

    /** The schema state after every migration of {@code app} (Django's {@code ProjectState} for {@code makemigrations}). */
    public Schema state(String app) {
        Schema state = Schema.empty();
        for (Migration migration : ordered(app)) {
            state = replay(migration, state);
        }
        return state;
    }

    /** {@code state} after the operations of {@code migration}. */
    static Schema replay(Migration migration, Schema state) {
        Schema current = state;
        int index = 0;
        for (Operation operation : migration.operations()) {
            index++;
            try {
                current = operation.stateForwards(current);
            } catch (InconsistentMigrationsError e) {
                throw new InconsistentMigrationsError(migration.label() + ", operation " + index + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new InconsistentMigrationsError(migration.label() + ", operation " + index + " ("
                        + operation.describe() + "): " + e.getMessage(), e);
            }
        }
        return current;
    }

    /** Kahn's algorithm, taking the smallest name among the ready migrations each time. */
    private List<Migration> order(String app) {
        Map<String, Migration> migrations = apps.get(app);
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (Migration migration : migrations.values()) {
            waiting.put(migration.name(), new LinkedHashSet<>(migration.dependsOn()).size());
            for (String dependency : new LinkedHashSet<>(migration.dependsOn())) {
                dependents.computeIfAbsent(dependency, d -> new ArrayList<>()).add(migration.name());
            }
        }
        TreeSet<String> ready = new TreeSet<>();
        waiting.forEach((name, count) -> {
            if (count == 0) {
                ready.add(name);
            }
        });
        List<Migration> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            order.add(migrations.get(next));
            for (String dependent : dependents.getOrDefault(next, List.of())) {
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (order.size() < migrations.size()) {
            throw new InconsistentMigrationsError("the migrations of the app " + app + " depend on each other in a cycle: "
                    + cycle(migrations, waiting) + "; remove one of these dependencies");
        }
        return order;
    }

    private static String cycle(Map<String, Migration> migrations, Map<String, Integer> waiting) {
        String start = null;
        for (Map.Entry<String, Integer> entry : new TreeMap<>(waiting).entrySet()) {
            if (entry.getValue() > 0) {
                start = entry.getKey();
                break;
            }
        }
        List<String> path = new ArrayList<>();
        String current = start;
        while (!path.contains(current)) {
            path.add(current);
            String from = current;
            current = migrations.get(from).dependsOn().stream().filter(d -> waiting.getOrDefault(d, 0) > 0).sorted()
                    .findFirst().orElseThrow();
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        loop.add(current);
        return String.join(" depends on ", loop);
    }
}
