package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.IntegrityError;
import io.djongo.ProtectedError;
import io.djongo.RestrictedError;
import io.djongo.it.relation.model.Badge;
import io.djongo.it.relation.model.Blog;
import io.djongo.it.relation.model.Category;
import io.djongo.it.relation.model.Category_;
import io.djongo.it.relation.model.Comment;
import io.djongo.it.relation.model.Comment_;
import io.djongo.it.relation.model.Credit;
import io.djongo.it.relation.model.Entry;
import io.djongo.it.relation.model.Entry_;
import io.djongo.it.relation.model.Person;
import io.djongo.it.relation.model.Person_;
import io.djongo.it.relation.model.Pin;
import io.djongo.it.relation.model.Profile;
import io.djongo.it.relation.model.Tag;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Deleted;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting follows the relations to the deleted objects as Django's deletion collector does:
 * CASCADE to any depth, PROTECT and RESTRICT refusing before anything is written, SET_NULL and
 * SET_DEFAULT rewriting the references, many-to-many ids pulled from the arrays.
 */
class DeletionTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final List<String> COLLECTIONS = List.of("rel_person", "rel_profile", "rel_badge", "rel_blog",
            "rel_entry", "rel_comment", "rel_pin", "rel_tag", "rel_category");

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            counts.put(collection, db.raw(collection).countDocuments());
        }
        return counts;
    }

    private static Entry entry(String headline, Blog blog) {
        return new Entry(headline, 3, blog).save();
    }

    /** Person → Blog → Entry → Comment, plus the person's profile: one call deletes the whole tree. */
    @Test
    void cascadeFollowsEveryLevel() {
        Person ann = new Person("Ann").save();
        Person bob = new Person("Bob").save();
        new Profile("Ann writes", ann).save();
        Blog beatles = new Blog("Beatles", ann).save();
        Blog stones = new Blog("Stones", bob).save();
        Entry help = entry("Help!", beatles);
        entry("Yesterday", beatles);
        Entry angie = entry("Angie", stones);
        new Comment("great", help).save();
        new Comment("fine", help).save();
        new Comment("stays", angie).save();

        Deleted deleted = ann.delete();

        assertEquals(7, deleted.count());
        assertEquals(Map.of("Person", 1L, "Profile", 1L, "Blog", 1L, "Entry", 2L, "Comment", 2L), deleted.perModel());
        assertEquals(List.of("Bob"), Person_.objects().valuesListFlat("name"));
        assertEquals(List.of("Angie"), Entry_.objects().valuesListFlat("headline"));
        assertEquals(1, db.raw("rel_comment").countDocuments());
        assertEquals(0, db.raw("rel_profile").countDocuments());
    }

    /** A query set's delete() cascades the same way, for all its objects at once. */
    @Test
    void aQuerySetsDeleteCascades() {
        for (int i = 0; i < 3; i++) {
            Person person = new Person("p" + i).save();
            entry("e" + i, new Blog("b" + i, person).save());
        }

        Deleted deleted = Person_.objects().filter(Person_.name.in(List.of("p0", "p1"))).delete();

        assertEquals(Map.of("Person", 2L, "Blog", 2L, "Entry", 2L), deleted.perModel());
        assertEquals(List.of("e2"), Entry_.objects().valuesListFlat("headline"));
    }

    @Test
    void protectRefusesTheWholeDeletionAndWritesNothing() {
        Person ann = new Person("Ann").save();
        Badge badge = new Badge("founder", ann).save();
        Blog blog = new Blog("Beatles", ann).save();
        entry("Help!", blog).save();
        Map<String, Long> before = counts();

        ProtectedError error = assertThrows(ProtectedError.class, ann::delete);

        assertEquals(before, counts(), "nothing was deleted");
        assertEquals(Map.of("Badge", List.of(badge.id)), error.blocking());
        assertTrue(error.getMessage().contains("Badge.holder (PROTECT, 1 object)"), error.getMessage());
        assertTrue(error.getMessage().contains("nothing was deleted"), error.getMessage());
        assertTrue(error instanceof IntegrityError, "Django's ProtectedError is an IntegrityError");

        badge.delete();
        assertEquals(3, ann.delete().count(), "Ann, her blog and its entry");
    }

    /** Django's RESTRICT: refused alone, allowed when a CASCADE in the same deletion removes the referrer. */
    @Test
    void restrictRefusesUnlessTheSameDeletionRemovesTheReferrer() {
        Blog blog = new Blog("Beatles", null).save();
        Entry help = entry("Help!", blog);
        entry("Yesterday", blog);
        Pin pin = new Pin(help, blog).save();

        RestrictedError error = assertThrows(RestrictedError.class, help::delete);
        assertTrue(error.getMessage().contains("Pin.entry (RESTRICT, 1 object)"), error.getMessage());
        assertEquals(Map.of("Pin", List.of(pin.id)), error.blocking());
        assertEquals(2, db.raw("rel_entry").countDocuments());

        // Deleting the blog deletes the pin too (Pin.blog is CASCADE), so the restriction is met.
        Deleted deleted = blog.delete();
        assertEquals(Map.of("Blog", 1L, "Entry", 2L, "Pin", 1L), deleted.perModel());
    }

    @Test
    void setNullClearsTheReference() {
        Person ann = new Person("Ann").save();
        Entry help = new Entry("Help!", 5, null);
        help.editor = Ref.of(ann);
        help.save();

        ann.delete();

        BsonDocument stored = db.bson("rel_entry").find().first();
        assertEquals(BsonNull.VALUE, stored.get("editor_id"));
        assertNull(Entry_.objects().get().editor);
        assertEquals("Help!", stored.getString("headline").getValue(), "the entry itself stays");
    }

    /** A reference inside an array of embedded models is cleared in the elements that hold it only. */
    @Test
    void setNullReachesReferencesInsideArrays() {
        Capabilities.require(Capability.ARRAY_FILTERS);
        Person ann = new Person("Ann").save();
        Person bob = new Person("Bob").save();
        Entry help = new Entry("Help!", 5, null);
        help.credits = List.of(new Credit("author", ann), new Credit("editor", bob), new Credit("proofs", ann));
        help.save();

        ann.delete();

        List<Credit> credits = Entry_.objects().get().credits;
        assertEquals(List.of("author", "editor", "proofs"), credits.stream().map(credit -> credit.role).toList());
        assertNull(credits.get(0).person);
        assertEquals(bob.id, credits.get(1).person.id());
        assertNull(credits.get(2).person);
    }

    @Test
    void setDefaultPutsTheDeclaredDefaultId() {
        Category_.objects().create(new Category("general", "General"));
        Category_.objects().create(new Category("music", "Music"));
        Entry help = new Entry("Help!", 5, null);
        help.category = Ref.ofId(Category.class, "music");
        help.save();

        Category_.objects().filter(Category_.slug.eq("music")).delete();

        assertEquals(new BsonString("general"), db.bson("rel_entry").find().first().get("category_id"));
        assertEquals("General", Entry_.objects().get().category.get().title());
    }

    /** Deleting a tag removes its id from every entry's array, as Django deletes the through rows. */
    @Test
    void manyToManyIdsArePulled() {
        Tag rock = new Tag("rock").save();
        Tag pop = new Tag("pop").save();
        Entry help = new Entry("Help!", 5, null);
        help.tags = RefList.of(rock, pop);
        help.save();
        Entry angie = new Entry("Angie", 4, null);
        angie.tags = RefList.of(rock);
        angie.save();

        Deleted deleted = rock.delete();

        assertEquals(Map.of("Tag", 1L), deleted.perModel(), "the entries stay");
        assertEquals(List.of(new BsonObjectId(pop.id)), db.bson("rel_entry").find(new Document("headline", "Help!")).first()
                .getArray("tags").getValues());
        assertEquals(List.of(), db.bson("rel_entry").find(new Document("headline", "Angie")).first().getArray("tags").getValues());
    }

    /** More referring objects than one $in batch holds: every one is found and deleted. */
    @Test
    void largeCascadesGoInBatches() {
        Blog blog = new Blog("Big", null).save();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            entries.add(new Entry("e" + i, i % 5, blog));
        }
        Entry_.objects().bulkCreate(entries);
        List<Comment> comments = new ArrayList<>();
        for (Entry entry : Entry_.objects().filter(Entry_.rating.eq(0)).list()) {
            comments.add(new Comment("c", entry));
        }
        Comment_.objects().bulkCreate(comments);

        Deleted deleted = blog.delete();

        assertEquals(Map.of("Blog", 1L, "Entry", 2_500L, "Comment", 500L), deleted.perModel());
        assertEquals(0, db.raw("rel_entry").countDocuments() + db.raw("rel_comment").countDocuments());
    }

    @Test
    void deletingNothingReportsNothing() {
        new Person("Ann").save();
        Deleted deleted = Person_.objects().filter(Person_.name.eq("nobody")).delete();
        assertEquals(0, deleted.count());
        assertEquals(Map.of(), deleted.perModel());
    }
}
