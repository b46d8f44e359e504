package io.djongo.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose models work on a database of their own, as Django's {@code TestCase} gives each
 * test a test database:
 *
 * <ul>
 *   <li>the server is the one in the environment variable {@code MONGODB_URI} (or the system
 *       property {@code djongo.test.uri}) when set, otherwise an in-process server from
 *       {@code djongo-embedded}, started once for the whole test run;</li>
 *   <li>each test class gets a new database, {@code test_<ClassName>_<random>}, opened as the
 *       default connection ({@code Entry.objects()} uses it), and dropped after the class;</li>
 *   <li>the {@link #fixtures()} are loaded before each test, into a database emptied first
 *       ({@link Isolation#TEST}), or once for the class ({@link Isolation#CLASS});</li>
 *   <li>test methods, constructors and lifecycle methods may take a {@link QueryCounter}, to assert
 *       how many commands a block of code sends, and the {@link io.djongo.Djongo} connection.</li>
 * </ul>
 *
 * <pre>{@code
 * @DjongoTest(fixtures = "blog.json")
 * class EntryTest {
 *     @Test
 *     void countsInOneQuery(QueryCounter queries) {
 *         long rock = queries.assertNumQueries(1, () -> Entry.objects().filter(Entry_.tags.contains("rock")).count());
 *         assertEquals(2, rock);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DjongoExtension.class)
public @interface DjongoTest {
    /**
     * Fixture files on the test class path: JSON objects whose keys are collection names and whose
     * values are arrays of documents, in MongoDB Extended JSON
     * ({@code {"entry": [{"_id": {"$oid": "..."}, "headline": "...", "pubDate": {"$date": "2024-01-01T00:00:00Z"}}]}}).
     * A name is resolved as {@link Class#getResource(String)} does: relative to the test class's
     * package ({@code "blog.json"} is {@code src/test/resources/com/example/blog.json} for a test in
     * {@code com.example}), or from the class-path root with a leading slash ({@code "/blog.json"}).
     * Documents are inserted as they are, without validation, as Django's {@code loaddata} does.
     */
    String[] fixtures() default {};

    /** Whether each test starts from the fixtures alone (the default) or sees what earlier tests wrote. */
    Isolation isolation() default Isolation.TEST;
}
