package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Objects;
import java.util.function.Function;

/** A {@code List} or {@code Set} of scalar values, stored as a BSON array. */
public class ArrayPath<R, E> extends AbstractArrayPath<R, E> {

    public ArrayPath(String name, ValueCodec<E> element) {
        super(name, element);
    }

    /**
     * Changes the elements that satisfy {@code condition}, in place ({@code $[identifier]} with an
     * array filter): {@code Entry_.tags.updateWhere(t -> t.eq("jaz"), t -> t.set("jazz"))}.
     */
    public Update<R> updateWhere(Function<Path<E, E>, Filter<E>> condition, Function<Path<R, E>, Update<R>> change) {
        Filter<E> matching = Objects.requireNonNull(condition.apply(new Path<>("", elementCodec())), "condition returned null");
        Update<R> update = Objects.requireNonNull(change.apply(new Path<>(child(Positional.MARKER), elementCodec())),
                "change returned null");
        return Positional.bind(update, Filters.document(matching));
    }

    /** Changes every element in place ({@code $[]}): {@code Entry_.tags.updateAll(t -> t.set("x"))}. */
    public Update<R> updateAll(Function<Path<R, E>, Update<R>> change) {
        return Objects.requireNonNull(change.apply(new Path<>(child("$[]"), elementCodec())), "change returned null");
    }
}
