package com.example.library;

import io.djongo.paging.KeysetPage;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import io.djongo.paging.Paginator;
import java.time.LocalDate;
import java.util.List;

/** The application's queries. */
public final class Library {
    private Library() {}

    /** The titles of {@code author}'s books, in the model's order (by title). */
    public static List<String> titlesBy(String author) {
        return Book.objects().filter(Book_.author.eq(author)).valuesList(Book_.title);
    }

    /** Books of more than {@code pages} pages published in {@code city}. */
    public static long longBooksFrom(String city, int pages) {
        return Book.objects().filter(Book_.publisher.city.eq(city), Book_.pages.gt(pages)).count();
    }

    /** The books in pages of {@code perPage}, by title; a page number from a request, forgiven as Django's get_page. */
    public static Page<Book> catalogue(String page, int perPage) {
        return new Paginator<>(Book.objects().orderBy(Book_.title.asc()), perPage).getPage(page);
    }

    /** The books after {@code cursor} (the first ones when it is null), by pages, fewest first, by key rather than skip. */
    public static KeysetPage<Book> shortestFirst(String cursor, int perPage) {
        KeysetPaginator<Book> pages = new KeysetPaginator<>(Book.objects().orderBy(Book_.pages.asc()), perPage);
        return cursor == null ? pages.first() : pages.after(cursor);
    }

    /** Lends {@code title} to {@code reader} for three weeks; the loan saved is a new, immutable copy. */
    public static Loan lend(String title, String reader, LocalDate today) {
        return new Loan(null, title, reader, today.plusWeeks(3), 0).save();
    }

    /** Stores a review of {@code title}. */
    public static Review review(String title, int stars) {
        return Review_.objects().save(new Review(null, title, stars));
    }
}
