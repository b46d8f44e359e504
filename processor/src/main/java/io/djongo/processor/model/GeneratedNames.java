package io.djongo.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The names of the classes generated for a model, in the model's package: {@code Entry_},
 * {@code Entry_Codec}, {@code Entry_Meta}, {@code Blog_Paths}. A nested model {@code Outer.Foo}
 * gives {@code Outer_Foo_...}, so generated names never collide.
 */
public final class GeneratedNames {
    private GeneratedNames() {}

    /** {@code Entry_}: static paths and the manager; the superclass of the model when it extends it. */
    public static ClassName metamodel(ClassName model) {
        return of(model, "_");
    }

    /** {@code Entry_Codec}. */
    public static ClassName codec(ClassName model) {
        return of(model, "_Codec");
    }

    /** {@code Entry_Meta}. */
    public static ClassName meta(ClassName model) {
        return of(model, "_Meta");
    }

    /** {@code Blog_Paths}: the paths of an embedded or array model under some prefix. */
    public static ClassName paths(ClassName model) {
        return of(model, "_Paths");
    }

    private static ClassName of(ClassName model, String suffix) {
        return ClassName.get(model.packageName(), String.join("_", model.simpleNames()) + suffix);
    }
}
