package io.djongo.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.djongo.test.model.Note;
import io.djongo.test.model.Note_;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** With {@link Isolation#CLASS}, the fixtures are loaded once and what a test writes stays for the next. */
@DjongoTest(fixtures = "notes.json", isolation = Isolation.CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassIsolationTest {

    @Test
    @Order(1)
    void writes() {
        assertEquals(2, Note_.objects().count());
        new Note("Yesterday", 2).save();
    }

    @Test
    @Order(2)
    void seesWhatTheTestBeforeWrote() {
        assertEquals(3, Note_.objects().count());
    }
}
