package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.ProtectedError;
import io.djongo.it.relation.model.Badge;
import io.djongo.it.relation.model.Blog;
import io.djongo.it.relation.model.Blog_;
import io.djongo.it.relation.model.Category;
import io.djongo.it.relation.model.Category_;
import io.djongo.it.relation.model.Comment;
import io.djongo.it.relation.model.Comment_;
import io.djongo.it.relation.model.Entry;
import io.djongo.it.relation.model.Entry_;
import io.djongo.it.relation.model.Person;
import io.djongo.it.relation.model.Person_;
import io.djongo.it.relation.model.Pin;
import io.djongo.it.relation.model.Profile;
import io.djongo.it.relation.model.Tag;
import io.djongo.it.relation.model.Tag_;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Deleted;
import io.djongo.relation.Deletion;
import io.djongo.relation.DeletionPreview;
import io.djongo.relation.DeletionPreview.Effect;
import io.djongo.relation.DeletionPreview.Group;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The preview of a deletion, as Django's admin shows before deleting ("All of the following
 * related items will be deleted", the protected objects that forbid it): the same walk of the
 * relations as the deletion, nothing written, and what it reports is what the deletion then does.
 */
class DeletionPreviewTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final List<String> COLLECTIONS = List.of("rel_person", "rel_profile", "rel_badge", "rel_blog",
            "rel_entry", "rel_comment", "rel_pin", "rel_tag", "rel_category");

    /** Every collection's documents: the preview must leave them exactly as they were. */
    private static Map<String, List<BsonDocument>> everything() {
        Map<String, List<BsonDocument>> all = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            all.put(collection, db.bson(collection).find().into(new ArrayList<>()));
        }
        return all;
    }

    private static Map<String, Long> deletedPerModel(DeletionPreview preview) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Group group : preview.deleted()) {
            counts.put(group.model().name(), group.count());
        }
        return counts;
    }

    private static Group only(List<Group> groups) {
        assertEquals(1, groups.size(), groups.toString());
        return groups.get(0);
    }

    @Test
    void theCascadeIsListedModelByModelAndNothingIsWritten() {
        Person ann = new Person("Ann").save();
        new Profile("Ann writes", ann).save();
        Blog beatles = new Blog("Beatles", ann).save();
        Entry help = new Entry("Help!", 3, beatles).save();
        new Entry("Yesterday", 3, beatles).save();
        new Comment("great", help).save();
        Map<String, List<BsonDocument>> before = everything();

        DeletionPreview preview = Person_.objects().filter(Person_.name.eq("Ann")).previewDelete();

        assertEquals(before, everything(), "a preview writes nothing");
        // Django's collector: the objects asked for first, then what they cascade to
        assertEquals("Person", preview.deleted().get(0).model().name());
        assertEquals(List.of(ann.id), preview.deleted().get(0).ids());
        assertEquals(Map.of("Person", 1L, "Profile", 1L, "Blog", 1L, "Entry", 2L, "Comment", 1L), deletedPerModel(preview));
        assertEquals(6, preview.count());
        assertFalse(preview.blocked());
        Group entries = preview.deleted().stream().filter(g -> g.model().name().equals("Entry")).findFirst().orElseThrow();
        assertEquals(Effect.DELETE, entries.effect());
        assertTrue(entries.ids().contains(help.id), entries.ids().toString());

        Deleted deleted = ann.delete();
        assertEquals(deleted.perModel(), deletedPerModel(preview), "the preview said what the deletion did");
    }

    /** Django's nested list: each object with what its deletion cascades to beneath it. */
    @Test
    void theTreeNestsEachObjectsCascadeBeneathIt() {
        Person ann = new Person("Ann").save();
        new Profile("Ann writes", ann).save();
        Blog beatles = new Blog("Beatles", ann).save();
        Entry help = new Entry("Help!", 3, beatles).save();
        Entry yesterday = new Entry("Yesterday", 3, beatles).save();
        new Comment("great", help).save();
        Person bob = new Person("Bob").save();

        DeletionPreview preview = Person_.objects().filter(Person_.name.in(List.of("Ann", "Bob"))).previewDelete();

        assertEquals("[Person " + ann.id + " [Blog " + beatles.id + " [Entry " + help.id + " [Comment], Entry "
                + yesterday.id + "], Profile], Person " + bob.id + "]", shape(preview.tree()));
    }

    /** The tree with models and the ids of people, blogs and entries, children in name order. */
    private static String shape(List<DeletionPreview.Node> nodes) {
        List<String> shapes = new java.util.ArrayList<>();
        for (DeletionPreview.Node node : nodes) {
            String name = node.model().name();
            String id = name.equals("Profile") || name.equals("Comment") ? "" : " " + node.id();
            shapes.add(name + id + (node.children().isEmpty() ? "" : " " + shape(node.children())));
        }
        java.util.Collections.sort(shapes);
        return shapes.toString();
    }

    @Test
    void aProtectedReferenceIsReportedNotThrown() {
        // Django: "Deleting the person would require deleting the following protected related objects"
        Person ann = new Person("Ann").save();
        Badge badge = new Badge("founder", ann).save();
        new Blog("Beatles", ann).save();
        Map<String, List<BsonDocument>> before = everything();

        DeletionPreview preview = Deletion.preview(Person_.Meta.INSTANCE, new BsonDocument("_id", new BsonObjectId(ann.id)),
                null, Duration.ofSeconds(5));

        assertTrue(preview.blocked());
        Group blocking = only(preview.blocking());
        assertEquals("Badge", blocking.model().name());
        assertEquals("holder", blocking.field().name());
        assertEquals(Effect.PROTECT, blocking.effect());
        assertEquals(List.of(badge.id), blocking.ids());
        assertEquals(Map.of("Person", 1L, "Blog", 1L), deletedPerModel(preview), "what it would delete besides");
        assertEquals(before, everything());
        ProtectedError error = assertThrows(ProtectedError.class, ann::delete);
        assertEquals(Map.of("Badge", List.of(badge.id)), error.blocking(), "the deletion refuses as the preview said");
    }

    @Test
    void aRestrictionBlocksUnlessTheSameDeletionRemovesTheReferrer() {
        Blog blog = new Blog("Beatles", null).save();
        Entry help = new Entry("Help!", 3, blog).save();
        Pin pin = new Pin(help, blog).save();

        DeletionPreview entryAlone = Entry_.objects().filter(Entry_.id.eq(help.id)).previewDelete();
        Group restricting = only(entryAlone.blocking());
        assertEquals(Effect.RESTRICT, restricting.effect());
        assertEquals(List.of(pin.id), restricting.ids());

        DeletionPreview withBlog = Deletion.preview(Blog_.Meta.INSTANCE, new BsonDocument("_id", new BsonObjectId(blog.id)),
                null);
        assertFalse(withBlog.blocked(), "the pin goes too, through its blog's CASCADE");
        assertEquals(Map.of("Blog", 1L, "Entry", 1L, "Pin", 1L), deletedPerModel(withBlog));
    }

    @Test
    void referencesThatAreSetOrRemovedAreListedApart() {
        Person ann = new Person("Ann").save();
        Entry edited = new Entry("Help!", 5, null);
        edited.editor = Ref.of(ann);
        edited.save();
        Category_.objects().create(new Category("general", "General"));
        Category_.objects().create(new Category("music", "Music"));
        Entry music = new Entry("Angie", 4, null);
        music.category = Ref.ofId(Category.class, "music");
        music.save();
        Tag rock = new Tag("rock").save();
        edited.tags = RefList.of(rock);
        edited.save();
        music.tags = RefList.of(rock);
        music.save();
        Map<String, List<BsonDocument>> before = everything();

        Group editor = only(Person_.objects().filter(Person_.id.eq(ann.id)).previewDelete().updated());
        assertEquals("Entry", editor.model().name());
        assertEquals("editor", editor.field().name());
        assertEquals(Effect.SET_NULL, editor.effect());
        assertEquals(List.of(edited.id), editor.ids());

        Group category = only(Category_.objects().filter(Category_.slug.eq("music")).previewDelete().updated());
        assertEquals(Effect.SET_DEFAULT, category.effect());
        assertEquals(List.of(music.id), category.ids());

        DeletionPreview tag = Tag_.objects().filter(Tag_.id.eq(rock.id)).previewDelete();
        Group tags = only(tag.updated());
        assertEquals(Effect.REMOVE, tags.effect());
        assertEquals("tags", tags.field().name());
        assertEquals(2, tags.count());
        assertEquals(Map.of("Tag", 1L), deletedPerModel(tag), "the entries stay");
        assertEquals(before, everything());
    }

    @Test
    void anObjectTheCascadeDeletesIsNotAlsoListedAsChanged() {
        // Ann owns the blog (CASCADE) and edits its entry (SET_NULL): the entry is deleted, not changed
        Person ann = new Person("Ann").save();
        Entry help = new Entry("Help!", 3, new Blog("Beatles", ann).save());
        help.editor = Ref.of(ann);
        help.save();

        DeletionPreview preview = Person_.objects().filter(Person_.id.eq(ann.id)).previewDelete();

        assertEquals(List.of(), preview.updated());
        assertEquals(Map.of("Person", 1L, "Blog", 1L, "Entry", 1L), deletedPerModel(preview));
    }

    @Test
    void largeGroupsAreCountedWholeAndNamedUpToALimit() {
        Blog blog = new Blog("Big", null).save();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < DeletionPreview.NAMED + 50; i++) {
            entries.add(new Entry("e" + i, 1, blog));
        }
        Entry_.objects().bulkCreate(entries);

        DeletionPreview preview = Blog_.objects().filter(Blog_.id.eq(blog.id)).previewDelete();

        Group cascade = preview.deleted().get(1);
        assertEquals(DeletionPreview.NAMED + 50, cascade.count());
        assertEquals(DeletionPreview.NAMED, cascade.ids().size());
        assertEquals(DeletionPreview.NAMED + 51, preview.count());
        assertEquals(1, preview.tree().size());
        assertEquals(DeletionPreview.NAMED, preview.tree().get(0).children().size(), "the tree names as many as the groups");
    }

    @Test
    void aModelNothingRefersToIsCountedWithoutReadingEveryId() {
        Entry help = new Entry("Help!", 3, null).save();
        new Comment("one", help).save();
        new Comment("two", help).save();

        DeletionPreview preview = Comment_.objects().all().previewDelete();

        assertEquals(2, only(preview.deleted()).count());
        assertEquals(2, only(preview.deleted()).ids().size());
        assertEquals(0, Comment_.objects().none().previewDelete().count());
        assertEquals(0, Person_.objects().filter(Person_.name.eq("nobody")).previewDelete().count());
    }
}
