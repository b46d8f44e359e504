package io.djongo;

/**
 * A reference was followed that its query did not load, in strict mode ({@code QuerySet.strict()}
 * or {@code Djongo.strictRelations(true)}), where every query must be visible: load the relation
 * with {@code selectRelated} or {@code prefetchRelated}, or leave strict mode.
 */
public class LazyLoadError extends DjongoException {
    private static final long serialVersionUID = 1L;

    public LazyLoadError(String message) {
        super(message);
    }
}
