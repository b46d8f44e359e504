package io.djongo.examples.readme.model;

import io.djongo.annotations.Aggregate;
import io.djongo.annotations.Filter;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.PageNumber;
import io.djongo.annotations.PageSize;
import io.djongo.annotations.Queries;
import io.djongo.annotations.Update;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import java.util.List;
import org.bson.types.ObjectId;

// README: declared-interface
@Queries(Entry.class)                // EntryQueries_ is generated: every method below, checked at compile time
public interface EntryQueries {
    @Filter("blog__name__istartswith = :prefix, rating__gte = :min")
    @OrderBy("-pub_date")
    List<Entry> byBlog(String prefix, int min);

    List<Entry> findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc(String prefix, int min);

    @Filter("tags__contains = :tag | ~(rating__lt = 3)")
    long countTagged(String tag);

    @Filter("id = :id")
    @Update("rating__inc = :by, tags__add_to_set = 'edited'")
    long bump(ObjectId id, int by);

    @Filter("{views: {$gte: :views}, tags: {$in: :tags}}")          // MongoDB's JSON, checked against the model
    List<Entry> popular(int views, List<String> tags);

    record BlogCount(String id, int n) {}                            // an aggregation's rows: id reads _id

    @Aggregate("[{$match: {rating: {$gte: :min}}}, {$group: {_id: '$blog.name', n: {$sum: 1}}}, {$sort: {_id: 1}}]")
    List<BlogCount> perBlog(int min);

    record Headline(String headline, int rating) {}                  // a projection: its components name fields

    @Filter("rating__gte = :min")
    @OrderBy("headline")
    List<Headline> headlines(int min);

    @Filter("blog__name__istartswith = :prefix")
    @OrderBy({"-pub_date", "id"})                                    // pages need an order, or the build fails
    Page<Entry> blogPage(String prefix, @PageNumber String page, @PageSize int perPage);

    @Filter("rating__gte = :min")
    @OrderBy("-rating")
    KeysetPaginator<Entry> goodPages(int min, @PageSize int perPage);
}
// README: end
