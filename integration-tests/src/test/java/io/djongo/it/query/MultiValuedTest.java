package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djongo.FieldError;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.query.model.Writer;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.Lookup;
import io.djongo.query.QuerySet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's rule for multi-valued relations (Django docs, "Spanning multi-valued relationships"):
 * conditions inside a single {@code filter()} call are applied simultaneously to the same element,
 * while successive {@code filter()} calls may each be met by a different element, and so may the
 * conditions of one {@code exclude()}. Typed paths, lookup strings in a map and {@link Lookup}s
 * follow it alike.
 */
class MultiValuedTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    static final String SAME_AUTHOR = "{\"authors\": {\"$elemMatch\": {\"name\": \"Ann\", \"email\": {\"$regex\": \"\\\\.org\\\\z\"}}}}";

    /* Split: Ann has a .com address, Bob a .org one. Both: Ann has a .org address. */
    @BeforeEach
    void posts() {
        new Post("Split", 1, 10, null).authors(new Writer("Ann", "ann@x.com", 1), new Writer("Bob", "bob@x.org", 2)).save();
        new Post("Both", 2, 20, null).authors(new Writer("Ann", "ann@x.org", 3)).save();
    }

    static Map<String, Object> annAtOrg() {
        Map<String, Object> lookups = new LinkedHashMap<>();
        lookups.put("authors__name", "Ann");
        lookups.put("authors__email__endswith", ".org");
        return lookups;
    }

    static Set<String> found(QuerySet<Post> query) {
        return new TreeSet<>(query.list().stream().map(p -> p.headline).toList());
    }

    @Test
    void oneFilterCallMeansOneElementInEveryForm() {
        assertEquals(SAME_AUTHOR, Post_.objects().filter(Post_.authors.any().name.eq("Ann"), Post_.authors.any().email.endsWith(".org"))
                .filterDocument().toJson());
        assertEquals(SAME_AUTHOR, Post_.objects().filter(Post_.authors.any().name.eq("Ann").and(Post_.authors.any().email.endsWith(".org")))
                .filterDocument().toJson());
        assertEquals(SAME_AUTHOR, Post_.objects().filter(annAtOrg()).filterDocument().toJson());
        assertEquals(SAME_AUTHOR, Post_.objects().filter(Lookup.of("authors__name", "Ann").and(Lookup.of("authors__email__endswith", ".org")))
                .filterDocument().toJson());
        assertEquals(SAME_AUTHOR, Post_.objects().filter(Post_.authors.elemMatch(a -> a.name.eq("Ann").and(a.email.endsWith(".org"))))
                .filterDocument().toJson(), "elemMatch says the same explicitly");
    }

    @Test
    void separateCallsAndExcludeMayUseDifferentElements() {
        assertEquals("{\"authors.name\": \"Ann\", \"authors.email\": {\"$regex\": \"\\\\.org\\\\z\"}}",
                Post_.objects().filter("authors__name", "Ann").filter("authors__email__endswith", ".org").filterDocument().toJson());
        assertEquals("{\"$nor\": [{\"authors.name\": \"Ann\", \"authors.email\": {\"$regex\": \"\\\\.org\\\\z\"}}]}",
                Post_.objects().exclude(annAtOrg()).filterDocument().toJson());
    }

    /** Each alternative of an or is a conjunction of its own; a single condition, an index or the array itself is not grouped. */
    @Test
    void whatIsAndIsNotGrouped() {
        assertEquals("{\"$or\": [" + SAME_AUTHOR + ", {\"headline\": \"x\"}]}", Post_.objects()
                .filter(Lookup.of(annAtOrg()).or(Lookup.of("headline", "x"))).filterDocument().toJson());
        assertEquals("{\"authors.0.name\": \"Ann\", \"authors.email\": {\"$regex\": \"\\\\.org\\\\z\"}, \"authors\": {\"$size\": 1}}",
                Post_.objects().filter(Map.of("authors__0__name", "Ann")).filter(Post_.authors.any().email.endsWith(".org"),
                        Post_.authors.size(1)).filterDocument().toJson());
        assertEquals("{\"authors\": {\"$elemMatch\": {\"$and\": [{\"karma\": {\"$gt\": 1}}, {\"karma\": {\"$lt\": 3}}]}}}",
                Post_.objects().filter(Post_.authors.any().karma.gt(1), Post_.authors.any().karma.lt(3)).filterDocument().toJson(),
                "one author's karma between 1 and 3");
    }

    @Test
    void theRowsDiffer() {
        Capabilities.require(Capability.ELEM_MATCH_ON_DOCUMENTS);
        assertEquals(Set.of("Both"), found(Post_.objects().filter(annAtOrg())));
        assertEquals(Set.of("Split", "Both"), found(Post_.objects().filter("authors__name", "Ann").filter("authors__email__endswith", ".org")));
        assertEquals(Set.of(), found(Post_.objects().exclude(annAtOrg())), "Split has an Ann and a .org address");
        assertEquals("Both", Post_.objects().get(annAtOrg()).headline);
        assertEquals(Set.of("Split"), found(Post_.objects().filter(Post_.authors.any().karma.gt(1), Post_.authors.any().karma.lt(3))));
    }

    @Test
    void lookupsAreCheckedAsStrings() {
        assertThrows(FieldError.class, () -> Post_.objects().filter(Lookup.of("authors__nme", "Ann")));
        assertEquals("(authors__name=String \"Ann\" & ~(rating=Integer 1))",
                Lookup.of("authors__name", "Ann").and(Lookup.of("rating", 1).not()).toString());
        assertEquals("{\"authors.name\": \"Ann\", \"$nor\": [{\"rating\": 1}]}",
                Post_.objects().filter(Lookup.of("authors__name", "Ann").and(Lookup.of("rating", 1).not())).filterDocument().toJson());
    }
}
