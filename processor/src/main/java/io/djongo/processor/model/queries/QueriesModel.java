package io.djongo.processor.model.queries;

import com.palantir.javapoet.ClassName;
import io.djongo.processor.model.ModelClass;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Queries} interface, checked: what {@code FooQueries_} implements.
 *
 * @param element the interface
 * @param name the interface's name
 * @param model the model it queries
 * @param alias the connection alias of {@code @Queries(using)}, or {@code null} for the default one
 * @param methods its queries, in declaration order
 * @param usingMethod whether the interface declares {@code FooQueries using(String alias)} for the implementation to provide
 */
public record QueriesModel(TypeElement element, ClassName name, ModelClass model, String alias, List<QueryMethod> methods,
        boolean usingMethod) {

    public QueriesModel {
        methods = List.copyOf(methods);
    }

    /** {@code FooQueries_}, beside the interface; a nested {@code Outer.FooQueries} gives {@code Outer_FooQueries_}. */
    public ClassName implementation() {
        return implementationOf(name);
    }

    /** The generated implementation of interface {@code name}. */
    public static ClassName implementationOf(ClassName name) {
        return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "_");
    }
}
