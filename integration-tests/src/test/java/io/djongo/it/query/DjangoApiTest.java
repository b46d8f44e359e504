package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.DoesNotExist;
import io.djongo.FieldError;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Topic;
import io.djongo.it.query.model.Topic_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Aggregation;
import io.djongo.query.Case;
import io.djongo.query.Coalesce;
import io.djongo.query.Exists;
import io.djongo.query.F;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import io.djongo.query.Value;
import io.djongo.query.When;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The QuerySet methods and expressions Django code uses that had no counterpart: earliest/latest,
 * values_list rows and flat, {@code |}, {@code &} and union of QuerySets, dates/datetimes,
 * Value, Case/When, Coalesce, Exists, nulls_first/nulls_last, and aggregates with distinct and
 * default. Each gives its BSON, and its rows where the server can compute them.
 */
class DjangoApiTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /*
     * headline  rating  views  pubDate                    site
     * One       1       10     2024-01-03T10:20:30Z Wed   A
     * Two       2       20     2024-01-05T11:00:00Z Fri   A
     * Three     3       30     2024-02-10T00:00:00Z       B
     * Four      3       40     2023-12-31T23:59:59Z Sun   B
     * Five      null    50     -                          -
     */
    @BeforeEach
    void posts() {
        new Post("One", 1, 10, Instant.parse("2024-01-03T10:20:30Z")).site("A", "Ann", "Oslo").save();
        new Post("Two", 2, 20, Instant.parse("2024-01-05T11:00:00Z")).site("A", "Bob", "Oslo").save();
        new Post("Three", 3, 30, Instant.parse("2024-02-10T00:00:00Z")).site("B", "Cid", "Rome").save();
        new Post("Four", 3, 40, Instant.parse("2023-12-31T23:59:59Z")).site("B", "Dee", "Rome").save();
        new Post("Five", null, 50, null).save();
    }

    static List<String> headlines(QuerySet<Post> query) {
        return query.list().stream().map(p -> p.headline).toList();
    }

    static Set<String> found(QuerySet<Post> query) {
        return new TreeSet<>(headlines(query));
    }

    // ---- earliest, latest

    /** Django: {@code earliest("views")} is {@code order_by("views")[0]}, and DoesNotExist when nothing matches. */
    @Test
    void earliestAndLatest() {
        assertEquals("One", Post_.objects().earliest(Post_.views).headline);
        assertEquals("Five", Post_.objects().latest("views").headline);
        assertEquals("Three", Post_.objects().latest(Post_.pubDate).headline, "the latest date; a null date sorts lowest");
        assertEquals("Four", Post_.objects().earliest(Post_.rating.desc(), Post_.views.desc()).headline);
        assertEquals("One", Post_.objects().latest("-views", "rating").headline, "the latest by -views has the fewest views");
        assertThrows(DoesNotExist.class, () -> Post_.objects().filter(Post_.views.gt(1000)).earliest("views"));
        assertThrows(IllegalStateException.class, () -> Post_.objects().limit(2).latest("views"));
    }

    // ---- values_list

    /** Django: {@code values_list("headline")} gives one-value tuples; {@code flat=True} the values. */
    @Test
    void valuesListRowsAndFlat() {
        List<Row<Post>> rows = Post_.objects().orderBy("views").valuesList("headline");
        assertEquals(5, rows.size());
        assertEquals("One", rows.get(0).get(0));
        assertEquals(List.of("One", "Two", "Three", "Four", "Five"), Post_.objects().orderBy("views").valuesListFlat("headline"));
        assertEquals(List.of("One", 10), List.copyOf(Post_.objects().orderBy("views").valuesList("headline", "views").get(0)
                .asMap().values()));
        assertEquals(List.of("One", "Two"), Post_.objects().orderBy("views").limit(2).valuesList(Post_.headline), "typed: flat");
    }

    // ---- |, & and union of QuerySets

    /** Django's {@code qs1 | qs2} ors the conditions; {@code qs1 & qs2} ands them; the right side's order wins. */
    @Test
    void orAndAndOfQuerySets() {
        QuerySet<Post> low = Post_.objects().filter(Post_.views.lte(10));
        QuerySet<Post> high = Post_.objects().filter(Post_.views.gte(50)).orderBy(Post_.views.desc());
        assertEquals("{\"$or\": [{\"views\": {\"$lte\": 10}}, {\"views\": {\"$gte\": 50}}]}", low.or(high).filterDocument().toJson());
        assertEquals(List.of("Five", "One"), headlines(low.or(high)));
        assertEquals(5, Post_.objects().all().or(low).count(), "a side without conditions matches everything");
        assertEquals(found(low), found(low.or(Post_.objects().none())));
        assertEquals(Set.of("Two", "Three", "Four"), found(Post_.objects().filter(Post_.views.gt(10)).and(Post_.objects()
                .filter(Post_.views.lt(50)))));
        assertEquals(Set.of(), found(low.and(Post_.objects().none())));
        assertThrows(IllegalStateException.class, () -> low.limit(1).or(high), "Django: cannot combine once sliced");
    }

    /** Django's {@code union()}: each document once; sliced operands keep their slice; the result can be ordered and sliced. */
    @Test
    void union() {
        QuerySet<Post> ones = Post_.objects().filter(Post_.views.eq(10)).union(Post_.objects().filter(Post_.views.eq(20)),
                Post_.objects().filter(Post_.views.eq(10)));
        assertEquals("{\"$or\": [{\"views\": 10}, {\"views\": 20}, {\"views\": 10}]}", ones.filterDocument().toJson());
        assertEquals(Set.of("One", "Two"), found(ones));
        assertEquals(2, ones.count());

        QuerySet<Post> extremes = Post_.objects().orderBy(Post_.views.desc()).limit(1)
                .union(Post_.objects().orderBy(Post_.views.asc()).limit(1), Post_.objects().none());
        assertEquals(List.of("One", "Five"), headlines(extremes.orderBy(Post_.views.asc())));
        assertEquals(List.of("One"), headlines(extremes.orderBy(Post_.views.asc()).limit(1)));
        assertEquals(2, extremes.count());
    }

    // ---- dates, datetimes

    /** Django's {@code dates()}: distinct truncated dates, nulls left out; weeks start on Monday. */
    @Test
    void datesAndDatetimes() {
        assertEquals(List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)), Post_.objects().dates(Post_.pubDate, "year"));
        assertEquals(List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 1)),
                Post_.objects().dates("pub_date", "month", "DESC"));
        assertEquals(List.of(LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 5)),
                Post_.objects().dates(Post_.pubDate, "week"));
        assertEquals(List.of(Instant.parse("2023-12-31T23:00:00Z"), Instant.parse("2024-01-03T10:00:00Z"),
                Instant.parse("2024-01-05T11:00:00Z"), Instant.parse("2024-02-10T00:00:00Z")),
                Post_.objects().datetimes(Post_.pubDate, "hour"));
        assertEquals(List.of(Instant.parse("2024-01-03T10:20:30Z"), Instant.parse("2023-12-31T23:59:59Z")),
                Post_.objects().filter(Post_.views.in(10, 40)).datetimes(Post_.pubDate, "second", "DESC"));
        assertEquals(List.of(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 5)),
                Post_.objects().orderBy("views").limit(2).dates(Post_.pubDate, "day"), "the slice's dates");
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().dates(Post_.pubDate, "hour"));
        assertThrows(IllegalArgumentException.class, () -> Post_.objects().dates(Post_.pubDate, "day", "UP"));
        assertThrows(FieldError.class, () -> Post_.objects().dates("headline", "day", "ASC"));
    }

    // ---- ordering: nulls and expressions

    /** Django's {@code F("rating").asc(nulls_last=True)}: MongoDB puts nulls first, so the query becomes an aggregation. */
    @Test
    void nullsFirstAndLast() {
        assertEquals("{\"aggregate\": \"posts\", \"pipeline\": [{\"$addFields\": {\"__nulls0\": {\"$lte\": [\"$rating\", null]}}}, "
                + "{\"$sort\": {\"__nulls0\": 1, \"rating\": 1, \"views\": 1}}, {\"$project\": {\"__nulls0\": 0}}]}",
                Post_.objects().orderBy(Post_.rating.asc().nullsLast(), Post_.views.asc()).toBson().toJson());
        assertEquals("{\"find\": \"posts\", \"filter\": {}, \"sort\": {\"rating\": -1}}",
                Post_.objects().orderBy(Post_.rating.desc().nullsLast()).toBson().toJson(), "already the server's order");
        Capabilities.require(Capability.AGGREGATION_EXPRESSIONS);
        assertEquals(List.of("One", "Two", "Three", "Four", "Five"),
                headlines(Post_.objects().orderBy(Post_.rating.asc().nullsLast(), Post_.views.asc())));
        assertEquals(List.of("Five", "Four", "Three", "Two", "One"),
                headlines(Post_.objects().orderBy(Post_.rating.desc().nullsFirst(), Post_.views.desc())));
        assertEquals("One", Post_.objects().orderBy(Post_.rating.desc().nullsFirst()).reverse().first().orElseThrow().headline,
                "reverse() flips the nulls placement too");
    }

    /** Django's {@code order_by(Case(When(site__name="B", then=Value(0)), default=Value(1)))}. */
    @Test
    void orderByAnExpression() {
        F<Post> bFirst = Case.of(When.of(Post_.site.name.eq("B"), Value.<Post>of(0))).otherwise(Value.of(1));
        assertEquals("{\"aggregate\": \"posts\", \"pipeline\": [{\"$addFields\": {\"__order0\": {\"$cond\": [{\"$cond\": "
                + "[{\"$isArray\": \"$site.name\"}, {\"$in\": [{\"$literal\": \"B\"}, \"$site.name\"]}, {\"$eq\": [\"$site.name\", "
                + "{\"$literal\": \"B\"}]}]}, {\"$literal\": 0}, {\"$literal\": 1}]}}}, {\"$sort\": {\"__order0\": 1, \"views\": 1}}, "
                + "{\"$project\": {\"__order0\": 0}}]}",
                Post_.objects().orderBy(bFirst.asc(), Post_.views.asc()).toBson().toJson());
        Capabilities.require(Capability.AGGREGATION_EXPRESSIONS);
        assertEquals(List.of("Three", "Four", "One", "Two", "Five"), headlines(Post_.objects().orderBy(bFirst.asc(), Post_.views.asc())));
    }

    // ---- Value, Case/When, Coalesce, Exists

    /** Django's {@code Coalesce("rating", Value(0))} in a comparison: a missing rating counts as 0. */
    @Test
    void coalesceInAFilter() {
        QuerySet<Post> belowTenth = Post_.objects().filter(Coalesce.of(F.of(Post_.rating), Value.of(0)).lt(F.of(Post_.views).dividedBy(10)));
        assertEquals("{\"views\": {\"$ne\": null}, \"$expr\": {\"$and\": [{\"$gt\": [{\"$ifNull\": [\"$rating\", {\"$literal\": 0}]}, null]}, "
                + "{\"$lt\": [{\"$ifNull\": [\"$rating\", {\"$literal\": 0}]}, {\"$divide\": [\"$views\", 10]}]}]}}",
                belowTenth.filterDocument().toJson());
        Capabilities.require(Capability.EXPR);
        assertEquals(Set.of("Four", "Five"), found(belowTenth), "3 < 40 / 10, and a missing rating is 0 < 5");
    }

    /** Django's {@code values("headline").annotate(band=Case(When(views__gte=30, then=Value("high")), default=Value("low")))}. */
    @Test
    void caseWhenAsAColumn() {
        F<Post> band = Case.of(When.of(Post_.views.gte(30), Value.<Post>of("high"))).otherwise(Value.of("low"));
        String pipeline = Post_.objects().values(Post_.headline).annotate("band", band).toBson().toJson();
        assertTrue(pipeline.contains("{\"$project\": {\"_id\": 0, \"headline\": 1, \"band\": {\"$cond\": [{\"$gte\": [\"$views\", 30]}, "
                + "{\"$literal\": \"high\"}, {\"$literal\": \"low\"}]}}}"), pipeline);
        // values in a condition are data: a headline greater than "$views" is compared with that text, not the field
        assertEquals("{\"$cond\": [{\"$gt\": [\"$headline\", {\"$literal\": \"$views\"}]}, {\"$literal\": 1}, null]}",
                Case.of(When.of(Post_.headline.gt("$views"), Value.<Post>of(1))).end().expression().asDocument().toJson());
        assertTrue(Post_.objects().updateBson(Post_.headline.setFrom(band)).toJson().contains("\"$cond\""),
                "an update from an expression is an update pipeline");
        Capabilities.require(Capability.AGGREGATION_EXPRESSIONS);
        List<Map<String, Object>> rows = Post_.objects().orderBy("views").values(Post_.headline).annotate("band", band).list()
                .stream().map(Row::asMap).toList();
        assertEquals(List.of(Map.of("headline", "One", "band", "low"), Map.of("headline", "Two", "band", "low"),
                Map.of("headline", "Three", "band", "high"), Map.of("headline", "Four", "band", "high"),
                Map.of("headline", "Five", "band", "high")), rows);
        assertEquals(null, Post_.objects().filter(Post_.views.eq(10)).values(Post_.headline)
                .annotate("rated", Case.of(When.of(Post_.rating.isNull(true), Value.<Post>of("none"))).end()).list().get(0)
                .get("rated"), "without a default, Case is null where no condition holds");
    }

    /** Django's {@code Exists(Topic.objects.filter(hot=True, site_name=OuterRef("site__name")))}, and its negation. */
    @Test
    void exists() {
        Topic_.objects().bulkCreate(List.of(new Topic(null, "A", true), new Topic(null, "B", false)));
        QuerySet<Topic> hot = Topic_.objects().filter(Topic_.hot.eq(true));
        assertEquals(Set.of("One", "Two"), found(Post_.objects().filter(Exists.of(hot, Topic_.siteName, Post_.site.name))));
        assertEquals(Set.of("Three", "Four", "Five"), found(Post_.objects().filter(Exists.of(hot, Topic_.siteName, Post_.site.name).not())),
                "NOT EXISTS holds for a post without a site");
        assertEquals(5, Post_.objects().filter(Exists.of(hot)).count());
        assertEquals(0, Post_.objects().filter(Exists.<Post>of(Topic_.objects().filter(Topic_.siteName.eq("Z")))).count());
        assertEquals(5, Post_.objects().exclude(Exists.<Post>of(Topic_.objects().filter(Topic_.siteName.eq("Z")))).count());
    }

    // ---- aggregates with distinct and default

    /** Django's {@code Count("rating", distinct=True)} and {@code Sum("rating", distinct=True)}. */
    @Test
    void distinctAggregates() {
        Aggregation<Post, Long> ratings = Aggregation.count(Post_.rating).distinct();
        Aggregation<Post, Integer> sum = Aggregation.sum(Post_.rating).distinct();
        assertEquals("{\"aggregate\": \"posts\", \"pipeline\": [{\"$group\": {\"_id\": {\"k0\": \"$site.name\"}, \"rating__count\": "
                + "{\"$addToSet\": \"$rating\"}, \"rating__sum\": {\"$addToSet\": \"$rating\"}}}, {\"$addFields\": {\"rating__count\": "
                + "{\"$size\": {\"$filter\": {\"input\": \"$rating__count\", \"cond\": {\"$gt\": [\"$$this\", null]}}}}, "
                + "\"rating__sum\": {\"$sum\": \"$rating__sum\"}}}, {\"$sort\": {\"_id\": 1}}]}",
                Post_.objects().values(Post_.site.name).annotate(ratings, sum).toBson().toJson());
        assertThrows(IllegalStateException.class, () -> Aggregation.max(Post_.rating).distinct(), "Django: Max does not allow distinct");
        assertThrows(IllegalStateException.class, () -> Aggregation.<Post>count().distinct());
        Capabilities.require(Capability.DISTINCT_AGGREGATES);
        Row<Post> row = Post_.objects().aggregate(ratings, sum);
        assertEquals(3L, row.get(ratings), "1, 2, 3; null is not counted");
        assertEquals(6, row.get(sum));
    }

    /** Django's {@code Sum("views", default=0)}: the default where the result would be null. */
    @Test
    void aggregateDefaults() {
        Aggregation<Post, Integer> views = Aggregation.sum(Post_.views).withDefault(0);
        Aggregation<Post, Instant> newest = Aggregation.max(Post_.pubDate).withDefault(Instant.EPOCH);
        Row<Post> none = Post_.objects().none().aggregate(views, newest);
        assertEquals(0, none.get(views));
        assertEquals(Instant.EPOCH, none.get(newest));
        assertEquals(0, Post_.objects().filter(Post_.views.gt(1000)).aggregate(views).get(views));
        assertEquals(150, Post_.objects().aggregate(views).get(views));
        assertThrows(IllegalStateException.class, () -> Aggregation.<Post>count().withDefault(1L), "Django: Count does not allow default");
        Capabilities.require(Capability.GROUP_AVG_MIN_MAX);
        assertEquals(Instant.EPOCH, Post_.objects().filter(Post_.views.gt(1000)).aggregate(newest).get(newest));
    }
}
