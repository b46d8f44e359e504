package io.djongo;

/** The server or the driver failed; the driver's exception is the cause. */
public class DatabaseError extends DjongoException {
    private static final long serialVersionUID = 1L;

    public DatabaseError(String message, Throwable cause) {
        super(message, cause);
    }
}
