package io.djongo.it.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.DjongoException;
import io.djongo.FieldError;
import io.djongo.it.relation.model.Band;
import io.djongo.it.relation.model.Band_;
import io.djongo.it.relation.model.Membership;
import io.djongo.it.relation.model.Membership_;
import io.djongo.it.relation.model.Musician;
import io.djongo.it.relation.model.Musician_;
import io.djongo.it.support.CountedConnection;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Deleted;
import io.djongo.query.QuerySet;
import io.djongo.validation.ValidationError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A many-to-many relation through another model, stored as Django stores it: a Membership
 * document per pair, with fields of its own; nothing in the musicians' documents.
 */
class ThroughTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static CountedConnection counted;

    private Musician john;
    private Musician paul;
    private Musician mick;
    private Band beatles;
    private Band stones;

    @BeforeAll
    static void countedConnection() {
        counted = CountedConnection.open(db, "counted-through");
    }

    @BeforeEach
    void data() {
        john = new Musician("John").save();
        paul = new Musician("Paul").save();
        mick = new Musician("Mick").save();
        beatles = new Band("The Beatles").save();
        stones = new Band("The Rolling Stones").save();
        john.bands().add(Map.of("role", "guitar", "joined", LocalDate.parse("1957-07-06")), List.of(beatles));
        paul.bands().add(Map.of("role", "bass"), List.of(beatles));
        mick.bands().add(stones);
    }

    private static Set<String> names(QuerySet<Musician> musicians) {
        return musicians.list().stream().map(musician -> musician.name).collect(Collectors.toSet());
    }

    @Test
    void pairsAreDocumentsOfTheThroughModel() {
        assertEquals(3, db.raw("rel_membership").countDocuments());
        BsonDocument johns = db.bson("rel_membership").find(new BsonDocument("role", new org.bson.BsonString("guitar"))).first();
        assertEquals(john.id, johns.getObjectId("musician_id").getValue());
        assertEquals(beatles.id, johns.getObjectId("band_id").getValue());
        assertEquals("member", Membership_.objects().get(Membership_.musician.is(mick)).role, "the declared default");
        assertFalse(db.bson("rel_musician").find().first().containsKey("bands"), "nothing in the musician's document");
    }

    @Test
    void theManagerListsAddsRemovesAndSets() {
        assertEquals(List.of("The Beatles"), john.bands().list().stream().map(band -> band.name).toList());
        john.bands().add(beatles, stones);
        assertEquals(4, Membership_.objects().count(), "an existing pair is not added twice");
        assertEquals(2, john.bands().count());

        john.bands().remove(stones);
        assertEquals(List.of("The Beatles"), john.bands().all().list().stream().map(band -> band.name).toList());

        john.bands().set(List.of(stones));
        assertEquals(List.of("The Rolling Stones"), john.bands().list().stream().map(band -> band.name).toList());
        assertEquals(Set.of("Mick", "John"), names(stones.members()));

        john.bands().clear();
        assertEquals(0, john.bands().count());
        assertEquals(2, Membership_.objects().count());
    }

    @Test
    void theReverseSideIsAQuery() {
        assertEquals(Set.of("John", "Paul"), names(beatles.members()));
        assertEquals(Set.of("Mick"), names(stones.members()));
        assertEquals(Set.of("The Beatles"), Band_.objects().filter(Band_.members.any(Musician_.name.eq("Paul"))).list()
                .stream().map(band -> band.name).collect(Collectors.toSet()));
    }

    @Test
    void lookupsGoThroughThePairs() {
        assertEquals(Set.of("John", "Paul"), names(Musician_.objects().filter("bands__name", "The Beatles")));
        assertEquals(Set.of("John", "Paul"), names(Musician_.objects().filter(Musician_.bands.any(Band_.name.startsWith("The B")))));
        assertEquals(Set.of("Mick"), names(Musician_.objects().filter(Musician_.bands.contains(stones))));
        assertEquals(Set.of("Mick"), names(Musician_.objects().filter("bands", stones)));
        assertEquals(Set.of("John", "Paul", "Mick"), names(Musician_.objects().filter("bands__in", List.of(beatles, stones))));
        new Musician("Ringo").save();
        assertEquals(Set.of("Ringo"), names(Musician_.objects().filter("bands__isnull", true)));
        assertEquals(Set.of("Ringo"), names(Musician_.objects().filter(Musician_.bands.isEmpty())));
        assertEquals(Set.of("The Rolling Stones"), Band_.objects().filter("members__name", "Mick").list().stream()
                .map(band -> band.name).collect(Collectors.toSet()));
        // the through model's own fields, through its reverse relation: Django's memberships__role
        assertEquals(Set.of("Paul"), names(Musician_.objects().filter("memberships__role", "bass")));
    }

    @Test
    void prefetchRelatedLoadsPairsAndTargetsWithTwoQueries() {
        CountedConnection.Counted<List<Musician>> run = counted.count(() -> Musician_.objects().using(counted.alias())
                .prefetchRelated("bands").orderBy(Musician_.name.asc()).list());

        assertEquals(3, run.size(), run.commands().toString());
        CountedConnection.Counted<List<List<String>>> follow = counted.count(() -> run.result().stream()
                .map(musician -> musician.bands().list().stream().map(band -> band.name).toList()).toList());
        assertEquals(List.of(List.of("The Beatles"), List.of("The Rolling Stones"), List.of("The Beatles")), follow.result());
        assertEquals(0, follow.size(), follow.commands().toString());

        List<Band> bands = Band_.objects().prefetchRelated("members").orderBy(Band_.name.asc()).list();
        assertEquals(Set.of("John", "Paul"), bands.get(0).members().list().stream().map(m -> m.name).collect(Collectors.toSet()));
    }

    /** Deleting either side deletes its pairs, as the through model's references say (CASCADE). */
    @Test
    void deletingASideDeletesItsPairs() {
        Deleted deleted = beatles.delete();

        assertEquals(Map.of("Band", 1L, "Membership", 2L), deleted.perModel());
        assertEquals(0, john.bands().count());
        assertEquals(3, Musician_.objects().count(), "the musicians stay");
    }

    @Test
    void badInputsAreRefusedWithTheFix() {
        DjongoException unsaved = assertThrows(DjongoException.class, () -> new Musician("Ringo").bands().add(beatles));
        assertTrue(unsaved.getMessage().contains("save it first"), unsaved.getMessage());
        FieldError unknown = assertThrows(FieldError.class, () -> john.bands().add(Map.of("instrument", "x"), List.of(stones)));
        assertTrue(unknown.getMessage().contains("Membership has no field \"instrument\""), unknown.getMessage());
        assertThrows(ValidationError.class, () -> paul.bands().add(Map.of("role", ""), List.of(stones)));
        assertEquals(3, Membership_.objects().count(), "nothing was written");
        FieldError ordering = assertThrows(FieldError.class, () -> Musician_.objects().orderBy("bands__name"));
        assertTrue(ordering.getMessage().contains("many-to-many"), ordering.getMessage());
    }
}
