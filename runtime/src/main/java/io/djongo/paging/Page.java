package io.djongo.paging;

import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * One page of a {@link Paginator} (Django's {@code Page}): a read-only list of its objects, read
 * from the server when first asked for, with its number and the links around it.
 *
 * @param <T> the model
 */
public final class Page<T> extends AbstractList<T> implements RandomAccess {
    private final Paginator<T> paginator;
    private final int number;
    private final Supplier<List<T>> loader;
    private volatile List<T> objects;

    Page(Paginator<T> paginator, int number, Supplier<List<T>> loader) {
        this.paginator = paginator;
        this.number = number;
        this.loader = loader;
    }

    /** The objects of this page, read once (Django's {@code object_list}). */
    public List<T> objectList() {
        List<T> loaded = objects;
        if (loaded == null) {
            loaded = Collections.unmodifiableList(loader.get());
            objects = loaded;
        }
        return loaded;
    }

    @Override
    public T get(int index) {
        return objectList().get(index);
    }

    @Override
    public int size() {
        return objectList().size();
    }

    /** This page's number, from 1 (Django's {@code number}). */
    public int number() {
        return number;
    }

    /** The paginator this page belongs to. */
    public Paginator<T> paginator() {
        return paginator;
    }

    /** Whether there is a page after this one (Django's {@code has_next()}). */
    public boolean hasNext() {
        return number < paginator.numPages();
    }

    /** Whether there is a page before this one (Django's {@code has_previous()}). */
    public boolean hasPrevious() {
        return number > 1;
    }

    /** Whether there is another page, before or after (Django's {@code has_other_pages()}). */
    public boolean hasOtherPages() {
        return hasPrevious() || hasNext();
    }

    /**
     * The number of the next page (Django's {@code next_page_number()}).
     *
     * @throws EmptyPage on the last page
     */
    public int nextPageNumber() {
        return paginator.validateNumber((long) number + 1);
    }

    /**
     * The number of the previous page (Django's {@code previous_page_number()}).
     *
     * @throws EmptyPage on the first page
     */
    public int previousPageNumber() {
        return paginator.validateNumber((long) number - 1);
    }

    /** The position of this page's first object among all, from 1; 0 when there are none (Django's {@code start_index()}). */
    public long startIndex() {
        if (paginator.count() == 0) {
            return 0;
        }
        return (long) paginator.perPage() * (number - 1) + 1;
    }

    /** The position of this page's last object among all, from 1 (Django's {@code end_index()}). */
    public long endIndex() {
        if (number == paginator.numPages()) {
            return paginator.count();
        }
        return (long) number * paginator.perPage();
    }

    /** {@code <Page 2 of 5>}, as Django writes a page. */
    @Override
    public String toString() {
        return "<Page " + number + " of " + paginator.numPages() + ">";
    }
}
