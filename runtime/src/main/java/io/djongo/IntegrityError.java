package io.djongo;

/**
 * A write broke a uniqueness rule: a duplicate {@code _id} or a value already present under a
 * unique index. {@link #index()} names the index (for example {@code _id_}); the driver's
 * exception is the cause.
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
