package com.example.library;

import io.djongo.annotations.Filter;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.PageNumber;
import io.djongo.annotations.PageSize;
import io.djongo.annotations.Queries;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;

/** The catalogue's pages as declared queries, compiled with the models under -Xlint:all -Werror. */
@Queries(Book.class)
public interface BookQueries {
    /** Page {@code page} of {@code perPage} books of {@code author}, in the model's order (by title). */
    @Filter("author = :author")
    Page<Book> byAuthor(String author, @PageNumber String page, @PageSize int perPage);

    /** The books by pages, fewest first, paged by key. */
    @OrderBy("pages")
    KeysetPaginator<Book> shortestFirst(@PageSize int perPage);
}
