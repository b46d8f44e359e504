package io.djongo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.djongo.it.model.Country;
import io.djongo.it.model.Country_;
import io.djongo.it.model.Entry;
import io.djongo.it.model.Entry_;
import io.djongo.it.support.TestDatabase;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's model equality ("Model instances ... are equal if they are of the same model and have
 * the same primary key value", docs/ref/models/instances "Comparing objects"), for models that
 * extend their companion.
 */
class EqualityTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static Entry entry(String headline) {
        return new Entry("Beatles Blog", headline, 5, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void twoLoadsOfOneDocumentAreEqualAndHashAlike() {
        Entry saved = entry("Hey Jude").save();

        Entry first = Entry.objects().get(Entry_.id.eq(saved.id));
        Entry second = Entry.objects().get(Entry_.id.eq(saved.id));

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(Set.of(first), new HashSet<>(Entry.objects().list()));
    }

    /** The primary key decides, not the other fields: an edited copy still equals the stored one. */
    @Test
    void equalityIgnoresFieldsOtherThanTheId() {
        Entry saved = entry("Hey Jude").save();
        Entry edited = Entry.objects().get(Entry_.id.eq(saved.id));
        edited.headline = "Let It Be";

        assertEquals(saved, edited);
    }

    @Test
    void differentIdsAreNotEqual() {
        Entry one = entry("Hey Jude").save();
        Entry other = entry("Hey Jude").save();

        assertNotEquals(one, other);
    }

    /** "If a model instance is unsaved (pk is None), it is only equal to itself." */
    @Test
    void unsavedInstancesEqualOnlyThemselves() {
        Entry unsaved = entry("Hey Jude");
        Entry twin = entry("Hey Jude");

        assertEquals(unsaved, unsaved);
        assertNotEquals(unsaved, twin);
        assertNotEquals(unsaved, null);
        assertNotEquals(unsaved, "Hey Jude");
    }

    /** Application-assigned ids count as soon as they are set. */
    @Test
    void modelsWithAssignedIdsCompareByThem() {
        Country italy = new Country();
        italy.code = "IT";
        Country again = new Country();
        again.code = "IT";

        assertEquals(italy, again);
        assertEquals(italy.hashCode(), again.hashCode());
        assertEquals(0, Country_.objects().count());
    }
}
