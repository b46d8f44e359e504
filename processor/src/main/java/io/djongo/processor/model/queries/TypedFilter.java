package io.djongo.processor.model.queries;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A filter built when a query is called, with the typed paths of the generated metamodel, for the
 * conditions whose BSON depends on the arguments beyond their values: relations ({@code Ref}
 * fields, which run as semi-joins), and lookups whose keys come from an argument
 * ({@code votes__has_key = :key}, {@code tags__len__gt = :n}, {@code pub_date__year__in = :years}).
 * The rest of such a query stays compiled: its other conditions are {@link Raw} templates.
 */
public sealed interface TypedFilter {
    /** {@code Filter.raw(template.render(...))}: conditions compiled to BSON, on model {@code model}. */
    record Raw(ClassName model, Template template) implements TypedFilter {}

    /** {@code Filter.allOf(items...)}. */
    record All(ClassName model, List<TypedFilter> items) implements TypedFilter {
        public All {
            items = List.copyOf(items);
        }
    }

    /** {@code Filter.anyOf(items...)}. */
    record Any(ClassName model, List<TypedFilter> items) implements TypedFilter {
        public Any {
            items = List.copyOf(items);
        }
    }

    /** {@code item.not()}. */
    record Not(TypedFilter item) implements TypedFilter {}

    /** {@code condition ? ifTrue : ifFalse}, for a boolean parameter that changes the condition ({@code isempty}). */
    record Choice(Arg condition, TypedFilter ifTrue, TypedFilter ifFalse) implements TypedFilter {}

    /**
     * A typed path and the calls on it: {@code Entry_.tags.length().gt(n)},
     * {@code Entry_.category.where(...)}.
     *
     * @param root the companion whose static paths start it ({@code Entry_})
     * @param path the steps from the root to the field
     * @param calls the calls on the field's path, the last one giving the filter
     */
    record Call(ClassName root, List<Step> path, List<Invocation> calls) implements TypedFilter {
        public Call {
            path = List.copyOf(path);
            calls = List.copyOf(calls);
        }
    }

    /** One step of a typed path: a field ({@code .name}), a method ({@code .parent()}, {@code .any()}, {@code .at(0)}, {@code .index(0)}, {@code .get("up")}). */
    record Step(String name, boolean method, String argument) {
        public static Step field(String name) {
            return new Step(name, false, null);
        }

        public static Step method(String name) {
            return new Step(name, true, null);
        }

        public static Step method(String name, String javaArgument) {
            return new Step(name, true, javaArgument);
        }
    }

    /** A call with arguments, each an {@link Arg} or a nested {@link TypedFilter}. */
    record Invocation(String method, List<Object> args) {
        public Invocation {
            args = List.copyOf(args);
        }
    }
}
