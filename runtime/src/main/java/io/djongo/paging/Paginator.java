package io.djongo.paging;

import io.djongo.query.QuerySet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Django's {@code Paginator}: splits a QuerySet (or a list) into pages of {@code perPage} objects,
 * for "previous / next" links and page numbers in URLs.
 *
 * <pre>{@code
 * Paginator<Entry> paginator = new Paginator<>(Entry.objects().orderBy(Entry_.pubDate.desc()), 10);
 * Page<Entry> page = paginator.getPage(request.getParameter("page"));   // forgiving: page 1, or the last
 * page.hasNext(); page.nextPageNumber(); page.startIndex(); paginator.numPages();
 * }</pre>
 *
 * <p>The objects are counted once per paginator, with {@code countDocuments} and the query's filter
 * ({@link QuerySet#count()}; {@link #withCount} takes another count, such as the collection's
 * estimate), and each page reads only its own slice ({@code skip} and {@code limit}). Paginate an ordered query: without an order the server may return the same
 * object on two pages, and a warning is logged as Django's {@code UnorderedObjectListWarning} is.
 * High page numbers make the server skip many documents; for large collections, page by key with
 * {@link KeysetPaginator}.
 *
 * @param <T> the model
 */
public final class Paginator<T> implements Iterable<Page<T>> {
    /** What {@link #elidedPageRange} puts where page numbers are left out (Django's {@code Paginator.ELLIPSIS}). */
    public static final String ELLIPSIS = "\u2026";

    private static final System.Logger LOG = System.getLogger("io.djongo.paging");
    private static final Map<String, String> DEFAULT_MESSAGES = Map.of(
            "invalid_page", "That page number is not an integer",
            "min_page", "That page number is less than 1",
            "no_results", "That page contains no results");

    /** Where the objects come from: a QuerySet or a list. */
    private interface Source<T> {
        long count();

        List<T> slice(long from, long to);
    }

    private final Source<T> source;
    private final int perPage;
    private final int orphans;
    private final boolean allowEmptyFirstPage;
    private final Map<String, String> errorMessages;
    private final boolean customMessages;
    private volatile Long count;

    /** Pages of {@code perPage} objects of {@code query}. */
    public Paginator(QuerySet<T> query, int perPage) {
        this(query, perPage, 0, true);
    }

    /**
     * Pages of {@code perPage} objects of {@code query}; a last page of {@code orphans} objects or fewer
     * is added to the page before it, and with {@code allowEmptyFirstPage} false an empty query has no
     * page at all (Django's {@code Paginator(object_list, per_page, orphans, allow_empty_first_page)}).
     */
    public Paginator(QuerySet<T> query, int perPage, int orphans, boolean allowEmptyFirstPage) {
        this(querySource(Objects.requireNonNull(query, "Paginator: query is null")), perPage, orphans, allowEmptyFirstPage,
                DEFAULT_MESSAGES, false);
        if (!query.ordered()) {
            LOG.log(System.Logger.Level.WARNING, "Pagination may yield inconsistent results with an unordered "
                    + "QuerySet<" + query.meta().name() + ">: give it an order with orderBy(...) or @Model(ordering)");
        }
    }

    /** Pages of {@code perPage} elements of {@code list}. */
    public Paginator(List<T> list, int perPage) {
        this(list, perPage, 0, true);
    }

    /** Pages of {@code perPage} elements of {@code list}, with {@code orphans} and {@code allowEmptyFirstPage} as above. */
    public Paginator(List<T> list, int perPage, int orphans, boolean allowEmptyFirstPage) {
        this(listSource(Objects.requireNonNull(list, "Paginator: list is null")), perPage, orphans, allowEmptyFirstPage,
                DEFAULT_MESSAGES, false);
    }

    private Paginator(Source<T> source, int perPage, int orphans, boolean allowEmptyFirstPage,
            Map<String, String> errorMessages, boolean customMessages) {
        if (perPage < 1) {
            throw new IllegalArgumentException("Paginator: perPage is " + perPage + ", but a page holds at least one object");
        }
        if (orphans < 0) {
            throw new IllegalArgumentException("Paginator: orphans is " + orphans + "; it is how many objects a last page "
                    + "may hold before they join the page before it, so 0 or more");
        }
        this.source = source;
        this.perPage = perPage;
        this.orphans = orphans;
        this.allowEmptyFirstPage = allowEmptyFirstPage;
        this.errorMessages = errorMessages;
        this.customMessages = customMessages;
    }

    private static <T> Source<T> querySource(QuerySet<T> query) {
        return new Source<>() {
            @Override
            public long count() {
                return query.count();
            }

            @Override
            public List<T> slice(long from, long to) {
                if (to > Integer.MAX_VALUE) {
                    throw new IllegalStateException("a page past object " + Integer.MAX_VALUE + " cannot be read by "
                            + "skipping; page this query with a KeysetPaginator");
                }
                return query.offset((int) from).limit((int) (to - from)).list();
            }
        };
    }

    private static <T> Source<T> listSource(List<T> list) {
        return new Source<>() {
            @Override
            public long count() {
                return list.size();
            }

            @Override
            public List<T> slice(long from, long to) {
                return new ArrayList<>(list.subList((int) Math.min(from, list.size()), (int) Math.min(to, list.size())));
            }
        };
    }

    /**
     * This paginator counting with {@code count} instead of the query's {@code countDocuments}: a count
     * kept elsewhere, or, for a query of a whole collection, the collection's own estimate
     * ({@code withCount(Entry.objects()::mongoEstimatedDocumentCount)}), which MongoDB reads from
     * metadata instead of scanning an index. An estimate can be off after an unclean shutdown or with
     * orphaned documents of a sharded cluster, and only the page count depends on it: the last page may
     * then hold fewer objects, or none. Asked once, like the query's count.
     */
    public Paginator<T> withCount(java.util.function.LongSupplier count) {
        Objects.requireNonNull(count, "withCount(): count is null");
        Source<T> counted = new Source<>() {
            @Override
            public long count() {
                long value = count.getAsLong();
                if (value < 0) {
                    throw new IllegalStateException("withCount(): the count is " + value + "; counts are 0 or more");
                }
                return value;
            }

            @Override
            public List<T> slice(long from, long to) {
                return source.slice(from, to);
            }
        };
        return new Paginator<>(counted, perPage, orphans, allowEmptyFirstPage, errorMessages, customMessages);
    }

    /**
     * This paginator with other texts for its errors (Django's {@code error_messages}): the keys are
     * {@code invalid_page}, {@code min_page} and {@code no_results}; those not given keep Django's.
     */
    public Paginator<T> withErrorMessages(Map<String, String> messages) {
        Objects.requireNonNull(messages, "withErrorMessages(): messages is null");
        Map<String, String> merged = new LinkedHashMap<>(errorMessages);
        for (Map.Entry<String, String> entry : messages.entrySet()) {
            if (!DEFAULT_MESSAGES.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("withErrorMessages(): unknown key \"" + entry.getKey()
                        + "\"; the keys are invalid_page, min_page and no_results");
            }
            merged.put(entry.getKey(), Objects.requireNonNull(entry.getValue(),
                    () -> "withErrorMessages(): the message of " + entry.getKey() + " is null"));
        }
        return new Paginator<>(source, perPage, orphans, allowEmptyFirstPage, Map.copyOf(merged), true);
    }

    // ---- what Django's Paginator has

    /** The most objects a page holds, orphans aside (Django's {@code per_page}). */
    public int perPage() {
        return perPage;
    }

    /** How many objects a last page may hold before they join the page before it (Django's {@code orphans}). */
    public int orphans() {
        return orphans;
    }

    /** Whether an empty query has one empty page rather than none (Django's {@code allow_empty_first_page}). */
    public boolean allowEmptyFirstPage() {
        return allowEmptyFirstPage;
    }

    /** How many objects there are on all pages, counted once (Django's {@code count}). */
    public long count() {
        Long counted = count;
        if (counted == null) {
            counted = source.count();
            count = counted;
        }
        return counted;
    }

    /** How many pages there are (Django's {@code num_pages}). */
    public int numPages() {
        long objects = count();
        if (objects == 0 && !allowEmptyFirstPage) {
            return 0;
        }
        long hits = Math.max(1, objects - orphans);
        long pages = (hits + perPage - 1) / perPage;
        return (int) Math.min(Integer.MAX_VALUE, pages);
    }

    /** The page numbers, 1 to {@link #numPages()} (Django's {@code page_range}). */
    public List<Integer> pageRange() {
        List<Integer> range = new ArrayList<>();
        for (int number = 1; number <= numPages(); number++) {
            range.add(number);
        }
        return range;
    }

    /**
     * The page numbers to show around page {@code number}, with {@link #ELLIPSIS} where some are
     * left out (Django's {@code get_elided_page_range(number, on_each_side=3, on_ends=2)}).
     *
     * @throws InvalidPage when {@code number} is not a page of this paginator
     */
    public List<Object> elidedPageRange(Object number) {
        return elidedPageRange(number, 3, 2);
    }

    /**
     * The page numbers to show: {@code onEachSide} numbers each side of page {@code number} and
     * {@code onEnds} at each end, with {@link #ELLIPSIS} between (Django's {@code get_elided_page_range}).
     */
    public List<Object> elidedPageRange(Object number, int onEachSide, int onEnds) {
        if (onEachSide < 0 || onEnds < 0) {
            throw new IllegalArgumentException("elidedPageRange(): onEachSide (" + onEachSide + ") and onEnds (" + onEnds
                    + ") must be 0 or more");
        }
        int page = validateNumber(number);
        int pages = numPages();
        List<Object> range = new ArrayList<>();
        if (pages <= (onEachSide + onEnds) * 2) {
            range.addAll(pageRange());
            return range;
        }
        if (page > (1 + onEachSide + onEnds) + 1) {
            addRange(range, 1, onEnds + 1);
            range.add(ELLIPSIS);
            addRange(range, page - onEachSide, page + 1);
        } else {
            addRange(range, 1, page + 1);
        }
        if (page < (pages - onEachSide - onEnds) - 1) {
            addRange(range, page + 1, page + onEachSide + 1);
            range.add(ELLIPSIS);
            addRange(range, pages - onEnds + 1, pages + 1);
        } else {
            addRange(range, page + 1, pages + 1);
        }
        return range;
    }

    private static void addRange(List<Object> into, int from, int to) {
        for (int i = from; i < to; i++) {
            into.add(i);
        }
    }

    /**
     * {@code number} as a page number of this paginator (Django's {@code validate_number}): a whole
     * number ({@code 2}, {@code 2L}, {@code 2.0}, or text such as {@code "2"} or {@code " 2 "}, as
     * Python's {@code int()} reads it) from 1 to {@link #numPages()}; page 1 of an empty paginator is
     * valid unless empty first pages are not allowed.
     *
     * @throws PageNotAnInteger when it is not a whole number ({@code "abc"}, {@code 1.5}, {@code null})
     * @throws EmptyPage when it is less than 1 or past the last page
     */
    public int validateNumber(Object number) {
        BigInteger value = integer(number);
        if (value == null) {
            throw new PageNotAnInteger(message("invalid_page", number instanceof CharSequence
                    ? "\"" + number + "\"" : String.valueOf(number)));
        }
        if (value.signum() < 1) {
            throw new EmptyPage(message("min_page", value.toString()));
        }
        int pages = numPages();
        if (value.compareTo(BigInteger.valueOf(pages)) > 0) {
            throw new EmptyPage(message("no_results", "page " + value + " of " + pages));
        }
        return value.intValue();
    }

    private String message(String key, String detail) {
        String text = errorMessages.get(key);
        return customMessages && !text.equals(DEFAULT_MESSAGES.get(key)) ? text : text + ": " + detail;
    }

    /** {@code number} as Python's {@code int()} reads a page number, or {@code null} when it is not a whole number. */
    private static BigInteger integer(Object number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof AtomicInteger || number instanceof AtomicLong) {
            return BigInteger.valueOf(((Number) number).longValue());
        }
        if (number instanceof BigInteger) {
            return (BigInteger) number;
        }
        if (number instanceof Double || number instanceof Float) {
            double value = ((Number) number).doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value) || value != Math.rint(value)) {
                return null;
            }
            return new BigDecimal(value).toBigInteger();
        }
        if (number instanceof BigDecimal) {
            BigDecimal value = ((BigDecimal) number).stripTrailingZeros();
            return value.scale() <= 0 ? value.toBigInteger() : null;
        }
        if (number instanceof CharSequence) {
            return parse(number.toString());
        }
        return null;
    }

    /**
     * Text as Python's {@code int()} reads it: surrounding whitespace, a sign, decimal digits of any
     * script, and single underscores between digits.
     */
    private static BigInteger parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 4300) { // Python's default limit on digits
            return null;
        }
        StringBuilder digits = new StringBuilder();
        int start = 0;
        if (trimmed.charAt(0) == '+' || trimmed.charAt(0) == '-') {
            digits.append(trimmed.charAt(0));
            start = 1;
        }
        boolean lastWasDigit = false;
        for (int i = start; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0 && Character.isDigit(c)) {
                digits.append((char) ('0' + digit));
                lastWasDigit = true;
            } else if (c == '_' && lastWasDigit && i + 1 < trimmed.length()) {
                lastWasDigit = false;
            } else {
                return null;
            }
        }
        if (!lastWasDigit) {
            return null;
        }
        return new BigInteger(digits.toString());
    }

    /**
     * The page numbered {@code number} (Django's {@code page()}); its objects are read when first
     * asked for.
     *
     * @throws PageNotAnInteger when {@code number} is not a whole number
     * @throws EmptyPage when it is less than 1 or past the last page
     */
    public Page<T> page(Object number) {
        int page = validateNumber(number);
        long bottom = (long) (page - 1) * perPage;
        long top = bottom + perPage;
        long objects = count();
        if (top + orphans >= objects) {
            top = objects;
        }
        long from = bottom;
        long to = Math.max(bottom, top);
        return new Page<>(this, page, () -> from >= to ? List.of() : source.slice(from, to));
    }

    /** The page numbered {@code number}; see {@link #page(Object)}. */
    public Page<T> page(long number) {
        return page(Long.valueOf(number));
    }

    /**
     * The page numbered {@code number}, forgiving (Django's {@code get_page}): the first page when it
     * is not a whole number, the last when it is out of range, so a bad page number in a URL still
     * shows a page.
     *
     * @throws EmptyPage only when there is no page at all ({@code allowEmptyFirstPage} false, and no objects)
     */
    public Page<T> getPage(Object number) {
        int page;
        try {
            page = validateNumber(number);
        } catch (PageNotAnInteger e) {
            page = 1;
        } catch (EmptyPage e) {
            page = numPages();
        }
        return page(page);
    }

    /** The page numbered {@code number}, forgiving; see {@link #getPage(Object)}. */
    public Page<T> getPage(long number) {
        return getPage(Long.valueOf(number));
    }

    /** The pages in order, each read when the iteration reaches it (Django: iterating a paginator). */
    @Override
    public Iterator<Page<T>> iterator() {
        int pages = numPages();
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= pages;
            }

            @Override
            public Page<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page(next++);
            }
        };
    }

    @Override
    public String toString() {
        return "Paginator[" + perPage + " per page" + (orphans == 0 ? "" : ", " + orphans + " orphans") + "]";
    }
}
