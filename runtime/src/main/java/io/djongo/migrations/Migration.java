package io.djongo.migrations;

import java.util.List;
import java.util.Objects;

/**
 * One migration as {@code migrate} runs it: its app, its name, the migrations of the same app it
 * depends on, and its operations. Made from a {@code @Migration} class registered at compile
 * time ({@link MigrationGraph#load}), or directly, for migrations built in code.
 */
public final class Migration {
    private final String app;
    private final String name;
    private final String packageName;
    private final List<String> dependsOn;
    private final Operations body;
    private volatile List<Operation> operations;

    private Migration(String app, String name, String packageName, List<String> dependsOn, Operations body) {
        this.app = checkName(app, "app");
        this.name = checkName(name, "migration");
        this.packageName = packageName;
        this.dependsOn = List.copyOf(dependsOn);
        this.body = Objects.requireNonNull(body, "operations");
    }

    /** A migration of {@code app} named {@code name}, applied after {@code dependsOn} (names in the same app). */
    public static Migration of(String app, String name, List<String> dependsOn, Operations body) {
        return new Migration(app, name, null, dependsOn, body);
    }

    /** The migration of a {@code @Migration} class with binary name {@code className}. */
    public static Migration ofClass(String className, List<String> dependsOn, Operations body) {
        int dot = className.lastIndexOf('.');
        String packageName = dot < 0 ? "" : className.substring(0, dot);
        String simpleName = className.substring(dot + 1);
        return new Migration(appLabel(packageName), simpleName, packageName, dependsOn, body);
    }

    /**
     * The app of migrations in {@code packageName}: the last name before {@code .migrations}
     * ({@code com.example.blog.migrations} → {@code blog}), or the last name of any other package.
     */
    public static String appLabel(String packageName) {
        String base = packageName.endsWith(".migrations") ? packageName.substring(0, packageName.length() - ".migrations".length())
                : packageName;
        return base.substring(base.lastIndexOf('.') + 1);
    }

    private static String checkName(String name, String what) {
        if (name == null || name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("\"" + name + "\" is not a " + what + " name: it must not be blank or contain dots");
        }
        return name;
    }

    public String app() {
        return app;
    }

    public String name() {
        return name;
    }

    /** {@code blog.V0001_Initial}: the app and the name, as recorded in {@code djongo_migrations}. */
    public String label() {
        return app + "." + name;
    }

    /** The Java package of the migration class; {@code null} for migrations built in code. */
    public String packageName() {
        return packageName;
    }

    /** The names of the migrations of the same app that are applied before this one. */
    public List<String> dependsOn() {
        return dependsOn;
    }

    /** The operations, asked of the migration once. */
    public List<Operation> operations() {
        List<Operation> result = operations;
        if (result == null) {
            List<Operation> listed = body.operations();
            if (listed == null || listed.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InconsistentMigrationsError(label() + " lists no operations or a null one; return List.of(...) from operations()");
            }
            result = List.copyOf(listed);
            operations = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return label();
    }
}
