package io.djongo.it.declared;

import io.djongo.annotations.Exclude;
import io.djongo.annotations.Filter;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.PageNumber;
import io.djongo.annotations.PageSize;
import io.djongo.annotations.Queries;
import io.djongo.it.paging.model.Story;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import io.djongo.paging.Paginator;

/** Declared queries that return pages of stories, each checked against the same pages of a paginator over typed paths. */
@Queries(Story.class)
public interface StoryQueries {
    @Filter("rating__gte = :min")
    @OrderBy({"-rating", "title"})
    Page<Story> rated(int min, @PageNumber int page, @PageSize int perPage);

    @Filter("byline__name = :author")
    @OrderBy({"published", "id"})
    Page<Story> byAuthor(String author, @PageNumber String page, @PageSize int perPage);

    Page<Story> findByRatingNotNullOrderByPublishedDescTitleAsc(@PageSize int perPage, @PageNumber long page);

    @Exclude("rating = null")
    @OrderBy({"-published", "title"})
    Paginator<Story> ratedPages(@PageSize int perPage);

    @Filter("title__startswith = :prefix")
    @OrderBy({"byline__name", "-rating"})
    KeysetPaginator<Story> byByline(String prefix, @PageSize int perPage);
}
