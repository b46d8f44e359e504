package io.djongo.query;

import com.mongodb.Function;
import com.mongodb.ServerAddress;
import com.mongodb.ServerCursor;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoIterable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Results already read and put in order here (a query ordered across a relation on a server
 * that cannot join), given to the code that reads a driver's results.
 */
final class ListIterable<T> implements MongoIterable<T> {
    private final List<T> results;

    ListIterable(List<T> results) {
        this.results = results;
    }

    @Override
    public MongoCursor<T> iterator() {
        Iterator<T> iterator = results.iterator();
        return new MongoCursor<T>() {
            @Override
            public void close() {}

            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public T next() {
                if (!iterator.hasNext()) {
                    throw new NoSuchElementException();
                }
                return iterator.next();
            }

            @Override
            public int available() {
                return iterator.hasNext() ? 1 : 0;
            }

            @Override
            public T tryNext() {
                return iterator.hasNext() ? iterator.next() : null;
            }

            @Override
            public ServerCursor getServerCursor() {
                return null;
            }

            @Override
            public ServerAddress getServerAddress() {
                return null;
            }
        };
    }

    @Override
    public MongoCursor<T> cursor() {
        return iterator();
    }

    @Override
    public T first() {
        return results.isEmpty() ? null : results.get(0);
    }

    @Override
    public <U> MongoIterable<U> map(Function<T, U> mapper) {
        List<U> mapped = new ArrayList<>(results.size());
        for (T result : results) {
            mapped.add(mapper.apply(result));
        }
        return new ListIterable<>(mapped);
    }

    @Override
    public <A extends Collection<? super T>> A into(A target) {
        target.addAll(results);
        return target;
    }

    @Override
    public MongoIterable<T> batchSize(int batchSize) {
        return this;
    }
}
