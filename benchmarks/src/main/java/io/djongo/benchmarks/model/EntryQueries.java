package io.djongo.benchmarks.model;

import io.djongo.annotations.Exclude;
import io.djongo.annotations.Filter;
import io.djongo.annotations.Limit;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.Queries;
import java.util.List;

/** The typical chain of the query benchmark, declared: its command is a template compiled at build time. */
@Queries(Entry.class)
public interface EntryQueries {
    @Filter("blog__name__startswith = :prefix, rating__gte = :min")
    @Exclude("tags__contains = :tag")
    @OrderBy("-pub_date")
    @Limit(20)
    List<Entry> typical(String prefix, int min, String tag);
}
