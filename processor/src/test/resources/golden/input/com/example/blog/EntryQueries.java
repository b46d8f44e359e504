package com.example.blog;

import io.djongo.annotations.Aggregate;
import io.djongo.annotations.Delete;
import io.djongo.annotations.Exclude;
import io.djongo.annotations.Filter;
import io.djongo.annotations.Limit;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.PageNumber;
import io.djongo.annotations.PageSize;
import io.djongo.annotations.Queries;
import io.djongo.annotations.Update;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import io.djongo.paging.Paginator;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Declared queries on entries: lookups, derived names, JSON, updates, deletions, an aggregation, a projection
 * and pages.
 */
@Queries(Entry.class)
public interface EntryQueries {
    @Filter("blog__name__istartswith = :prefix, rating__gte = :min")
    @OrderBy("-pub_date")
    List<Entry> byBlog(String prefix, int min);

    @Filter("blog__name__startswith = :prefix, rating__gte = :min")
    @Exclude("tags__contains = :tag")
    @OrderBy("-pubDate")
    @Limit(20)
    List<Entry> typical(String prefix, int min, String tag);

    List<Entry> findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc(String prefix, int min);

    Optional<Entry> findBySlug(String slug);

    Stream<Entry> findByAuthorsNameAndAuthorsEmailEndsWith(String name, String domain);

    @Filter("tags__contains = :tag | ~(rating__lt = 3)")
    long countTagged(String tag);

    boolean existsByStatus(Status status);

    @Filter("pub_date__year = :year, pub_date__week_day = 1, rating__gt = F(version)")
    QuerySet<Entry> sundays(int year);

    @Filter("{rating: {$gte: :min}, tags: {$in: :tags}}")
    List<Entry> raw(int min, List<String> tags);

    @Filter("id = :id")
    @Update("rating__inc = :by, tags__add_to_set = 'edited'")
    long bump(ObjectId id, int by);

    @Filter("created__lt = :before")
    @Delete
    long purge(Instant before);

    @Aggregate("[{$match: {rating: {$gte: :min}}}, {$group: {_id: '$blog.name', n: {$sum: 1}}}]")
    List<Document> perBlog(int min);

    @Filter("reactions__has_key = :key")
    List<Entry> reactedWith(String key);

    /** The headline and rating of an entry. */
    record Headline(String headline, int rating) {}

    @Filter("rating__gte = :min")
    @OrderBy("headline")
    List<Headline> headlines(int min);

    @Filter("blog__name__istartswith = :prefix")
    @OrderBy({"-pub_date", "id"})
    Page<Entry> pageByBlog(String prefix, @PageNumber int page, @PageSize int perPage);

    @Filter("category__slug = :slug")
    @OrderBy("headline")
    Page<Entry> pageInCategory(String slug, @PageNumber String page, @PageSize int perPage);

    Paginator<Entry> findByStatus(Status status, @PageSize int perPage);

    @Filter("rating__gte = :min")
    KeysetPaginator<Entry> goodPages(int min, @PageSize int perPage);

    EntryQueries using(String alias);
}
