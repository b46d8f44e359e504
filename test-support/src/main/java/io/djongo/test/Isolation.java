package io.djongo.test;

/** How the tests of one {@link DjongoTest} class share their database. */
public enum Isolation {
    /**
     * Before each test, every collection of the class's database is emptied and the fixtures are
     * loaded again, so each test starts from the fixtures alone, whatever the tests before it wrote
     * (Django's {@code TransactionTestCase}). Data written in {@code @BeforeAll} is emptied too: write
     * it in {@code @BeforeEach}, or use fixtures.
     */
    TEST,

    /**
     * The fixtures are loaded once, before the class's first test, and what tests write stays for
     * the tests after them, until the database is dropped after the class.
     */
    CLASS
}
