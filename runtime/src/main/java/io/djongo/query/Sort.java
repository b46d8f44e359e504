package io.djongo.query;

import java.util.Objects;

/**
 * One ordering key of model {@code R}: {@code Entry_.pubDate.desc()}.
 *
 * @param path the BSON path
 * @param descending whether larger values come first
 */
public record Sort<R>(String path, boolean descending) {
    public Sort {
        Objects.requireNonNull(path, "path");
    }

    /** The same key in the other direction. */
    public Sort<R> reversed() {
        return new Sort<>(path, !descending);
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + path;
    }
}
