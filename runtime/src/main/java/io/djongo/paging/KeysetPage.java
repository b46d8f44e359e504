package io.djongo.paging;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One page of a {@link KeysetPaginator}: a read-only list of its objects, whether there are
 * pages before and after it, and the cursors that lead there.
 *
 * @param <T> the model
 */
public final class KeysetPage<T> extends AbstractList<T> implements RandomAccess {
    private final KeysetPaginator<T> paginator;
    private final List<T> objects;
    private final boolean hasPrevious;
    private final boolean hasNext;
    private final String previousCursor;
    private final String nextCursor;

    KeysetPage(KeysetPaginator<T> paginator, List<T> objects, boolean hasPrevious, boolean hasNext, String previousCursor,
            String nextCursor) {
        this.paginator = paginator;
        this.objects = objects;
        this.hasPrevious = hasPrevious;
        this.hasNext = hasNext;
        this.previousCursor = previousCursor;
        this.nextCursor = nextCursor;
    }

    /** The objects of this page, in the paginator's order. */
    public List<T> objectList() {
        return objects;
    }

    @Override
    public T get(int index) {
        return objects.get(index);
    }

    @Override
    public int size() {
        return objects.size();
    }

    /** Whether objects come after this page. */
    public boolean hasNext() {
        return hasNext;
    }

    /** Whether objects come before this page. */
    public boolean hasPrevious() {
        return hasPrevious;
    }

    /** Whether there is another page, before or after. */
    public boolean hasOtherPages() {
        return hasPrevious || hasNext;
    }

    /** The cursor of the page after this one, for {@link KeysetPaginator#after(String)}; {@code null} on the last page. */
    public String nextCursor() {
        return nextCursor;
    }

    /** The cursor of the page before this one, for {@link KeysetPaginator#before(String)}; {@code null} on the first page. */
    public String previousCursor() {
        return previousCursor;
    }

    /** The paginator this page belongs to. */
    public KeysetPaginator<T> paginator() {
        return paginator;
    }

    @Override
    public String toString() {
        return "<KeysetPage of " + objects.size() + (hasPrevious ? ", with previous" : "") + (hasNext ? ", with next" : "")
                + ">";
    }
}
