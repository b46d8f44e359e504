package io.djongo.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The names of what is generated for a model. Each annotated class gets one source file, its
 * companion {@code Entry_} (a nested model {@code Outer.Foo} gives {@code Outer_Foo_}), in the
 * model's package; the codec and the metadata are nested in it as {@code Entry_.Codec} and
 * {@code Entry_.Meta}. One file per model keeps javac's bookkeeping of generated files, which
 * grows with their square, small in large applications.
 */
public final class GeneratedNames {
    private GeneratedNames() {}

    /**
     * {@code Entry_}: for a {@code @Model}, static paths and the manager (and the superclass of the
     * model when it extends it); for an embedded or array model, its paths under a prefix.
     */
    public static ClassName companion(ClassName model) {
        return ClassName.get(model.packageName(), String.join("_", model.simpleNames()) + "_");
    }

    /** {@code Entry_.Codec}. */
    public static ClassName codec(ClassName model) {
        return companion(model).nestedClass("Codec");
    }

    /** {@code Entry_.Meta}. */
    public static ClassName meta(ClassName model) {
        return companion(model).nestedClass("Meta");
    }
}
