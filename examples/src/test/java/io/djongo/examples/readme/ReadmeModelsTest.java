package io.djongo.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import io.djongo.examples.readme.model.Entry;
import io.djongo.examples.readme.model.Entry_;
import io.djongo.meta.FieldMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models shown in README.md compile, and their metadata says what the README says. */
class ReadmeModelsTest {

    @Test
    void entryIsStoredInTheSnakeCaseCollectionWithItsFields() {
        assertEquals("entry", Entry.objects().meta().collection());
        assertEquals(List.of("_id", "blog", "headline", "authors", "tags", "votes", "rating", "views", "pubDate"),
                Entry.objects().meta().fields().stream().map(FieldMeta::bsonName).toList());
        assertEquals(255, Entry.objects().meta().field("headline").orElseThrow().maxLength());
        assertEquals("{\"blog.name\": \"Beatles Blog\"}", Entry_.blog.name.eq("Beatles Blog").toBsonDocument().toJson());
    }

    @Test
    void anEmptyEntryRoundTrips() {
        try (Djongo connection = Djongo.connect("readme-models", ExampleServer.uri("readme_models"))) {
            Entry entry = Entry.objects().using(connection.alias()).save(new Entry());
            assertEquals(1, Entry.objects().using(connection.alias()).filter(Entry_.headline.isNull(true)).count());
            assertEquals(1, Entry.objects().using(connection.alias()).delete(entry).count());
        }
    }
}
