package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.DoesNotExist;
import io.djongo.EncodingException;
import io.djongo.LazyLoadError;
import io.djongo.it.relation.model.Badge;
import io.djongo.it.relation.model.Badge_;
import io.djongo.it.relation.model.Blog;
import io.djongo.it.relation.model.Category;
import io.djongo.it.relation.model.Category_;
import io.djongo.it.relation.model.Credit;
import io.djongo.it.relation.model.Entry;
import io.djongo.it.relation.model.Entry_;
import io.djongo.it.relation.model.Person;
import io.djongo.it.relation.model.Person_;
import io.djongo.it.relation.model.Tag;
import io.djongo.it.support.CountedConnection;
import io.djongo.it.support.TestDatabase;
import io.djongo.relation.Dangling;
import io.djongo.validation.ValidationError;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reference is its target's id, stored under {@code <field>_id} as Django's {@code ForeignKey}
 * column is; {@code get()} loads the target once, strict mode refuses to, and a reference whose
 * target is gone says so.
 */
class ReferenceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static CountedConnection counted;

    @BeforeAll
    static void countedConnection() {
        counted = CountedConnection.open(db, "counted-references");
    }

    private static Entry entry(String headline, Blog blog, Tag... tags) {
        Entry entry = new Entry(headline, 3, blog);
        entry.tags = RefList.of(tags);
        return entry.save();
    }

    @Test
    void referencesAreStoredAsIds() {
        Person ann = new Person("Ann").save();
        Blog blog = new Blog("Beatles", ann).save();
        Tag rock = new Tag("rock").save();
        Tag pop = new Tag("pop").save();
        Entry entry = new Entry("Help!", 5, blog);
        entry.tags = RefList.of(rock, pop);
        entry.credits = List.of(new Credit("author", ann));
        entry.save();

        BsonDocument stored = db.bson("rel_entry").find().first();

        assertEquals(new BsonObjectId(blog.id), stored.get("blog_id"));
        assertFalse(stored.containsKey("blog"));
        assertEquals(new BsonArray(List.of(new BsonObjectId(rock.id), new BsonObjectId(pop.id))), stored.get("tags"));
        assertEquals(new BsonObjectId(ann.id), stored.getArray("credits").get(0).asDocument().get("person_id"));
        assertEquals(new BsonObjectId(ann.id), db.bson("rel_blog").find().first().get("owner_id"));
    }

    /** @Field(name) chooses the stored key of a reference; nullable = false makes it required. */
    @Test
    void aReferenceKeepsTheKeyAndOptionsOfItsField() {
        Person ann = new Person("Ann").save();
        new Badge("founder", ann).save();

        assertEquals(new BsonObjectId(ann.id), db.bson("rel_badge").find().first().get("awarded_to"));
        assertEquals(List.of("founder"), Badge_.objects().filter("holder__name", "Ann").valuesListFlat("title"));
        assertEquals(1, Person_.objects().filter(Person_.badges.exists()).count());
        ValidationError required = assertThrows(ValidationError.class, () -> new Badge("orphan", null).save());
        assertEquals(List.of("This field cannot be null."), required.messages("holder"));
    }

    /** A reference with a declared default takes it on insert when left null, as Django's default does. */
    @Test
    void aReferenceTakesItsDefaultId() {
        Category_.objects().create(new Category("general", "General"));
        Entry entry = entry("Yesterday", null);

        assertEquals("general", db.bson("rel_entry").find().first().getString("category_id").getValue());
        assertEquals("General", Entry_.objects().get(Entry_.id.eq(entry.id)).category.get().title());
        assertEquals(Ref.ofId(Category.class, "general"), Entry_.objects().get(Entry_.id.eq(entry.id)).category);
    }

    @Test
    void getLoadsTheTargetOnceWithOneQuery() {
        Blog blog = new Blog("Beatles", new Person("Ann").save()).save();
        entry("Help!", blog);
        Entry read = Entry_.objects().using(counted.alias()).get(Entry_.headline.eq("Help!"));
        assertFalse(read.blog.isLoaded());
        assertEquals(blog.id, read.blog.id(), "the id is known without a query");

        CountedConnection.Counted<Blog> first = counted.count(read.blog::get);
        CountedConnection.Counted<Blog> second = counted.count(read.blog::get);

        assertEquals("Beatles", first.result().name);
        assertEquals(1, first.size(), first.commands().toString());
        assertSame(first.result(), second.result());
        assertEquals(0, second.size(), second.commands().toString());
        assertTrue(read.blog.isLoaded());
    }

    /** The target's id is read when the referring object is saved, so the target may be saved after Ref.of(). */
    @Test
    void aReferenceToAnUnsavedTargetTakesItsIdAtSave() {
        Blog blog = new Blog("Beatles", null);
        Entry entry = new Entry("Help!", 5, blog);
        assertNull(entry.blog.id());

        EncodingException early = assertThrows(EncodingException.class, entry::save);
        assertTrue(early.getMessage().contains("Blog that has not been saved yet"), early.getMessage());
        assertEquals(0, db.raw("rel_entry").countDocuments(), "nothing was written");

        blog.save();
        entry.save();
        assertEquals(new BsonObjectId(blog.id), db.bson("rel_entry").find().first().get("blog_id"));
    }

    @Test
    void aReferenceByIdNeedsNoTargetObject() {
        Blog blog = new Blog("Beatles", null).save();
        Entry entry = new Entry("Help!", 5, null);
        entry.blog = Ref.ofId(Blog.class, blog.id.toHexString());
        entry.save();

        assertEquals(new BsonObjectId(blog.id), db.bson("rel_entry").find().first().get("blog_id"));
        assertEquals("Beatles", Entry_.objects().get().blog.get().name);
        assertEquals(Ref.of(blog), Ref.ofId(Blog.class, blog.id));
        assertNotEquals(Ref.ofId(Blog.class, blog.id), Ref.ofId(Blog.class, new ObjectId()));
    }

    @Test
    void strictQueriesRefuseToLoadAReferenceLazily() {
        entry("Help!", new Blog("Beatles", null).save(), new Tag("rock").save());
        Entry read = Entry_.objects().strict().get();

        LazyLoadError error = assertThrows(LazyLoadError.class, read.blog::get);
        assertTrue(error.getMessage().contains("Entry.blog") && error.getMessage().contains("selectRelated(\"blog\")"),
                error.getMessage());
        LazyLoadError list = assertThrows(LazyLoadError.class, read.tags::list);
        assertTrue(list.getMessage().contains("prefetchRelated(\"tags\")"), list.getMessage());
        assertEquals("Beatles", Entry_.objects().strict().selectRelated("blog").get().blog.get().name);
    }

    @Test
    void aStrictConnectionRefusesEveryLazyLoad() {
        entry("Help!", new Blog("Beatles", null).save());
        Djongo.connection().strictRelations(true);
        try {
            Entry read = Entry_.objects().get();
            assertThrows(LazyLoadError.class, read.blog::get);
        } finally {
            Djongo.connection().strictRelations(false);
        }
        assertEquals("Beatles", Entry_.objects().get().blog.get().name);
    }

    /** A target deleted without its references (by another program, or DO_NOTHING) leaves a dangling reference. */
    @Test
    void aDanglingReferenceSaysWhatIsMissing() {
        Category_.objects().create(new Category("general", "General")); // the entries' default category, which must not dangle
        Blog blog = new Blog("Beatles", null).save();
        Entry entry = entry("Help!", blog, new Tag("rock").save());
        Tag gone = new Tag("gone").save();
        entry.tags().add(gone);
        db.raw("rel_blog").deleteMany(new Document());
        db.raw("rel_tag").deleteOne(new Document("name", "gone"));
        Entry read = Entry_.objects().get();

        DoesNotExist error = assertThrows(DoesNotExist.class, read.blog::get);
        assertTrue(error.getMessage().contains("Entry.blog refers to Blog with id " + blog.id), error.getMessage());
        assertEquals(List.of("rock"), read.tags.list().stream().map(tag -> tag.name).toList(),
                "a list leaves out the targets that are gone");

        List<Dangling> dangling = Entry_.objects().checkReferences();
        assertEquals(2, dangling.size(), dangling.toString());
        assertEquals(new Dangling("Entry", "blog_id", "Blog", List.of(blog.id), List.of(entry.id)), dangling.get(0));
        assertEquals(new Dangling("Entry", "tags", "Tag", List.of(gone.id), List.of(entry.id)), dangling.get(1));
        assertEquals(List.of(), Entry_.objects().filter(Entry_.headline.eq("other")).checkReferences());
    }

    /** A reference read through selectRelated keeps a dangling reference as an unloaded one, not a missing entry. */
    @Test
    void selectRelatedKeepsObjectsWhoseReferenceDangles() {
        entry("Help!", new Blog("Beatles", null).save());
        entry("Orphan", null);
        db.raw("rel_blog").deleteMany(new Document());

        List<Entry> entries = Entry_.objects().selectRelated("blog").orderBy(Entry_.headline.asc()).list();

        assertEquals(2, entries.size());
        assertFalse(entries.get(0).blog.isLoaded());
        assertThrows(DoesNotExist.class, entries.get(0).blog::get);
        assertNull(entries.get(1).blog);
    }
}
