package io.djongo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: the exact source makemigrations writes.
 * After a deliberate change of the output, {@code -Ddjongo.golden.update=true} rewrites them,
 * to be reviewed in the diff.
 */
final class Golden {
    private Golden() {}

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + name + "; write it with -Ddjongo.golden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} is the golden file {@code name}, or rewrites the file when asked to. */
    static void check(String name, String actual) {
        if (Boolean.getBoolean("djongo.golden.update")) {
            try {
                Path file = Path.of("src/test/resources/golden").resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertEquals(read(name), actual);
    }
}
