package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code int} parameter of a declared query that says how many objects a page holds (Django's
 * {@code per_page}), 1 or more. A query with this parameter returns pages of its results, in its
 * order, which it must have:
 * <ul>
 * <li>{@code io.djongo.paging.Page<T>}, with a {@link PageNumber} parameter too: that page,
 * as Django's {@code Paginator(query, perPage).page(number)} gives it;</li>
 * <li>{@code io.djongo.paging.Paginator<T>}: Django's paginator of the query, for
 * {@code getPage(number)}, which forgives a bad number, and {@code numPages()};</li>
 * <li>{@code io.djongo.paging.KeysetPaginator<T>}: pages by key, {@code first()},
 * {@code after(cursor)}, {@code before(cursor)}, ordered by fields of one plain value each.</li>
 * </ul>
 *
 * <pre>{@code
 * @Filter("rating__gte = :min") @OrderBy("-pub_date")
 * KeysetPaginator<Entry> goodPages(int min, @PageSize int perPage);
 * }</pre>
 *
 * @see PageNumber why pages are asked for with annotated parameters
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PageSize {}
