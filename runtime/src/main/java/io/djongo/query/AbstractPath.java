package io.djongo.query;

import java.util.Objects;
import org.bson.BsonNull;

/**
 * What every path of model {@code R} has: its dotted BSON name, ordering, and null tests.
 * Generated metamodels ({@code Entry_}) hold one path per field.
 */
public abstract class AbstractPath<R> {
    private final String name;

    protected AbstractPath(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The dotted BSON path, e.g. {@code blog.name}; empty for the element of an {@code elemMatch}. */
    public final String bsonPath() {
        return name;
    }

    /** The BSON path of a field inside this one. */
    protected final String child(String field) {
        return name.isEmpty() ? field : name + "." + field;
    }

    /** Ascending order on this path. */
    public Sort<R> asc() {
        return new Sort<>(name, false);
    }

    /** Descending order on this path. */
    public Sort<R> desc() {
        return new Sort<>(name, true);
    }

    /**
     * Django's {@code isnull}: {@code true} matches documents where the value is {@code null} or
     * missing, {@code false} those where it is present and not {@code null}.
     */
    public Filter<R> isNull(boolean isNull) {
        return isNull ? Filters.field(name, BsonNull.VALUE) : Filters.operator(name, "$ne", BsonNull.VALUE);
    }

    @Override
    public String toString() {
        return name;
    }
}
