package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.FieldError;
import io.djongo.it.relation.model.Blog;
import io.djongo.it.relation.model.Blog_;
import io.djongo.it.relation.model.Entry;
import io.djongo.it.relation.model.Entry_;
import io.djongo.it.relation.model.Person;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Aggregation;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ordering by and reading fields of related objects ({@code orderBy("blog__name")},
 * {@code values("blog__owner__name").annotate(count())}), and the seed's nested {@code __in}
 * through a relation: joined with {@code $lookup} where the server has it, read with one query
 * per reference and put in order here where it has not, with the same results.
 */
class AcrossRelationsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /**
     * Ann owns "Cheese" (Brie 5, Cheddar 3) and "Chess" (Opening 4); Bob owns "Apples" (Gala 2,
     * Fuji 5); "Loose" has no blog.
     */
    @BeforeEach
    void data() {
        Person ann = new Person("Ann").save();
        Person bob = new Person("Bob").save();
        Blog cheese = new Blog("Cheese", ann).save();
        Blog chess = new Blog("Chess", ann).save();
        Blog apples = new Blog("Apples", bob).save();
        new Entry("Brie", 5, cheese).save();
        new Entry("Cheddar", 3, cheese).save();
        new Entry("Opening", 4, chess).save();
        new Entry("Gala", 2, apples).save();
        new Entry("Fuji", 5, apples).save();
        new Entry("Loose", 1, null).save();
    }

    private static List<String> headlines(QuerySet<Entry> entries) {
        return entries.list().stream().map(entry -> entry.headline).toList();
    }

    @Test
    void orderByARelatedField() {
        assertEquals(List.of("Loose", "Fuji", "Gala", "Brie", "Cheddar", "Opening"),
                headlines(Entry_.objects().orderBy("blog__name", "headline")),
                "an entry without a blog orders as null: first when ascending, as the server does");
        assertEquals(List.of("Opening", "Brie", "Cheddar", "Fuji", "Gala", "Loose"),
                headlines(Entry_.objects().orderBy("-blog__name", "headline")));
        assertEquals(List.of("Loose", "Brie", "Cheddar", "Opening", "Fuji", "Gala"),
                headlines(Entry_.objects().orderBy("blog__owner__name", "headline")));
    }

    @Test
    void orderByARelatedFieldKeepsFiltersSlicesAndCounts() {
        QuerySet<Entry> rated = Entry_.objects().filter(Entry_.rating.gte(3)).orderBy("blog__name", "-rating");

        assertEquals(List.of("Fuji", "Brie", "Cheddar", "Opening"), headlines(rated));
        assertEquals(List.of("Brie", "Cheddar"), headlines(rated.offset(1).limit(2)));
        assertEquals(2, rated.offset(1).limit(2).count());
        assertEquals(4, rated.count());
        assertEquals("Fuji", rated.first().orElseThrow().headline);
        assertEquals("Opening", rated.last().orElseThrow().headline);
        assertTrue(rated.offset(3).exists());
        assertEquals(List.of("Fuji", "Brie", "Cheddar", "Opening"), rated.valuesListFlat("headline"));
    }

    @Test
    void orderingThroughAManyValuedRelationIsRefused() {
        FieldError tags = assertThrows(FieldError.class, () -> Entry_.objects().orderBy("tags__name"));
        assertTrue(tags.getMessage().contains("many-to-many"), tags.getMessage());
        FieldError reverse = assertThrows(FieldError.class, () -> Blog_.objects().orderBy("entries__rating"));
        assertTrue(reverse.getMessage().contains("reverse relation"), reverse.getMessage());
        FieldError typo = assertThrows(FieldError.class, () -> Entry_.objects().orderBy("blog__nmae"));
        assertTrue(typo.getMessage().contains("did you mean \"name\"?"), typo.getMessage());
    }

    @Test
    void valuesReadRelatedFields() {
        List<Row<Entry>> rows = Entry_.objects().filter(Entry_.rating.gte(4)).orderBy("headline")
                .values("headline", "blog__name", "blog__owner__name").list();

        assertEquals(List.of(
                Map.of("headline", "Brie", "blog__name", "Cheese", "blog__owner__name", "Ann"),
                Map.of("headline", "Fuji", "blog__name", "Apples", "blog__owner__name", "Bob"),
                Map.of("headline", "Opening", "blog__name", "Chess", "blog__owner__name", "Ann")),
                rows.stream().map(Row::asMap).toList());
        assertEquals(Arrays.asList(null, "Chess", "Cheese", "Cheese", "Apples", "Apples"),
                Entry_.objects().orderBy("blog__owner__name", "-blog__name", "headline").valuesListFlat("blog__name"));
    }

    /** Django: Entry.objects.values("blog__owner__name").annotate(Count("id"), Avg("rating")). */
    @Test
    void valuesGroupedByARelatedField() {
        List<Row<Entry>> rows = Entry_.objects().values("blog__owner__name")
                .annotate(Aggregation.count(), Aggregation.avg(Entry_.rating), Aggregation.max(Entry_.headline)).list();

        assertEquals(3, rows.size(), rows.toString());
        assertEquals(Arrays.asList(null, "Ann", "Bob"), rows.stream().map(row -> row.get("blog__owner__name")).toList(),
                "groups in the order of their values, null first");
        assertEquals(List.of(1L, 3L, 2L), rows.stream().map(row -> row.get("count")).toList());
        assertEquals(List.of(1.0, 4.0, 3.5), rows.stream().map(row -> row.get("rating__avg")).toList());
        assertEquals(List.of("Loose", "Opening", "Gala"), rows.stream().map(row -> row.get("headline__max")).toList());
    }

    /** The seed's nested query, with Blog a model of its own: one aggregation where the server joins. */
    @Test
    void theSeedsNestedQueryThroughTheRelation() {
        QuerySet<Entry> entries = Entry_.objects()
                .filter("blog__name__in", Blog_.objects().filter("name__contains", "Ch").values("name"))
                .orderBy("headline");

        assertEquals(List.of("Brie", "Cheddar", "Opening"), headlines(entries));
        assertEquals(3, entries.count());
        FieldError related = assertThrows(FieldError.class, () -> Entry_.objects()
                .filter("headline__in", Entry_.objects().values("blog__name")));
        assertTrue(related.getMessage().contains("related object's field"), related.getMessage());
    }
}
