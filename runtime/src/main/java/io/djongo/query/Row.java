package io.djongo.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of {@code values(...)}, {@code valuesList(...)} or {@code aggregate(...)}: named
 * columns in order, read by name, by position, or typed by the path or aggregation that made them.
 *
 * @param <R> the model the columns come from
 */
public final class Row<R> {
    private final Map<String, Object> columns;

    Row(Map<String, Object> columns) {
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
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
        List<Object> values = new ArrayList<>(columns.values());
        Objects.checkIndex(index, values.size());
        return values.get(index);
    }

    /** The columns as an unmodifiable map, in order. */
    public Map<String, Object> asMap() {
        return columns;
    }

    private Object require(String name) {
        if (!columns.containsKey(name)) {
            throw new IllegalArgumentException("this row has no column \"" + name + "\"; its columns are " + columns.keySet());
        }
        return columns.get(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row && ((Row<?>) other).columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
