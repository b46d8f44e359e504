package io.djongo.examples.readme.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.LazyLoadError;
import io.djongo.examples.ExampleServer;
import io.djongo.query.Aggregation;
import io.djongo.query.Deleted;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import io.djongo.relation.Dangling;
import io.djongo.relation.DeletionPreview;
import io.djongo.relation.Ref;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relations section of README.md, run on the test server. */
class ReadmeRelationsTest {
    private Blog beatles;
    private Tag rock;

    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_relations"));
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    @BeforeEach
    void data() {
        Contribution_.objects().delete();
        Writer_.objects().delete();
        Entry_.objects().delete();
        Blog_.objects().delete();
        Tag_.objects().delete();
        beatles = new Blog("Beatles Blog").save();
        Blog cheese = new Blog("Cheese Weekly").save();
        rock = new Tag("rock").save();
        Entry help = new Entry();
        help.headline = "Help!";
        help.rating = 5;
        help.blog = Ref.of(beatles);
        help.save();
        help.tags().add(rock);
        Entry brie = new Entry();
        brie.headline = "Brie";
        brie.rating = 3;
        brie.blog = Ref.of(cheese);
        brie.save();
    }

    @Test
    void referencesAndManagers() {
        Tag live = new Tag("live").save();
        // README: relation-use
        Entry entry = Entry_.objects().get("headline", "Help!");
        Object blogId = entry.blog.id();             // no query: the stored id
        Blog blog = entry.blog.get();                // one query the first time, then kept
        entry.blog = Ref.of(blog);                   // or Ref.ofId(Blog.class, id)

        entry.tags().add(live);                      // $addToSet on the entry's tags array
        entry.tags().remove(live);                   // $pullAll; set(...) and clear() too
        List<Tag> tags = entry.tags().list();        // the tags, loaded once

        QuerySet<Entry> ofBlog = blog.entries();     // reverse accessor, from relatedName
        QuerySet<Entry> ofTag = rock.entries();      // many-to-many seen from the tag
        // README: end
        assertEquals(beatles.id, blogId);
        assertEquals("Beatles Blog", blog.name);
        assertEquals(List.of("rock"), tags.stream().map(tag -> tag.name).toList());
        assertEquals(1, ofBlog.count());
        assertEquals(List.of("Help!"), ofTag.list().stream().map(e -> e.headline).toList());
    }

    @Test
    void lookupsAcrossRelations() {
        // README: relation-lookups
        Entry_.objects().filter(Entry_.blog.where(Blog_.name.startsWith("Beatles")));  // typed
        Entry_.objects().filter("blog__name__startswith", "Beatles");                  // Django's spelling
        Entry_.objects().filter("tags__name", "rock");                                 // many-to-many
        Blog_.objects().filter("entries__rating__gte", 5);                             // reverse
        Entry_.objects().filter("blog", beatles);                                      // compares ids
        Entry_.objects().orderBy("blog__name", "-rating");                             // a related field
        Entry_.objects().values("blog__name").annotate(Aggregation.count());           // grouped by it

        // The seed's nested query: Entry.objects.filter(blog__name__in=Blog.objects.filter(name__contains='Ch').values('name'))
        Entry_.objects().filter("blog__name__in", Blog_.objects().filter("name__contains", "Ch").values("name"));
        // README: end
        assertEquals(List.of("Help!"), Entry_.objects().filter(Entry_.blog.where(Blog_.name.startsWith("Beatles")))
                .list().stream().map(e -> e.headline).toList());
        assertEquals(1, Entry_.objects().filter("blog__name__startswith", "Beatles").count());
        assertEquals(1, Entry_.objects().filter("tags__name", "rock").count());
        assertEquals(List.of("Beatles Blog"), Blog_.objects().filter("entries__rating__gte", 5).list().stream()
                .map(b -> b.name).toList());
        assertEquals(1, Entry_.objects().filter("blog", beatles).count());
        assertEquals(List.of("Help!", "Brie"), Entry_.objects().orderBy("blog__name", "-rating").list().stream()
                .map(e -> e.headline).toList());
        assertEquals(List.of(Map.of("blog__name", "Beatles Blog", "count", 1L), Map.of("blog__name", "Cheese Weekly", "count", 1L)),
                Entry_.objects().values("blog__name").annotate(Aggregation.count()).list().stream().map(Row::asMap).toList());
        assertEquals(List.of("Brie"), Entry_.objects()
                .filter("blog__name__in", Blog_.objects().filter("name__contains", "Ch").values("name"))
                .list().stream().map(e -> e.headline).toList());
    }

    @Test
    void loadingRelations() {
        // README: relation-loading
        List<Entry> entries = Entry_.objects()
                .selectRelated("blog")                   // joined in the same query ($lookup)
                .prefetchRelated("tags")                 // one more query for all their tags
                .strict()                                // any other lazy load throws LazyLoadError
                .list();
        for (Entry entry : entries) {
            String line = entry.headline + " in " + entry.blog.get().name + " " + entry.tags.list().size();
        }
        // README: end
        assertEquals(2, entries.size());
        assertThrows(LazyLoadError.class, () -> Entry_.objects().strict().get("headline", "Help!").blog.get());
        assertTrue(entries.stream().allMatch(entry -> entry.blog.isLoaded() && entry.tags.isLoaded()));
    }

    @Test
    void manyToManyThroughAModel() {
        Writer writer = new Writer();
        writer.name = "Ann";
        writer.save();
        // README: relation-through-use
        writer.blogs().add(Map.of("role", "editor"), List.of(beatles));   // a Contribution per pair
        List<Blog> blogs = writer.blogs().list();
        QuerySet<Writer> editors = Writer_.objects().filter("contribution__role", "editor")
                .filter("blogs__name__startswith", "Beatles");
        QuerySet<Writer> ofBlog = beatles.writers();
        // README: end
        assertEquals(List.of("Beatles Blog"), blogs.stream().map(b -> b.name).toList());
        assertEquals(1, editors.count());
        assertEquals(1, ofBlog.count());
        assertEquals("editor", Contribution_.objects().get().role);
    }

    @Test
    void deletingFollowsRelations() {
        // README: relation-delete
        DeletionPreview preview = Blog_.objects().filter("name", "Beatles Blog").previewDelete();  // nothing written
        long toDelete = preview.count();               // 2: what delete() would delete, the cascade included
        Deleted deleted = beatles.delete();            // CASCADE: its entries go too
        long entries = deleted.of("Entry");            // {Blog=1, Entry=1} in deleted.perModel()
        List<Dangling> dangling = Entry_.objects().checkReferences();  // references whose target is gone
        // README: end
        assertEquals(2, toDelete);
        assertEquals(List.of("Blog", "Entry"), preview.deleted().stream().map(group -> group.model().name()).toList());
        assertEquals(1, entries);
        assertEquals(Map.of("Blog", 1L, "Entry", 1L), deleted.perModel());
        assertEquals(List.of(), dangling);
        assertEquals(0, rock.entries().count());
    }
}
