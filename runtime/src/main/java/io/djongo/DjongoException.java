package io.djongo;

/** The base of every exception the runtime throws; unchecked, like the driver's. */
public class DjongoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DjongoException(String message) {
        super(message);
    }

    public DjongoException(String message, Throwable cause) {
        super(message, cause);
    }
}
