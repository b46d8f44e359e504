package io.djongo.query;

import java.util.Objects;
import org.bson.BsonNull;

/**
 * What every path of model {@code R} has: its dotted BSON name, ordering, and null tests.
 * Generated metamodels ({@code Entry_}) hold one path per field.
 */
public abstract class AbstractPath<R> {
    private final String name;
    /** Whether this is the value under a map key, where null-ness is about the key ({@link MapPath#get}). */
    private volatile boolean mapValue;

    protected AbstractPath(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The dotted BSON path, e.g. {@code blog.name}; empty for the element of an {@code elemMatch}. */
    public final String bsonPath() {
        return name;
    }

    /** The codec of this path's whole value, for reading it out of projected documents. */
    public abstract io.djongo.codec.ValueCodec<?> valueCodec();

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
     * missing, {@code false} those where it is present and not {@code null}. For the value under a
     * map key ({@code Entry_.votes.get("up")}) it is about the key, as for Django's JSON keys: a key
     * holding null is present ({@code isNull(false)}), a missing key is not.
     */
    public Filter<R> isNull(boolean isNull) {
        if (mapValue) {
            return Filters.operator(name, "$exists", org.bson.BsonBoolean.valueOf(!isNull));
        }
        return isNull ? Filters.field(name, BsonNull.VALUE) : Filters.operator(name, "$ne", BsonNull.VALUE);
    }

    /** Marks this path as the value under a map key; called by {@link MapPath#get} before handing it out. */
    final void markMapValue() {
        mapValue = true;
    }

    // ---- updates

    /** Removes the field ({@code $unset}). */
    public Update<R> unset() {
        return new Update<>("$unset", name, new org.bson.BsonString(""), null);
    }

    /**
     * Moves the value to the sibling key {@code newName} ({@code $rename}), for migrating
     * documents; the model must have a field stored under that key to read it back.
     */
    public Update<R> rename(String newName) {
        Objects.requireNonNull(newName, "newName");
        if (newName.isEmpty() || newName.startsWith("$") || newName.indexOf('.') >= 0) {
            throw new IllegalArgumentException("rename(\"" + newName + "\"): the new key may not be empty, start "
                    + "with '$' or contain '.'");
        }
        int dot = name.lastIndexOf('.');
        String target = dot < 0 ? newName : name.substring(0, dot + 1) + newName;
        return new Update<>("$rename", name, new org.bson.BsonString(target), null);
    }

    @Override
    public String toString() {
        return name;
    }
}
