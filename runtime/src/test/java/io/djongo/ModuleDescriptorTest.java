package io.djongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runtime is a named module, {@code io.djongo.runtime}, for modular applications: it exports
 * every package (generated code in users' modules calls into each of them), reads the driver's
 * modules transitively, and uses the {@code ModelIndex} service that applications provide.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws URISyntaxException {
        Path classes = Path.of(Djongo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<ModuleReference> found = ModuleFinder.of(classes).findAll();
        assertEquals(1, found.size(), "one module in " + classes);
        return found.iterator().next().descriptor();
    }

    /** A package added to the runtime without an export would be unusable from a modular application. */
    @Test
    void everyPackageIsExported() throws URISyntaxException {
        ModuleDescriptor descriptor = descriptor();
        Set<String> exported = descriptor.exports().stream()
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals("io.djongo.runtime", descriptor.name());
        assertEquals(new TreeSet<>(descriptor.packages()), exported,
                "add 'exports <package>;' to runtime/src/main/java/module-info.java for each new package");
    }

    @Test
    void readsTheDriverTransitivelyAndUsesTheModelIndexService() throws URISyntaxException {
        ModuleDescriptor descriptor = descriptor();
        Set<String> transitive = descriptor.requires().stream()
                .filter(requires -> requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());

        assertTrue(transitive.containsAll(Set.of("io.djongo.annotations", "org.mongodb.bson", "org.mongodb.driver.core",
                "org.mongodb.driver.sync.client")), transitive.toString());
        assertTrue(descriptor.uses().contains("io.djongo.meta.ModelIndex"), descriptor.uses().toString());
    }
}
