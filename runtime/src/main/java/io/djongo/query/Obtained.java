package io.djongo.query;

/**
 * What {@link QuerySet#getOrCreate} and {@link QuerySet#updateOrCreate} return, as Django's
 * {@code (object, created)} pair.
 *
 * @param object the found or created instance
 * @param created whether it was created
 */
public record Obtained<T>(T object, boolean created) {}
