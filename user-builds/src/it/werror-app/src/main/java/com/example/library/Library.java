package com.example.library;

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

    /** Stores a review of {@code title}. */
    public static Review review(String title, int stars) {
        return Review_.objects().save(new Review(null, title, stars));
    }
}
