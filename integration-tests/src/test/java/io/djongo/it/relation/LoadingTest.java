package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.DoesNotExist;
import io.djongo.FieldError;
import io.djongo.it.relation.model.Blog;
import io.djongo.it.relation.model.Blog_;
import io.djongo.it.relation.model.Comment;
import io.djongo.it.relation.model.Entry;
import io.djongo.it.relation.model.Entry_;
import io.djongo.it.relation.model.Person;
import io.djongo.it.relation.model.Person_;
import io.djongo.it.relation.model.Profile;
import io.djongo.it.relation.model.Tag;
import io.djongo.it.relation.model.Tag_;
import io.djongo.it.support.CountedConnection;
import io.djongo.it.support.TestDatabase;
import io.djongo.relation.RefList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code selectRelated} and {@code prefetchRelated} load relations with the results, proven by
 * counting the commands sent and by strict mode, which refuses any lazy load afterwards.
 */
class LoadingTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static CountedConnection counted;

    @BeforeAll
    static void countedConnection() {
        counted = CountedConnection.open(db, "counted-loading");
    }

    /** Two owners, four blogs, 100 entries over the blogs, each with two of five tags, and comments on the first ten. */
    @BeforeEach
    void data() {
        List<Person> owners = List.of(new Person("Ann").save(), new Person("Bob").save());
        new Profile("Ann writes", owners.get(0)).save();
        List<Blog> blogs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            blogs.add(new Blog("blog " + i, owners.get(i % 2)).save());
        }
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tags.add(new Tag("tag " + i).save());
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Entry entry = new Entry(String.format("entry %03d", i), i % 5, blogs.get(i % 4));
            entry.tags = RefList.of(tags.get(i % 5), tags.get((i + 1) % 5));
            entries.add(entry);
        }
        Entry_.objects().bulkCreate(entries);
        for (Entry entry : Entry_.objects().orderBy(Entry_.headline.asc()).limit(10).list()) {
            new Comment("first on " + entry.headline, entry).save();
        }
    }

    private static List<Entry> strictEntries(String... select) {
        return Entry_.objects().using(counted.alias()).strict().selectRelated(select).orderBy(Entry_.headline.asc()).list();
    }

    /** Django: one query for the entries and their blogs; here one aggregation with $lookup. */
    @Test
    void selectRelatedLoadsAHundredEntriesAndTheirBlogsInOneCommand() {
        CountedConnection.Counted<List<Entry>> run = counted.count(() -> strictEntries("blog"));

        List<Entry> entries = run.result();
        assertEquals(100, entries.size());
        for (Entry entry : entries) {
            assertEquals("blog " + (Integer.parseInt(entry.headline.substring(6)) % 4), entry.blog.get().name);
        }
        if (!Djongo.connection(counted.alias()).supportsLookupPipelines()) {
            // FerretDB 1.x has no $lookup: one query for the entries, one for their blogs.
            assertEquals(2, run.size(), run.commands().toString());
        } else {
            assertEquals(1, run.size(), run.commands().toString());
            assertTrue(run.commands().get(0).startsWith("aggregate"), run.commands().toString());
        }
    }

    @Test
    void selectRelatedFollowsReferencesOfReferences() {
        CountedConnection.Counted<List<Entry>> run = counted.count(() -> strictEntries("blog__owner"));

        for (Entry entry : run.result()) {
            Blog blog = entry.blog.get();
            assertEquals(blog.name.endsWith("0") || blog.name.endsWith("2") ? "Ann" : "Bob", blog.owner.get().name);
        }
        boolean joins = Djongo.connection(counted.alias()).supportsLookupPipelines();
        assertEquals(joins ? 1 : 3, run.size(), run.commands().toString());
    }

    @Test
    void selectRelatedKeepsFiltersOrderingAndSlices() {
        List<Entry> entries = Entry_.objects().strict().selectRelated("blog")
                .filter(Entry_.blog.where(Blog_.name.eq("blog 1")))
                .orderBy(Entry_.headline.desc()).limit(3).list();

        assertEquals(List.of("entry 097", "entry 093", "entry 089"), entries.stream().map(e -> e.headline).toList());
        assertEquals(List.of("blog 1", "blog 1", "blog 1"), entries.stream().map(e -> e.blog.get().name).toList());
        assertEquals("entry 001", Entry_.objects().selectRelated("blog").strict()
                .filter(Entry_.blog.where(Blog_.name.eq("blog 1"))).orderBy(Entry_.headline.asc()).first().orElseThrow().headline);
    }

    /** Django: one query for the entries, one for all their tags. */
    @Test
    void prefetchRelatedLoadsManyToManyWithOneMoreCommand() {
        CountedConnection.Counted<List<Entry>> run = counted.count(() -> Entry_.objects().using(counted.alias()).strict()
                .prefetchRelated("tags").orderBy(Entry_.headline.asc()).list());

        assertEquals(2, run.size(), run.commands().toString());
        Entry first = run.result().get(0);
        assertEquals(List.of("tag 0", "tag 1"), first.tags.list().stream().map(tag -> tag.name).toList());
        assertEquals(List.of("tag 4", "tag 0"), run.result().get(4).tags.list().stream().map(tag -> tag.name).toList(),
                "a list keeps its stored order");
    }

    /** A reverse relation, prefetched, is kept for the generated accessor: blog.entries() sends nothing. */
    @Test
    void prefetchRelatedLoadsReverseRelations() {
        CountedConnection.Counted<List<Blog>> run = counted.count(() -> Blog_.objects().using(counted.alias())
                .prefetchRelated("entries", "entries__comments").orderBy(Blog_.name.asc()).list());

        assertEquals(3, run.size(), run.commands().toString());
        CountedConnection.Counted<List<Integer>> follow = counted.count(() -> run.result().stream()
                .map(blog -> blog.entries().list().size()).toList());
        assertEquals(List.of(25, 25, 25, 25), follow.result());
        assertEquals(0, follow.size(), follow.commands().toString());
        Entry first = run.result().get(0).entries().list().stream().min((a, b) -> a.headline.compareTo(b.headline)).orElseThrow();
        assertEquals(List.of("first on entry 000"), first.comments().list().stream().map(c -> c.text).toList());
    }

    /** Prefetching a one-to-one reverse relation gives the single object, or none. */
    @Test
    void prefetchRelatedLoadsOneToOneReverseRelations() {
        List<Person> people = Person_.objects().prefetchRelated("profile", "blogs").orderBy(Person_.name.asc()).list();

        assertEquals("Ann writes", people.get(0).profile().bio);
        assertEquals(List.of("blog 0", "blog 2"), people.get(0).blogs().list().stream().map(b -> b.name).sorted().toList());
        assertThrows(DoesNotExist.class, () -> people.get(1).profile());
    }

    @Test
    void prefetchRelatedGoesThroughManyToManyToTheReverseSide() {
        List<Tag> tags = Tag_.objects().prefetchRelated("entries", "entries__blog").orderBy(Tag_.name.asc()).list();

        assertEquals(40, tags.get(0).entries().list().size());
        assertEquals(List.of("blog 0", "blog 1", "blog 2", "blog 3"), tags.get(0).entries().list().stream()
                .map(entry -> entry.blog.get().name).distinct().sorted().collect(Collectors.toList()));
    }

    @Test
    void aPathThatIsNoRelationFailsWhereItIsWritten() {
        FieldError typo = assertThrows(FieldError.class, () -> Entry_.objects().selectRelated("blgo"));
        assertTrue(typo.getMessage().contains("did you mean \"blog\"?"), typo.getMessage());
        FieldError many = assertThrows(FieldError.class, () -> Entry_.objects().selectRelated("tags"));
        assertTrue(many.getMessage().contains("use prefetchRelated(\"tags\")"), many.getMessage());
        FieldError reverse = assertThrows(FieldError.class, () -> Blog_.objects().selectRelated("entries"));
        assertTrue(reverse.getMessage().contains("use prefetchRelated(\"entries\")"), reverse.getMessage());
        assertThrows(FieldError.class, () -> Entry_.objects().prefetchRelated("headline"));
    }
}
