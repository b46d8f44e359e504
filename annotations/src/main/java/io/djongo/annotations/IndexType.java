package io.djongo.annotations;

/** The kinds of {@link Index}. */
public enum IndexType {
    /** Ordered keys, ascending or descending per field: equality, range and sort. */
    ORDERED,
    /** Full-text search over string fields ({@code $text}). */
    TEXT,
    /** Geospatial queries on GeoJSON values. */
    GEO_2DSPHERE,
    /** Equality on a hash of one field, for hashed sharding. */
    HASHED,
    /** Any field under a path ({@code "$**"} or {@code "attributes.$**"}), for documents with varied keys. */
    WILDCARD
}
