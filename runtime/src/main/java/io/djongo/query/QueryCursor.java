package io.djongo.query;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoIterable;
import io.djongo.DecodingException;
import io.djongo.DriverErrors;
import io.djongo.codec.CollectionModelCodec.ReadScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Results read from a server cursor as they are needed, in batches: use it in
 * try-with-resources, so the server cursor is closed even when iteration stops early.
 *
 * <p>Driver failures come out as {@link io.djongo.DatabaseError}, like every other call; a document
 * that cannot be read is a {@link DecodingException}, and the server cursor is closed before it is
 * thrown, whichever batch the document came in.
 */
public final class QueryCursor<T> implements Iterator<T>, AutoCloseable {
    private final MongoCursor<T> cursor;
    private final ReadScope scope;
    private final String what;
    private final Iterator<T> loaded;

    private QueryCursor(MongoCursor<T> cursor, ReadScope scope, String what) {
        this.cursor = cursor;
        this.scope = scope;
        this.what = what;
        this.loaded = null;
    }

    private QueryCursor(Iterator<T> loaded) {
        this.cursor = null;
        this.scope = null;
        this.what = "loaded results";
        this.loaded = loaded;
    }

    /** A cursor over results already read, with their relations loaded ({@code prefetchRelated}). */
    static <T> QueryCursor<T> over(java.util.List<T> results) {
        return new QueryCursor<>(results.iterator());
    }

    /** Opens a cursor over {@code results}; {@code what} names the operation in errors. */
    static <T> QueryCursor<T> open(MongoIterable<T> results, String what) {
        ReadScope scope = new ReadScope();
        MongoCursor<T> cursor = DriverErrors.call(what, () -> scope.run(results::iterator));
        return new QueryCursor<>(cursor, scope, what);
    }

    /**
     * Every result of {@code results}, read in one pass with the read scope active once (what
     * {@code list()} needs), with the same guarantees as a cursor: driver failures are
     * {@link io.djongo.DatabaseError}s, and a document that cannot be read closes the server cursor
     * before its {@link DecodingException} is thrown.
     */
    static <T> List<T> readAll(MongoIterable<T> results, String what) {
        ReadScope scope = new ReadScope();
        List<T> into = new ArrayList<>();
        DecodingException failure = DriverErrors.call(what, () -> scope.run(() -> {
            try (MongoCursor<T> cursor = results.iterator()) {
                while (cursor.hasNext()) {
                    T next = cursor.next();
                    if (next == null) {
                        return scope.takeFailure(); // the cursor closes as the try ends
                    }
                    into.add(next);
                }
                return null;
            }
        }));
        if (failure != null) {
            throw failure;
        }
        return into;
    }

    /** The results of {@code cursor} as a stream, which closes the cursor when it is closed. */
    static <T> Stream<T> stream(QueryCursor<T> cursor) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /** A cursor with no results, for queries known to match nothing. */
    static <T> QueryCursor<T> empty() {
        return new QueryCursor<>(null, null, "nothing");
    }

    @Override
    public boolean hasNext() {
        if (loaded != null) {
            return loaded.hasNext();
        }
        return cursor != null && read(cursor::hasNext);
    }

    @Override
    public T next() {
        if (loaded != null) {
            return loaded.next();
        }
        if (cursor == null) {
            throw new NoSuchElementException();
        }
        T next = read(cursor::next);
        if (next == null) {
            // the document could not be read: it came out of the batch as null, its error kept in the scope
            DecodingException failure = scope.takeFailure();
            close();
            throw failure;
        }
        return next;
    }

    private <V> V read(java.util.function.Supplier<V> call) {
        try {
            return DriverErrors.call(what, () -> scope.run(call));
        } catch (RuntimeException e) {
            if (!(e instanceof NoSuchElementException)) {
                close();
            }
            throw e;
        }
    }

    /** Closes the server cursor; safe to call twice. */
    @Override
    public void close() {
        if (cursor != null) {
            try {
                cursor.close();
            } catch (RuntimeException ignored) {
                // closing is best effort: the cursor times out on the server anyway
            }
        }
    }
}
