package io.djongo.processor.model.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.djongo.processor.model.FieldType;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One declared query, checked and compiled: what the generated method does.
 *
 * @param element the interface method
 * @param name its name
 * @param parameters its parameters, in order
 * @param returns its return type
 * @param action what it does with the documents it selects
 * @param result how it hands out the result
 * @param command the BSON it sends, as a template, or {@code null} when it has errors
 * @param filter for a query whose filter is built at call time, that filter; otherwise {@code null}
 * @param exclude for such a query, what it excludes; may be {@code null}
 * @param declaration the annotations or the name as written, for the generated documentation
 * @param paging for a query that returns pages, its page parameters; otherwise {@code null}
 */
public record QueryMethod(ExecutableElement element, String name, List<Parameter> parameters, TypeName returns,
        Action action, Result result, Template command, TypedFilter filter, TypedFilter exclude, String declaration,
        Paging paging) {

    public QueryMethod {
        parameters = List.copyOf(parameters);
    }

    /** Whether the query failed to compile; its generated method only throws. */
    public boolean failed() {
        return command == null;
    }

    /** Whether its filter is built at call time ({@link #filter}, {@link #exclude}). */
    public boolean typed() {
        return filter != null || exclude != null;
    }

    /**
     * The parameters of the query itself, which its command is built from: all but the page parameters.
     */
    public List<Parameter> queryParameters() {
        if (paging == null) {
            return parameters;
        }
        return parameters.stream().filter(parameter -> !paging.names().contains(parameter.name())).toList();
    }

    /** A parameter: its name and declared type. */
    public record Parameter(String name, TypeName type) {}

    /**
     * The page parameters of a query that returns pages.
     *
     * @param number the {@code @PageNumber} parameter, for {@link Shape#PAGE}; otherwise {@code null}
     * @param size the {@code @PageSize} parameter
     */
    public record Paging(String number, String size) {
        public List<String> names() {
            return number == null ? List.of(size) : List.of(number, size);
        }
    }

    /** What a query does. */
    public enum Action { READ, UPDATE, DELETE, AGGREGATE }

    /** How a query hands out its result, and what each result is. */
    public record Result(Shape shape, Element element) {}

    /** The shape of the result. */
    public enum Shape {
        LIST, STREAM, QUERY_SET,
        /** Exactly one: {@code DoesNotExist}, {@code MultipleObjectsReturned}. */
        ONE,
        /** At most one: empty, or {@code MultipleObjectsReturned}. */
        OPTIONAL,
        /** The first, if any ({@code findFirstBy}). */
        FIRST,
        /** The first, or {@code DoesNotExist}. */
        FIRST_ONE,
        /** A number: documents counted, matched or deleted. */
        COUNT,
        EXISTS,
        /** {@code Deleted}. */
        DELETED,
        /** Nothing. */
        VOID,
        /** One page of a {@code Paginator}: {@code new Paginator<>(query, size).page(number)}. */
        PAGE,
        /** {@code new Paginator<>(query, size)}. */
        PAGINATOR,
        /** {@code new KeysetPaginator<>(query, size)}. */
        KEYSET_PAGINATOR;

        /** Whether the query hands out pages. */
        public boolean paged() {
            return this == PAGE || this == PAGINATOR || this == KEYSET_PAGINATOR;
        }
    }

    /** What one result is. */
    public sealed interface Element {}

    /** An instance of the queried model. */
    public record Model() implements Element {}

    /** A record built from some fields: {@code record Headline(String headline, int rating)}. */
    public record Projection(ClassName record, List<Component> components) implements Element {
        public Projection {
            components = List.copyOf(components);
        }
    }

    /**
     * One component of a projection: the field it reads.
     *
     * @param path the field's typed path after the companion: {@code blog.name}
     */
    public record Component(String name, TypeName declared, String bsonPath, FieldType type, String path) {}

    /**
     * A record built from the keys of each document an aggregation returns: a component {@code n} reads
     * the key {@code n}, a component {@code id} reads {@code _id}.
     */
    public record Record(ClassName record, List<Key> keys) implements Element {
        public Record {
            keys = List.copyOf(keys);
        }
    }

    /** One component of an aggregation's record: the key it reads and the codec that reads it. */
    public record Key(String name, TypeName declared, String key, FieldType type) {}

    /** A document decoded by the codec of an embedded model or array model (aggregations). */
    public record Embedded(ClassName model) implements Element {}

    /** An {@code org.bson.Document} (aggregations). */
    public record Document() implements Element {}

    /** A {@code BsonDocument} (aggregations). */
    public record Bson() implements Element {}
}
