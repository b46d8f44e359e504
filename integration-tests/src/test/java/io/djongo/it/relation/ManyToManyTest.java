package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.DjongoException;
import io.djongo.it.relation.model.Entry;
import io.djongo.it.relation.model.Entry_;
import io.djongo.it.relation.model.Tag;
import io.djongo.it.relation.model.Tag_;
import io.djongo.it.support.TestDatabase;
import io.djongo.relation.RefList;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A many-to-many relation is an array of ids in the referring document; its manager
 * ({@code entry.tags()}) changes that array in place, so two programs adding tags to one entry
 * both keep theirs, and the reverse side ({@code tag.entries()}) is a query.
 */
class ManyToManyTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private Tag rock;
    private Tag pop;
    private Tag jazz;

    @BeforeEach
    void tags() {
        rock = new Tag("rock").save();
        pop = new Tag("pop").save();
        jazz = new Tag("jazz").save();
    }

    private static Entry entry(String headline) {
        return new Entry(headline, 3, null).save();
    }

    private static List<BsonValue> stored(Entry entry) {
        return db.bson("rel_entry").find(new org.bson.BsonDocument("_id", new BsonObjectId(entry.id))).first()
                .getArray("tags", new org.bson.BsonArray()).getValues();
    }

    private static List<BsonValue> ids(Tag... tags) {
        return java.util.Arrays.stream(tags).map(tag -> (BsonValue) new BsonObjectId(tag.id)).toList();
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(tag -> tag.name).collect(Collectors.toList());
    }

    @Test
    void addRemoveAndClearChangeTheStoredArrayAndTheObject() {
        Entry entry = entry("Help!");

        entry.tags().add(rock, pop);
        entry.tags().add(rock); // each once, as Django's add()
        assertEquals(ids(rock, pop), stored(entry));
        assertEquals(List.of("rock", "pop"), names(entry.tags().list()));
        assertEquals(2, entry.tags().count());

        entry.tags().remove(rock);
        assertEquals(ids(pop), stored(entry));
        assertEquals(List.of("pop"), names(entry.tags.list()));

        entry.tags().clear();
        assertEquals(List.of(), stored(entry));
        assertEquals(0, entry.tags().count());
    }

    /** Two copies of one entry each add a tag: both are kept, since neither rewrites the document. */
    @Test
    void concurrentAddsAreBothKept() {
        Entry entry = entry("Help!");
        Entry other = Entry_.objects().get(Entry_.id.eq(entry.id));

        entry.tags().add(rock);
        other.tags().add(pop);

        assertEquals(ids(rock, pop), stored(entry));
        assertEquals(List.of("rock", "pop"), names(Entry_.objects().get(Entry_.id.eq(entry.id)).tags.list()));
    }

    /** set() makes the stored ids exactly the given ones, including ids another copy added meanwhile. */
    @Test
    void setMakesTheStoredIdsExactlyTheGivenOnes() {
        Entry entry = entry("Help!");
        entry.tags().add(rock, pop);
        Entry_.objects().get(Entry_.id.eq(entry.id)).tags().add(jazz);

        entry.tags().set(List.of(pop, jazz));
        assertEquals(ids(pop, jazz), stored(entry));
        assertEquals(List.of("pop", "jazz"), names(entry.tags().list()));

        entry.tags().set(List.of());
        assertEquals(List.of(), stored(entry));
    }

    @Test
    void theReverseSideIsAQuery() {
        Entry help = entry("Help!");
        Entry angie = entry("Angie");
        help.tags().add(rock, pop);
        angie.tags().add(rock);

        assertEquals(List.of("Angie", "Help!"), rock.entries().orderBy(Entry_.headline.asc()).list().stream()
                .map(entry -> entry.headline).toList());
        assertEquals(1, pop.entries().count());
        assertEquals(0, jazz.entries().count());
        assertEquals(List.of("Angie"), rock.entries().exclude(Entry_.tags.contains(pop)).list().stream()
                .map(entry -> entry.headline).toList());
    }

    /** all() is a query over the targets, to filter or order further. */
    @Test
    void allIsAQueryOverTheTargets() {
        Entry entry = entry("Help!");
        entry.tags().add(rock, pop, jazz);

        assertEquals(List.of("jazz", "pop", "rock"), names(entry.tags().all().orderBy(Tag_.name.asc()).list()));
        assertEquals(List.of("pop"), names(entry.tags().all().filter(Tag_.name.startsWith("p")).list()));
    }

    /** Saving the whole entry writes its list as it is in the object, as save() writes every field. */
    @Test
    void saveWritesTheListAsAWhole() {
        Entry entry = new Entry("Help!", 5, null);
        entry.tags = RefList.of(rock, jazz);
        entry.save();
        assertEquals(ids(rock, jazz), stored(entry));

        entry.tags = RefList.ofIds(Tag.class, List.of(pop.id));
        entry.save();
        assertEquals(ids(pop), stored(entry));
        assertEquals(List.of("pop"), names(Entry_.objects().get().tags.list()));
    }

    @Test
    void anUnsavedSideIsRefusedWithTheFix() {
        Entry unsaved = new Entry("Help!", 5, null);
        DjongoException owner = assertThrows(DjongoException.class, () -> unsaved.tags().add(rock));
        assertTrue(owner.getMessage().contains("save it first"), owner.getMessage());

        Entry entry = entry("Angie");
        DjongoException target = assertThrows(DjongoException.class, () -> entry.tags().add(new Tag("new")));
        assertTrue(target.getMessage().contains("has not been saved"), target.getMessage());
        assertEquals(List.of(), stored(entry), "nothing was written");
        assertThrows(NullPointerException.class, () -> entry.tags().add((Tag) null));
    }
}
