package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.FieldError;
import io.djongo.it.relation.model.Blog;
import io.djongo.it.relation.model.Blog_;
import io.djongo.it.relation.model.Credit;
import io.djongo.it.relation.model.Entry;
import io.djongo.it.relation.model.Entry_;
import io.djongo.it.relation.model.Person;
import io.djongo.it.relation.model.Person_;
import io.djongo.it.relation.model.Profile;
import io.djongo.it.relation.model.Tag;
import io.djongo.it.relation.model.Tag_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Lookup;
import io.djongo.query.QuerySet;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Conditions across relations, typed ({@code Entry_.blog.where(Blog_.name.eq(..))}) and as Django
 * lookups ({@code "blog__name"}), which become the same semi-joins: a subquery of ids, run as one
 * aggregation where the server has {@code $lookup}, as two queries where it has not.
 */
class RelationLookupTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private Person ann;
    private Person bob;
    private Blog beatles;
    private Blog stones;
    private Tag rock;
    private Tag pop;

    /**
     * Ann owns Beatles (Help! 5 [rock, pop], Yesterday 2 [pop]); Bob owns Stones (Angie 4 [rock],
     * Lennon's Song 1 []). Ann has a profile; Bob is credited on Angie.
     */
    @BeforeEach
    void data() {
        ann = new Person("Ann").save();
        bob = new Person("Bob").save();
        new Profile("Ann writes", ann).save();
        beatles = new Blog("Beatles", ann).save();
        stones = new Blog("Stones", bob).save();
        rock = new Tag("rock").save();
        pop = new Tag("pop").save();
        entry("Help!", 5, beatles, rock, pop);
        entry("Yesterday", 2, beatles, pop);
        Entry angie = new Entry("Angie", 4, stones);
        angie.tags = RefList.of(rock);
        angie.credits = List.of(new Credit("producer", bob));
        angie.editor = Ref.of(ann);
        angie.save();
        entry("Lennon's Song", 1, stones);
    }

    private static void entry(String headline, int rating, Blog blog, Tag... tags) {
        Entry entry = new Entry(headline, rating, blog);
        entry.tags = RefList.of(tags);
        entry.save();
    }

    private static Set<String> headlines(QuerySet<Entry> entries) {
        return entries.list().stream().map(entry -> entry.headline).collect(Collectors.toSet());
    }

    private static Set<String> names(QuerySet<Blog> blogs) {
        return blogs.list().stream().map(blog -> blog.name).collect(Collectors.toSet());
    }

    @Test
    void typedConditionsOnTheReferencedObject() {
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter(Entry_.blog.where(Blog_.name.eq("Beatles")))));
        assertEquals(Set.of("Angie", "Lennon's Song"),
                headlines(Entry_.objects().filter(Entry_.blog.where(Blog_.owner.where(Person_.name.eq("Bob"))))));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter(Entry_.blog.is(beatles))));
        assertEquals(4, Entry_.objects().filter(Entry_.blog.in(List.of(beatles, stones))).count());
        assertEquals(Set.of("Angie"), headlines(Entry_.objects().filter(Entry_.editor.eq(Ref.of(ann)))));
    }

    @Test
    void typedConditionsOnManyToManyAndReverseRelations() {
        assertEquals(Set.of("Help!", "Angie"), headlines(Entry_.objects().filter(Entry_.tags.any(Tag_.name.eq("rock")))));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter(Entry_.tags.contains(pop))));
        assertEquals(Set.of("Lennon's Song"), headlines(Entry_.objects().filter(Entry_.tags.isEmpty())));
        assertEquals(Set.of("Help!"), headlines(Entry_.objects().filter(Entry_.tags.size(2))));
        assertEquals(Set.of("Beatles"), names(Blog_.objects().filter(Blog_.entries.any(Entry_.rating.gte(5)))));
        assertEquals(Set.of("Stones"), names(Blog_.objects().filter(Blog_.entries.any(Entry_.tags.isEmpty()))));
        assertEquals(Set.of("Ann"), Person_.objects().filter(Person_.profile.exists()).list().stream()
                .map(person -> person.name).collect(Collectors.toSet()));
        assertEquals(Set.of("rock"), Tag_.objects().filter(Tag_.entries.any(Entry_.blog.is(stones))).list().stream()
                .map(tag -> tag.name).collect(Collectors.toSet()));
    }

    @Test
    void lookupsFollowReferencesToAnyDepth() {
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog__name", "Beatles")));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog__name__startswith", "Bea")));
        assertEquals(Set.of("Angie", "Lennon's Song"), headlines(Entry_.objects().filter("blog__owner__name", "Bob")));
        assertEquals(Set.of("Angie", "Lennon's Song"), headlines(Entry_.objects().exclude("blog__owner__name", "Ann")));
        assertEquals(Set.of("Angie"), headlines(Entry_.objects().filter("credits__person__name", "Bob")));
    }

    @Test
    void lookupsOnTheRelationCompareIds() {
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog", beatles)));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog", beatles.id)));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog_id", beatles.id.toHexString())));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog__id", beatles.id)));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog__pk", beatles.id)));
        assertEquals(4, Entry_.objects().filter("blog__in", List.of(beatles, stones.id)).count());
        assertEquals(Set.of("Angie"), headlines(Entry_.objects().filter("editor__isnull", false)));
        assertEquals(3, Entry_.objects().filter("editor__isnull", true).count());
        assertEquals(Set.of("Help!", "Angie"), headlines(Entry_.objects().filter("tags", rock)));
        assertEquals(Set.of("Help!", "Yesterday", "Angie"), headlines(Entry_.objects().filter("tags__in", List.of(rock, pop))));
        assertEquals(Set.of("Lennon's Song"), headlines(Entry_.objects().filter("tags__isnull", true)));
    }

    @Test
    void lookupsFollowManyToManyAndReverseRelations() {
        assertEquals(Set.of("Help!", "Angie"), headlines(Entry_.objects().filter("tags__name", "rock")));
        assertEquals(Set.of("Beatles"), names(Blog_.objects().filter("entries__rating__gte", 5)));
        assertEquals(Set.of("Beatles", "Stones"), names(Blog_.objects().filter("entries__tags__name", "rock")));
        assertEquals(Set.of("Stones"), names(Blog_.objects().filter("entries__isnull", false).filter("entries__tags__isnull", true)));
        assertEquals(Set.of("Beatles"), names(Blog_.objects().filter("entries__headline", "Help!")));
        assertEquals(Set.of("Ann"), Person_.objects().filter("blogs__entries__headline", "Yesterday").list().stream()
                .map(person -> person.name).collect(Collectors.toSet()));
        assertEquals(Set.of("Ann"), Person_.objects().filter("profile__bio__contains", "writes").list().stream()
                .map(person -> person.name).collect(Collectors.toSet()));
        assertEquals(Set.of("Bob"), Person_.objects().filter("profile__isnull", true).list().stream()
                .map(person -> person.name).collect(Collectors.toSet()));
        assertEquals(Set.of("pop"), Tag_.objects().filter("entries__headline", "Yesterday").list().stream()
                .map(tag -> tag.name).collect(Collectors.toSet()));
    }

    /**
     * Django's rule for multi-valued relations: conditions in one filter() are about the same
     * related object; in chained filter() calls, each may be about a different one.
     */
    @Test
    void conditionsInOneFilterAreAboutOneRelatedObject() {
        // Beatles has an entry with "Help" (rating 5) and one rated 2 (Yesterday); none is both.
        Map<String, Object> helpRatedTwo = new LinkedHashMap<>();
        helpRatedTwo.put("entries__headline__contains", "Help");
        helpRatedTwo.put("entries__rating", 2);
        assertEquals(Set.of(), names(Blog_.objects().filter(helpRatedTwo)));
        assertEquals(Set.of("Beatles"), names(Blog_.objects().filter("entries__headline__contains", "Help")
                .filter("entries__rating", 2)));
        assertEquals(Set.of("Beatles"), names(Blog_.objects().filter(
                Lookup.of("entries__headline__contains", "Help").and(Lookup.of("entries__rating", 5)))));
        assertEquals(Set.of(), names(Blog_.objects().filter(
                Lookup.of("entries__headline__contains", "Help").and(Lookup.of("entries__rating", 2)))));
        // exclude() does not tie its conditions to one object: Beatles has a Help entry and a 2-rated one.
        assertEquals(Set.of("Stones"), names(Blog_.objects().exclude(helpRatedTwo)));
    }

    /** Django's nested __in: a query set of the target as the value, which stays one query where the server joins. */
    @Test
    void aQuerySetOfTheTargetIsASubquery() {
        QuerySet<Blog> annsBlogs = Blog_.objects().filter("owner__name", "Ann");

        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter("blog__in", annsBlogs)));
        assertEquals(Set.of("Help!", "Yesterday"), headlines(Entry_.objects().filter(Entry_.blog.where(Blog_.owner.is(ann)))));
        assertEquals(Set.of("Angie", "Lennon's Song"), headlines(Entry_.objects().exclude("blog__in", annsBlogs)));
        assertEquals(Set.of("Help!", "Angie"), headlines(Entry_.objects().filter("tags__in", Tag_.objects().filter("name", "rock"))));
    }

    /** toBson() shows how the query runs: one aggregation with $lookup, or the other collection's ids found first. */
    @Test
    void toBsonShowsTheJoinOrTheSemiJoin() {
        QuerySet<Entry> query = Entry_.objects().filter("blog__name", "Beatles");
        String sent = query.toBson().toJson();

        if (Djongo.connection().supportsLookupPipelines()) {
            assertTrue(sent.startsWith("{\"aggregate\": \"rel_entry\"") && sent.contains("\"$lookup\": {\"from\": \"rel_blog\""), sent);
        } else {
            assertEquals("{\"find\": \"rel_entry\", \"filter\": {\"blog_id\": {\"$in\": [{\"$oid\": \"" + beatles.id.toHexString()
                    + "\"}]}}}", sent);
        }
        assertEquals(Set.of("Help!", "Yesterday"), headlines(query));
    }

    /** As Django runs a subquery on the outer query's database, a lookup across a relation follows using(). */
    @Test
    void subqueriesRunOnTheConnectionOfTheQuery() {
        Djongo.connect("archive", db.otherDatabase("archive"));
        try {
            Blog archived = Blog_.objects().using("archive").create(new Blog("Archived", null));
            Entry_.objects().using("archive").create(new Entry("Old news", 1, archived));

            assertEquals(List.of("Old news"), Entry_.objects().using("archive").filter("blog__name", "Archived")
                    .valuesListFlat("headline"));
            assertEquals(List.of("Old news"), Entry_.objects().using("archive")
                    .filter(Entry_.blog.where(Blog_.name.startsWith("Arch"))).valuesListFlat("headline"));
            assertEquals(0, Entry_.objects().filter("blog__name", "Archived").count());
        } finally {
            Djongo.connection("archive").close();
        }
    }

    @Test
    void aLookupThroughAnUnknownRelationNamesTheChoices() {
        FieldError typo = assertThrows(FieldError.class, () -> Entry_.objects().filter("blog__nmae", "Beatles"));
        assertTrue(typo.getMessage().contains("did you mean \"name\"?"), typo.getMessage());
        FieldError reverse = assertThrows(FieldError.class, () -> Blog_.objects().filter("entrys__rating", 5));
        assertTrue(reverse.getMessage().contains("did you mean \"entries\"?"), reverse.getMessage());
        FieldError id = assertThrows(FieldError.class, () -> Entry_.objects().filter("blog", "not an id"));
        assertTrue(id.getMessage().contains("blog"), id.getMessage());
    }
}
