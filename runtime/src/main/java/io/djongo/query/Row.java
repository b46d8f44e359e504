package io.djongo.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of {@code values(...)}, {@code valuesList(...)} or {@code aggregate(...)}: named
 * columns in order, read by name, by position, or typed by the path or aggregation that made them.
 * The rows of one query share their column names and each holds only its values, so a long list
 * of rows costs little more than the values themselves.
 *
 * @param <R> the model the columns come from
 */
public final class Row<R> {
    /** The column names in order, without repeats; shared by the rows of one query. */
    private final List<String> keys;
    private final Object[] values;

    /** A row of {@code values}, one for each of {@code keys}, which the caller no longer changes. */
    Row(List<String> keys, Object[] values) {
        if (keys.size() != values.length) {
            throw new IllegalArgumentException(keys.size() + " columns but " + values.length + " values");
        }
        this.keys = keys;
        this.values = values;
    }

    Row(Map<String, Object> columns) {
        this(List.copyOf(columns.keySet()), columns.values().toArray());
    }

    /**
     * The names of {@code keys} without repeats, in the order of their first appearance, and the
     * position in a row of each of {@code keys}: a name given twice is one column, holding the
     * value given last, as in a map.
     */
    static List<String> distinct(List<String> keys, int[] positions) {
        List<String> distinct = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            int at = distinct.indexOf(keys.get(i));
            if (at < 0) {
                at = distinct.size();
                distinct.add(keys.get(i));
            }
            positions[i] = at;
        }
        return List.copyOf(distinct);
    }

    /** The value of {@code path}, typed by it. */
    @SuppressWarnings("unchecked") // the column was decoded with this path's codec
    public <V> V get(Path<R, V> path) {
        return (V) require(path.bsonPath());
    }

    /** The result of {@code aggregation}, typed by it. */
    @SuppressWarnings("unchecked") // the column was decoded with this aggregation's codec
    public <V> V get(Aggregation<R, V> aggregation) {
        return (V) require(aggregation.name());
    }

    /** The column named {@code name}: a path such as {@code blog.name}, a lookup string, or an aggregation name. */
    public Object get(String name) {
        return require(name);
    }

    /** The column at {@code index}, counted from 0 in the order asked for. */
    public Object get(int index) {
        Objects.checkIndex(index, values.length);
        return values[index];
    }

    /** The columns as an unmodifiable map, in order. */
    public Map<String, Object> asMap() {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            columns.put(keys.get(i), values[i]);
        }
        return Collections.unmodifiableMap(columns);
    }

    private Object require(String name) {
        int index = keys.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("this row has no column \"" + name + "\"; its columns are " + keys);
        }
        return values[index];
    }

    /** Equal to a row with the same columns and values, in any order, as maps are. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Row)) {
            return false;
        }
        Row<?> row = (Row<?>) other;
        return row.keys.equals(keys) ? Arrays.equals(row.values, values) : row.asMap().equals(asMap());
    }

    /** The hash code of {@link #asMap()}. */
    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < values.length; i++) {
            hash += keys.get(i).hashCode() ^ Objects.hashCode(values[i]);
        }
        return hash;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
