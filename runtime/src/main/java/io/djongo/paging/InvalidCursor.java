package io.djongo.paging;

/**
 * A keyset cursor that this paginator did not make: not a cursor at all, made for another
 * ordering, or holding a value the ordering's field cannot hold. Cursors come back from users'
 * requests, so a bad one is an {@link InvalidPage}, like a bad page number.
 */
public class InvalidCursor extends InvalidPage {
    private static final long serialVersionUID = 1L;

    public InvalidCursor(String message) {
        super(message);
    }

    public InvalidCursor(String message, Throwable cause) {
        super(message, cause);
    }
}
