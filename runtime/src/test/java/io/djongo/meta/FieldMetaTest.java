package io.djongo.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a field answers to besides its Java and BSON names. */
class FieldMetaTest {
    private static FieldMeta field(String name) {
        return FieldMeta.of(name, name, FieldType.scalar(FieldKind.STRING, String.class));
    }

    @Test
    void theSnakeNameIsDjangosSpellingOfTheJavaName() {
        // Django names fields in snake_case (pub_date); lookups and admin options accept that spelling
        assertEquals("pub_date", field("pubDate").snakeName());
        assertEquals("headline", field("headline").snakeName());
        assertEquals("isbn13", field("isbn13").snakeName());
        assertEquals("last_login_at", field("lastLoginAt").snakeName());
    }

    @Test
    void aPathIsLabelledByItsFieldsLabels() {
        assertEquals("Blog name", new FieldPath(List.of(field("blog"), field("name"))).label());
        assertEquals("Pub date", new FieldPath(List.of(field("pubDate"))).label());
    }
}
