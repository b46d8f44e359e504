package io.djongo.query;

import java.util.Collection;

/**
 * The comparisons every ordered value shares, whether a field ({@link ComparablePath}), a part
 * of a date ({@link DatePartPath}) or a calendar day ({@link DateOnlyPath}); string lookups such as
 * {@code rating__gte} and {@code pub_date__year__gte} resolve to these.
 *
 * @param <R> the model
 * @param <V> the compared value
 */
public interface OrderedPath<R, V> {
    Filter<R> eq(V value);

    Filter<R> gt(V value);

    Filter<R> gte(V value);

    Filter<R> lt(V value);

    Filter<R> lte(V value);

    /** Between {@code from} and {@code to}, both included. */
    Filter<R> range(V from, V to);

    /** Equal to one of {@code values}. */
    Filter<R> in(Collection<? extends V> values);
}
