package io.djongo.admin.forms;

import org.bson.BsonValue;

/** Stored values as the changelist and read-only fields show them. */
public final class Display {
    private Display() {}

    /** Numbers and strings as they are, dates in ISO form (UTC), ids in hex, other values as short JSON. */
    public static String of(BsonValue value) {
        return Scalars.display(value);
    }
}
