package io.djongo.query;

import com.mongodb.client.MongoCursor;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Results read from a server cursor as they are needed, in batches: use it in
 * try-with-resources, so the server cursor is closed even when iteration stops early.
 */
public final class QueryCursor<T> implements Iterator<T>, AutoCloseable {
    private final MongoCursor<T> cursor;

    QueryCursor(MongoCursor<T> cursor) {
        this.cursor = cursor;
    }

    /** A cursor with no results, for queries known to match nothing. */
    static <T> QueryCursor<T> empty() {
        return new QueryCursor<>(null);
    }

    @Override
    public boolean hasNext() {
        return cursor != null && cursor.hasNext();
    }

    @Override
    public T next() {
        if (cursor == null) {
            throw new NoSuchElementException();
        }
        return cursor.next();
    }

    /** Closes the server cursor; safe to call twice. */
    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }
}
