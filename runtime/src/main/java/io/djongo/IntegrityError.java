package io.djongo;

/**
 * A write broke an integrity rule: a duplicate {@code _id} or a value already present under a
 * unique index, where {@link #index()} names the index (for example {@code _id_}) and the
 * driver's exception is the cause; or a deletion refused by a relation
 * ({@link ProtectedError}, {@link RestrictedError}), as in Django.
 */
public class IntegrityError extends DjongoException {
    private static final long serialVersionUID = 1L;

    private final String index;

    public IntegrityError(String message, String index, Throwable cause) {
        super(message, cause);
        this.index = index;
    }

    /** The violated index, or {@code null} when the server did not name it. */
    public String index() {
        return index;
    }
}
