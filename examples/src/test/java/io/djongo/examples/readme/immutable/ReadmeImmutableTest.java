package io.djongo.examples.readme.immutable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.djongo.Djongo;
import io.djongo.examples.ExampleServer;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The immutable classes of README.md: built through their constructor, saved as new copies. */
class ReadmeImmutableTest {
    @BeforeAll
    static void connect() {
        Djongo.connect(ExampleServer.uri("readme_immutable"));
        Loan_.objects().delete();
    }

    @AfterAll
    static void close() {
        Djongo.closeAll();
    }

    @Test
    void savesReturnNewCopies() {
        // README: immutable-save
        Loan loan = new Loan(null, "Ulysses", LocalDate.of(2024, 7, 7), 0);
        Loan saved = loan.save();                      // a new Loan: the generated id, version 1
        Loan renewed = new Loan(saved.getId(), saved.getTitle(), saved.getDue().plusWeeks(3), saved.getVersion()).save();
        Loan stored = Loan_.objects().getById(saved.getId());     // read through the constructor
        // README: end

        assertNull(loan.getId());
        assertNotNull(saved.getId());
        assertEquals(1, saved.getVersion());
        assertEquals(2, renewed.getVersion());
        assertEquals(LocalDate.of(2024, 7, 28), stored.getDue());
    }
}
