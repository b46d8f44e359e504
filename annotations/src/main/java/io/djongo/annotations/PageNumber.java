package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter of a declared query that says which page it returns, from 1: the query returns
 * {@code io.djongo.paging.Page<T>}, Django's {@code Paginator(query, perPage).page(number)}, and
 * takes the page size from its {@link PageSize} parameter.
 *
 * <pre>{@code
 * @Filter("blog__name__istartswith = :prefix")
 * @OrderBy({"-pub_date", "id"})
 * Page<Entry> byBlog(String prefix, @PageNumber int page, @PageSize int perPage);
 * }</pre>
 *
 * <p>The parameter is an {@code int} or {@code long}, or a {@code String} (or {@code Integer},
 * {@code Long}) as a URL's {@code ?page=2} gives it, read as Django reads a page number: text that
 * is not a whole number, or {@code null}, is a {@code PageNotAnInteger}, a number below 1 or past
 * the last page an {@code EmptyPage}, both {@code InvalidPage}s.
 *
 * <p>Why two annotated parameters rather than a {@code Pageable} value: a page is asked for with two
 * plain values that come from a request, which a controller passes on as it gets them, with no
 * value type to build first; the annotations say which parameter is which without depending on
 * names or positions, and the compiler checks that a query with pages has both, of types that fit.
 * They are not values of the query: its {@code @Filter} cannot use them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PageNumber {}
