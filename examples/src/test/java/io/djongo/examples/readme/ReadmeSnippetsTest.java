package io.djongo.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md honest: every Java block in it must be a region of compiled, tested code in
 * this module (between {@code // README: name} and {@code // README: end}), and every such
 * region must appear in the README.
 */
class ReadmeSnippetsTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path README = MODULE.resolveSibling("README.md").normalize();

    @Test
    void everyJavaBlockOfTheReadmeIsTestedCode() throws IOException {
        Map<String, String> regions = regions();
        List<String> blocks = javaBlocks(Files.readString(README));
        assertFalse(blocks.isEmpty(), "no ```java blocks in " + README);
        for (String block : blocks) {
            assertTrue(regions.containsValue(block), "this README block is not a region of tested code in "
                    + MODULE + ":\n" + block);
        }
        for (Map.Entry<String, String> region : regions.entrySet()) {
            assertTrue(blocks.contains(region.getValue()), "region " + region.getKey() + " is not shown in README.md");
        }
    }

    /** A merge left half done shows its markers to every reader. */
    @Test
    void theReadmeHasNoMergeConflictMarkers() throws IOException {
        List<String> lines = Files.readAllLines(README);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertFalse(line.startsWith("<<<<<<< ") || line.equals("=======") || line.startsWith(">>>>>>> "),
                    "README.md line " + (i + 1) + " is a merge conflict marker: " + line);
        }
    }

    @Test
    void regionsAreDedentedAndBlocksAreFound() {
        assertEquals(List.of("a();\n  b();"), javaBlocks("text\n```java\na();\n  b();\n```\n```xml\n<x/>\n```\n"));
        assertEquals("x();\n    y();", dedent(List.of("        x();", "            y();")));
    }

    /** Regions of every Java source of this module, by file and name. */
    private static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(MODULE.resolve("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                String name = null;
                List<String> body = new ArrayList<>();
                for (String line : lines) {
                    String trimmed = line.trim();
                    if (trimmed.startsWith("// README: ")) {
                        String marker = trimmed.substring("// README: ".length());
                        if (marker.equals("end") && name != null) {
                            regions.put(file.getFileName() + "#" + name, dedent(body));
                            name = null;
                        } else if (!marker.equals("end")) {
                            name = marker;
                            body.clear();
                        }
                    } else if (name != null) {
                        body.add(line);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return regions;
    }

    static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n", -1)) {
            if (current == null && line.equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.equals("```")) {
                blocks.add(String.join("\n", current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent));
        }
        return String.join("\n", out);
    }
}
