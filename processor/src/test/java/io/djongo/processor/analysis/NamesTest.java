package io.djongo.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Entry, entry",
            "BlogPost, blog_post",
            "HTTPRequest, http_request",
            "Entry2, entry2",
            "Entry2Version, entry2_version",
            "ABC, abc",
            "A, a",
            "XMLHttpRequest, xml_http_request",
            "UserID, user_id",
            "already_snake, already_snake",
    })
    void snakeCaseKeepsAcronymsTogether(String className, String collection) {
        assertEquals(collection, Names.snakeCase(className));
    }

    @Test
    void capitalizeUpperCasesOnlyTheFirstLetter() {
        assertEquals("PubDate", Names.capitalize("pubDate"));
        assertEquals("X", Names.capitalize("x"));
        assertEquals("", Names.capitalize(""));
    }

    // ---- document keys

    @ParameterizedTest
    @ValueSource(strings = {"name", "_id", "pub_date", "a$b", "émoji✓", "x1"})
    void ordinaryKeysAreValid(String key) {
        assertNull(Names.invalidKeyReason(key));
    }

    @Test
    void emptyKeyIsInvalid() {
        assertEquals("it is empty", Names.invalidKeyReason(""));
    }

    @Test
    void keyStartingWithDollarIsReadAsAnOperator() {
        assertEquals("it starts with '$', which MongoDB reads as an operator", Names.invalidKeyReason("$set"));
    }

    @Test
    void keyWithDotIsReadAsAPath() {
        assertEquals("it contains '.', which MongoDB reads as a path into a sub-document", Names.invalidKeyReason("a.b"));
        assertEquals("it contains '.', which MongoDB reads as a path into a sub-document", Names.invalidKeyReason("."));
    }

    @Test
    void keyWithNulIsInvalid() {
        assertEquals("it contains a NUL character", Names.invalidKeyReason("a\0b"));
    }

    // ---- collection names

    @ParameterizedTest
    @ValueSource(strings = {"entry", "blog_post", "a.b", "my-collection", "systems", "system"})
    void ordinaryCollectionNamesAreValid(String name) {
        assertNull(Names.invalidCollectionReason(name));
    }

    @Test
    void emptyCollectionNameIsInvalid() {
        assertEquals("it is empty", Names.invalidCollectionReason(""));
    }

    @Test
    void collectionNameWithDollarIsInvalid() {
        assertEquals("it contains '$'", Names.invalidCollectionReason("a$b"));
        assertEquals("it contains '$'", Names.invalidCollectionReason("$cmd"));
    }

    @Test
    void collectionNameWithNulIsInvalid() {
        assertEquals("it contains a NUL character", Names.invalidCollectionReason("a\0b"));
    }

    @Test
    void systemCollectionNamesAreReserved() {
        assertEquals("names starting with 'system.' are reserved by MongoDB", Names.invalidCollectionReason("system.users"));
    }
}
