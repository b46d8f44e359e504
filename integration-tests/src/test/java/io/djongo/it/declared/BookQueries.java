package io.djongo.it.declared;

import io.djongo.annotations.Filter;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.Queries;
import io.djongo.annotations.Update;
import io.djongo.it.declared.model.Book;
import io.djongo.it.declared.model.Publisher;
import io.djongo.relation.Ref;
import java.util.List;

/** Declared queries through a reference: semi-joins built with the typed paths when the query is called. */
@Queries(Book.class)
public interface BookQueries {
    @Filter("publisher__country = :country, pages__gte = :pages")
    @OrderBy("title")
    List<Book> fromCountry(String country, int pages);

    @Filter("publisher__name__startswith = :prefix, publisher__country = :country")
    long countPublishedBy(String prefix, String country);

    @Filter("publisher = :publisher")
    @OrderBy("title")
    List<Book> byPublisher(Ref<Publisher> publisher);

    @Filter("publisher = :publisher")
    @OrderBy("title")
    List<Book> byPublisherObject(Publisher publisher);

    @Filter("publisher__isnull = true")
    List<Book> orphans();

    List<Book> findByPublisherCountryOrderByTitle(String country);

    @Filter("title = :title")
    @Update("title = :newTitle")
    long retitle(String title, String newTitle);
}
