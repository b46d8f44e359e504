package io.djongo.examples.readme.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import io.djongo.signals.Receiver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The signals and hooks of README.md. */
class ReadmeSignalsTest {
    private final List<String> searchIndex = new ArrayList<>();
    private final List<String> audit = new ArrayList<>();

    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_signals"));
        Post_.objects().delete();
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    @AfterEach
    void disconnect() {
        Post_.signals().disconnectAll();
    }

    @Test
    void receiversAndHooks() {
        // README: signals
        Receiver indexing = Post_.signals().postSave(event -> {
            if (event.created()) {
                searchIndex.add(event.instance().slug);
            }
        });
        Post_.signals().preDelete(event -> audit.add("deleting " + event.instance().title));
        // README: end

        Post post = new Post();
        post.title = "Hello World";
        post.save();
        post.title = "Hello again";
        post.save();
        Post_.objects().filter(Post_.title.startsWith("Hello")).delete();
        indexing.disconnect();
        new Post().title = "unused";

        assertEquals(List.of("hello-world"), searchIndex);
        assertEquals(List.of("deleting Hello again"), audit);
        assertEquals(List.of("hello-again"), Cache.EVICTED);
        assertFalse(indexing.connected());
    }
}
