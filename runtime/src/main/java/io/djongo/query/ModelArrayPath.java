package io.djongo.query;

import io.djongo.codec.ValueCodec;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@code List} or {@code Set} of embedded or array models.
 *
 * <p>{@link #any()} reaches fields of any element ({@code authors__name} in Django terms);
 * {@link #elemMatch} asks that one element satisfy every condition at once. The two differ:
 * "some author is named Ann and some author has a .org address" versus "one author is both".
 *
 * @param <R> the model being queried
 * @param <E> the element model
 * @param <P> the element's paths rooted at {@code R}, for {@link #any()}
 * @param <Q> the element's paths rooted at {@code E}, for {@link #elemMatch}
 */
public class ModelArrayPath<R, E, P, Q> extends AbstractArrayPath<R, E> {
    private final Function<String, P> anyPaths;
    private final Function<String, Q> elementPaths;
    private volatile P any;
    private volatile Q element;

    /**
     * @param anyPaths creates the element paths under a prefix, rooted at {@code R}
     * @param elementPaths creates the element paths with an empty prefix, rooted at {@code E}
     */
    public ModelArrayPath(String name, ValueCodec<E> elementCodec, Function<String, P> anyPaths,
            Function<String, Q> elementPaths) {
        super(name, elementCodec);
        this.anyPaths = Objects.requireNonNull(anyPaths, "anyPaths");
        this.elementPaths = Objects.requireNonNull(elementPaths, "elementPaths");
    }

    /**
     * Paths to the fields of any element: {@code Entry_.authors.any().name.eq("Ann")} matches
     * entries with at least one author named Ann. Created on first use, because a model may
     * contain a list of itself.
     */
    public P any() {
        P paths = any;
        if (paths == null) {
            paths = anyPaths.apply(bsonPath());
            any = paths;
        }
        return paths;
    }

    /** The paths of the element at {@code index}, counted from 0: {@code Entry_.authors.at(0).name}. */
    public P at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException(bsonPath() + ".at(" + index + "): an index is zero or more");
        }
        return anyPaths.apply(child(Integer.toString(index)));
    }

    /** Removes every element that satisfies {@code condition} ({@code $pull} with a condition). */
    public Update<R> pullWhere(Function<Q, Filter<E>> condition) {
        return new Update<>("$pull", bsonPath(), Filters.document(elementCondition(condition)), null);
    }

    /**
     * Changes fields of the elements that satisfy {@code condition}, in place, with an array
     * filter: {@code Entry_.authors.updateWhere(a -> a.name.eq("Ann"), a -> a.email.set("ann@new.org"))}.
     */
    public Update<R> updateWhere(Function<Q, Filter<E>> condition, Function<P, Update<R>> change) {
        Filter<E> matching = elementCondition(condition);
        Update<R> update = Objects.requireNonNull(change.apply(anyPaths.apply(child(Positional.MARKER))),
                "change returned null");
        return Positional.bind(update, Filters.document(matching));
    }

    /** Changes fields of every element in place ({@code $[]}). */
    public Update<R> updateEach(Function<P, Update<R>> change) {
        return Objects.requireNonNull(change.apply(anyPaths.apply(child("$[]"))), "change returned null");
    }

    /** The element paths rooted at the element, for {@link PushUpdate#sortBy} and conditions. */
    public Q elementPaths() {
        Q paths = element;
        if (paths == null) {
            paths = elementPaths.apply("");
            element = paths;
        }
        return paths;
    }

    private Filter<E> elementCondition(Function<Q, Filter<E>> condition) {
        return Objects.requireNonNull(condition.apply(elementPaths()), "the condition returned null");
    }

    /**
     * One element satisfies {@code condition}: {@code Entry_.authors.elemMatch(a ->
     * a.name.eq("Ann").and(a.email.endsWith(".org")))}.
     */
    public Filter<R> elemMatch(Function<Q, Filter<E>> condition) {
        return Filters.operator(bsonPath(), "$elemMatch", Filters.document(elementCondition(condition)));
    }
}
