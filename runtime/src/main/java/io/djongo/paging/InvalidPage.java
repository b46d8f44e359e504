package io.djongo.paging;

import io.djongo.DjongoException;

/** A page that cannot be given (Django's {@code InvalidPage}): its number, or its cursor, is not valid. */
public class InvalidPage extends DjongoException {
    private static final long serialVersionUID = 1L;

    public InvalidPage(String message) {
        super(message);
    }

    public InvalidPage(String message, Throwable cause) {
        super(message, cause);
    }
}
