package io.djongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.djongo.meta.ModelRegistry;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

/**
 * Finding the model indexes asks every jar of the class path for the service file, tens of
 * milliseconds at start-up; a connection and a query whose model is at hand never need it. The
 * registry reads the indexes when something first asks for a model by class, and the codec
 * provider never asks for the JDK's, the BSON library's or the driver's own classes.
 */
class ModelIndexLazinessTest {

    /** Counts the class path lookups of the model index's service file. */
    private static final class CountingLoader extends ClassLoader {
        final AtomicInteger lookups = new AtomicInteger();

        CountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals("META-INF/services/io.djongo.meta.ModelIndex")) {
                lookups.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    @Test
    void theIndexesAreReadWhenAModelIsFirstAskedFor() {
        CountingLoader loader = new CountingLoader(getClass().getClassLoader());
        ModelRegistry registry = ModelRegistry.load(loader);
        assertEquals(0, loader.lookups.get(), "loading a registry reads no index");

        registry.find(ModelIndexLazinessTest.class);
        assertEquals(1, loader.lookups.get(), "asking for a class reads them");
        registry.models();
        registry.find(String.class);
        assertEquals(1, loader.lookups.get(), "once");
    }

    @Test
    void driverClassesAreNeverLookedUpAsModels() {
        CountingLoader loader = new CountingLoader(getClass().getClassLoader());
        ModelCodecProvider provider = new ModelCodecProvider(ModelRegistry.load(loader));
        for (Class<?> type : new Class<?>[] {BsonDocument.class, RawBsonDocument.class, Document.class, String.class,
                Integer.class, int.class, byte[].class, java.util.List.class}) {
            assertNull(provider.get(type, null), type.getName());
        }
        assertEquals(0, loader.lookups.get(), "no index was read for them");
    }
}
