package io.djongo.annotations;

/**
 * What deleting a referenced object does to the objects that refer to it (Django's
 * {@code on_delete}). Applied by {@code delete()} of an instance and of a query, before anything
 * is deleted where it must check, in batches where it must change other documents.
 */
public enum OnDelete {
    /** Delete the referring objects too, and theirs in turn. */
    CASCADE,
    /** Refuse the deletion while referring objects exist: {@code ProtectedError}, and nothing is deleted. */
    PROTECT,
    /**
     * Refuse the deletion while referring objects exist, unless those objects are deleted by the
     * same call through another {@code CASCADE}: {@code RestrictedError}, and nothing is deleted.
     */
    RESTRICT,
    /** Set the reference to {@code null}; the field must be nullable. */
    SET_NULL,
    /** Set the reference to its {@code @Field(defaultValue)}, an id of the referenced model. */
    SET_DEFAULT,
    /** Leave the reference as it is; it dangles, and {@code get()} on it is {@code DoesNotExist}. */
    DO_NOTHING
}
