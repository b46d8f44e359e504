package io.djongo.examples.blog;

import io.djongo.annotations.Exclude;
import io.djongo.annotations.Filter;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.PageNumber;
import io.djongo.annotations.PageSize;
import io.djongo.annotations.Queries;
import io.djongo.annotations.Update;
import io.djongo.paging.Page;
import java.util.List;

/**
 * The blog's declared queries: checked against {@link Entry} when the example compiles, and sent as
 * BSON the processor built then ({@code EntryQueries_.Commands} shows it).
 */
@Queries(Entry.class)
public interface EntryQueries {
    /** Entries of the blogs whose name starts with {@code prefix}, but not those rated below {@code min}, newest first. */
    @Filter("blog__name__istartswith = :prefix")
    @Exclude("rating__lt = :min")
    @OrderBy("-pub_date")
    List<Entry> wellRated(String prefix, int min);

    /** Entries with one author named {@code name} who writes from an address ending with {@code domain}. */
    List<Entry> findByAuthorsNameAndAuthorsEmailEndsWith(String name, String domain);

    long countByTagsContains(String tag);

    /**
     * The blog's front page: page {@code page} (as the URL's {@code ?page=} gives it) of {@code perPage}
     * entries, newest first, with the id deciding between entries of one date.
     */
    @OrderBy({"-pub_date", "id"})
    Page<Entry> frontPage(@PageNumber String page, @PageSize int perPage);

    /** One more star and a tag for every entry tagged {@code tag}; the number of entries matched. */
    @Filter("tags__contains = :tag")
    @Update("rating__inc = 1, tags__add_to_set = :added")
    long promote(String tag, String added);
}
