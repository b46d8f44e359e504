package io.djongo.processor.model.queries;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** A Java expression a generated query passes to the runtime: a parameter, a constant, or a list of them. */
public sealed interface Arg {
    /** The method parameter {@code name}. */
    record Parameter(String name) implements Arg {}

    /** A constant written in the query, as Java: {@code 3}, {@code "draft"}, {@code Instant.parse("...")}. */
    record Constant(CodeBlock java) implements Arg {}

    /** {@code Arrays.<element>asList(items...)}: a list written in the query, {@code [:a, :b]}. */
    record ListOf(List<Arg> items, TypeName element) implements Arg {
        public ListOf {
            items = List.copyOf(items);
        }
    }
}
