package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.Djongo;
import io.djongo.test.DjongoTest;
import io.djongo.test.QueryCounter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The tests run inside the module (Surefire patches them in, with the test-only libraries on the
 * class path); the last one runs the application itself on the module path alone.
 */
@DjongoTest
class ShopTest {

    @Test
    void theTestsRunInTheNamedModule() {
        assertEquals("com.example.shop", ShopTest.class.getModule().getName());
        assertEquals("io.djongo.runtime", Djongo.class.getModule().getName());
    }

    @Test
    void ordersAreSavedAndCounted(QueryCounter queries) {
        new Order("Ann", List.of("tea"), 30).save();

        assertEquals(1, queries.assertNumQueries(1, () -> Order.objects().filter(Order_.total.gt(20)).count()));
    }

    /** A model declared by the tests themselves. */
    @Test
    void testModelsWorkToo() {
        Audit_.objects().save(new Audit(null, "checked"));

        assertEquals(List.of("checked"), Audit_.objects().valuesList(Audit_.note));
    }

    /** java --module-path ... -m com.example.shop/com.example.shop.Shop, against this class's server. */
    @Test
    void theApplicationRunsOnTheModulePath(Djongo connection) throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "Surefire runs the tests of a modular project on the module path");
        String uri = "mongodb://" + connection.client().getClusterDescription().getClusterSettings().getHosts().get(0)
                + "/" + connection.database().getName();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = Path.of("target", "shop-stderr.txt");
        Process process = new ProcessBuilder(java.toString(), "--module-path", modulePath,
                "-m", "com.example.shop/com.example.shop.Shop", uri).redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);

        assertEquals(0, process.exitValue(), output + Files.readString(errors));
        assertEquals(List.of("module: com.example.shop", "orders over 20: 1", "driver count: 2", "models: [Order]"),
                output.lines().toList(), output + Files.readString(errors));
    }
}
