package io.djongo.it.declared;

import io.djongo.annotations.Aggregate;
import io.djongo.annotations.Delete;
import io.djongo.annotations.Exclude;
import io.djongo.annotations.Filter;
import io.djongo.annotations.Limit;
import io.djongo.annotations.OrderBy;
import io.djongo.annotations.Queries;
import io.djongo.annotations.Update;
import io.djongo.it.query.model.Post;
import io.djongo.query.Deleted;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Declared queries on {@link Post}, one or more for every lookup the runtime supports, each held to
 * the same BSON and the same results as its typed-path twin by {@code DeclaredQueriesTest}.
 */
@Queries(Post.class)
public interface PostQueries {
    // ---- equality, comparisons, membership, nulls

    @Filter("headline = :headline")
    List<Post> headline(String headline);

    @Filter("pk = :id")
    Post byId(ObjectId id);

    @Filter("rating = :rating")
    List<Post> rating(Integer rating);

    @Filter("rating = null")
    List<Post> withoutRating();

    @Filter("rating__gt = :rating")
    List<Post> ratingAbove(int rating);

    @Filter("rating__gte = :low, rating__lte = :high")
    List<Post> ratingFromTo(int low, int high);

    @Filter("rating__range = [:low, :high]")
    List<Post> ratingRange(int low, int high);

    @Filter("rating__in = :ratings")
    List<Post> ratingIn(List<Integer> ratings);

    @Filter("rating__in = [1, :other, 11]")
    List<Post> ratingOneOr(Integer other);

    @Filter("rating__isnull = :missing")
    List<Post> ratingIsNull(boolean missing);

    @Filter("views__lt = 35")
    List<Post> fewViews();

    // ---- text

    @Filter("headline__iexact = :text")
    List<Post> headlineIExact(String text);

    @Filter("draft__iexact = :text")
    List<Post> draftIExact(String text);

    @Filter("headline__contains = :text")
    List<Post> headlineContains(String text);

    @Filter("headline__icontains = :text")
    List<Post> headlineIContains(String text);

    @Filter("headline__startswith = :text")
    List<Post> headlineStartsWith(String text);

    @Filter("headline__istartswith = :text")
    List<Post> headlineIStartsWith(String text);

    @Filter("headline__endswith = :text")
    List<Post> headlineEndsWith(String text);

    @Filter("headline__iendswith = 'N'")
    List<Post> headlineEndsWithN();

    @Filter("headline__regex = :pattern")
    List<Post> headlineRegex(String pattern);

    @Filter("headline__iregex = :pattern")
    List<Post> headlineIRegex(String pattern);

    @Filter("rating__startswith = :text")
    List<Post> ratingText(String text);

    // ---- F()

    @Filter("views__gt = F(rating)")
    List<Post> moreViewsThanRating();

    @Filter("views__lt = F(rating) * 20")
    List<Post> viewsBelowTwentyRatings();

    @Filter("published__icontains = F(draft)")
    List<Post> publishedHoldsDraft();

    // ---- dates

    @Filter("pub_date__year = :year")
    List<Post> ofYear(int year);

    @Filter("pub_date__year__gte = :year")
    List<Post> sinceYear(int year);

    @Filter("pub_date__iso_year = :year")
    List<Post> ofIsoYear(int year);

    @Filter("pub_date__year__in = :years")
    List<Post> ofYears(List<Integer> years);

    @Filter("pub_date__month = :month")
    List<Post> ofMonth(int month);

    @Filter("pub_date__month__range = [:from, :to]")
    List<Post> ofMonths(int from, int to);

    @Filter("pub_date__month__in = :months")
    List<Post> inMonths(Set<Integer> months);

    @Filter("pub_date__day__lt = :day")
    List<Post> beforeDay(int day);

    @Filter("pub_date__week_day = :day")
    List<Post> onWeekDay(int day);

    @Filter("pub_date__iso_week_day = :day")
    List<Post> onIsoWeekDay(int day);

    @Filter("pub_date__week = :week")
    List<Post> inWeek(int week);

    @Filter("pub_date__quarter = :quarter")
    List<Post> inQuarter(int quarter);

    @Filter("pub_date__hour__gte = :hour")
    List<Post> fromHour(int hour);

    @Filter("pub_date__date = :day")
    List<Post> onDay(LocalDate day);

    @Filter("pub_date__date__lt = :day")
    List<Post> beforeDate(LocalDate day);

    @Filter("pub_date__time__lt = :time")
    List<Post> beforeTime(LocalTime time);

    @Filter("pub_date__gte = :since")
    List<Post> publishedSince(Instant since);

    // ---- arrays

    @Filter("tags__contains = :tag")
    List<Post> tagged(String tag);

    @Filter("tags__contains = :tags")
    List<Post> taggedAll(List<String> tags);

    @Filter("tags__contained_by = :tags")
    List<Post> tagsWithin(List<String> tags);

    @Filter("tags__overlap = :tags")
    List<Post> taggedAny(Collection<String> tags);

    @Filter("tags__in = :tagLists")
    List<Post> tagsOneOf(List<List<String>> tagLists);

    @Filter("tags = :tags")
    List<Post> tagsExactly(List<String> tags);

    @Filter("tags__len = :length")
    List<Post> tagCount(int length);

    @Filter("tags__len__lte = 1")
    List<Post> atMostOneTag();

    @Filter("tags__isempty = true")
    List<Post> untagged();

    @Filter("tags__isempty = :empty")
    List<Post> tagsEmpty(boolean empty);

    @Filter("tags__0 = :tag")
    List<Post> firstTag(String tag);

    // ---- maps

    @Filter("votes__up__gte = :count")
    List<Post> upVotes(int count);

    @Filter("votes__up__isnull = :missing")
    List<Post> upVoteMissing(boolean missing);

    @Filter("votes__has_key = 'up'")
    List<Post> hasUp();

    @Filter("votes__has_key = :key")
    List<Post> hasVote(String key);

    @Filter("votes__has_any_keys = ['up', 'down']")
    List<Post> hasUpOrDown();

    @Filter("votes__contains = :votes")
    List<Post> votesContain(Map<String, Integer> votes);

    // ---- embedded models and arrays of models

    @Filter("site__name__istartswith = :name")
    List<Post> onSite(String name);

    @Filter("site__owner__home__city = :city")
    List<Post> ownerIn(String city);

    @Filter("authors__name = :name, authors__email__endswith = :domain")
    List<Post> oneAuthor(String name, String domain);

    @Filter("authors__karma__gte = :karma")
    List<Post> authorKarma(int karma);

    @Filter("authors__0__name = :name")
    List<Post> firstAuthor(String name);

    // ---- combinations, exclusion, order and slices

    @Filter("rating__gte = :min | tags__contains = :tag")
    List<Post> goodOrTagged(int min, String tag);

    @Filter("~(rating__lt = :min)")
    List<Post> notBelow(int min);

    @Filter("views__gte = :views")
    @Exclude("tags__contains = :tag")
    @OrderBy({"-views", "headline"})
    @Limit(value = 2, offset = 1)
    List<Post> page(int views, String tag);

    @OrderBy("-pub_date")
    @Limit(1)
    Optional<Post> newest();

    @Filter("rating = :rating")
    Optional<Post> maybe(int rating);

    @Filter("tags__contains = :tag")
    Optional<Post> maybeTagged(String tag);

    @Filter("tags__contains = :tag")
    Post oneTagged(String tag);

    @Filter("views__gte = :views")
    @OrderBy("views")
    Stream<Post> streamViews(int views);

    @Filter("views__gte = :views")
    QuerySet<Post> viewsAtLeast(int views);

    @Filter("tags__contains = :tag")
    long countTagged(String tag);

    @Filter("tags__contains = :tag")
    boolean anyTagged(String tag);

    // ---- derived names

    List<Post> findByHeadlineStartsWithAndViewsGreaterThanEqualOrderByViewsDesc(String prefix, int views);

    List<Post> findTop2ByOrderByViewsDesc();

    List<Post> findByRatingBetween(int from, int to);

    List<Post> findByRatingIn(Collection<Integer> ratings);

    List<Post> findByRatingNotIn(Collection<Integer> ratings);

    List<Post> findByDraftIsNull();

    List<Post> findByRatingNot(int rating);

    List<Post> findBySiteNameIgnoreCase(String name);

    List<Post> findByViewsLessThanOrTagsContaining(int views, String tag);

    List<Post> findByPubDateAfter(Instant instant);

    List<Post> findByTagsIsEmpty();

    long countByTagsContains(String tag);

    boolean existsByHeadline(String headline);

    Optional<Post> findFirstByOrderByViewsAsc();

    // ---- JSON

    @Filter("{views: {$gte: :views}, tags: {$in: :tags}}")
    List<Post> json(int views, List<String> tags);

    @Filter("{$or: [{rating: :rating}, {'site.name': {$regex: :pattern}}]}")
    List<Post> jsonOr(int rating, String pattern);

    @Filter("views__gte = :views")
    @Exclude("{tags: :tag}")
    List<Post> jsonExclude(int views, String tag);

    // ---- updates and deletions

    @Filter("headline = :headline")
    @Update("views__inc = :by, tags__add_to_set = 'edited'")
    long bump(String headline, int by);

    @Filter("headline = :headline")
    @Update("rating = :rating, draft__unset, tags__push = :tag, votes__up__inc = 1")
    int rewrite(String headline, Integer rating, String tag);

    @Filter("headline = :headline")
    @Update("{$set: {draft: :draft}, $inc: {views: :by}}")
    void jsonUpdate(String headline, String draft, int by);

    @Filter("votes__has_key = :key")
    @Update("views__inc = 1")
    long bumpVoted(String key);

    @Filter("headline = :headline")
    @Update("rating = F(views) * 2, draft__unset")
    long rateByViews(String headline);

    @Filter("headline = :headline")
    @Update("[{$set: {rating: {$multiply: ['$views', 2]}}}]")
    long rateByViewsJson(String headline);

    @Filter("views__lt = :views")
    @Delete
    long purge(int views);

    @Filter("tags__len = :length")
    @Delete
    long purgeTagged(int length);

    @Filter("views__gte = :views")
    @Delete
    Deleted purgeBusy(int views);

    long deleteByHeadline(String headline);

    // ---- aggregation and projection

    @Aggregate("[{$match: {views: {$gte: :views}}}, {$group: {_id: null, n: {$sum: 1}, total: {$sum: '$views'}}}]")
    List<Document> summary(int views);

    @Aggregate("[{$match: {views: {$gte: :views}}}, {$sort: {views: 1}}]")
    List<Post> aggregatedPosts(int views);

    @Aggregate("[{$match: {views: {$gte: :views}}}, {$sort: {views: 1}}, {$limit: 1}, {$project: {_id: 0, headline: 1}}]")
    Optional<BsonDocument> firstHeadline(int views);

    /** A projection: the components name fields of Post. */
    record Line(String headline, int views, String siteName) {}

    @Filter("views__gte = :views")
    @OrderBy("views")
    List<Line> lines(int views);

    PostQueries using(String alias);
}
