package io.djongo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each rule judges values as Django's field options and Bean Validation's constraints do:
 * {@code null} is valid except for the null-checking rules; messages and codes are Django's
 * where Django has the rule.
 */
class ConstraintTest {

    @Test
    void djangoNullAndBlank() {
        assertEquals("This field cannot be null.", Constraint.notNull().violation(null));
        assertNull(Constraint.notNull().violation(""));
        // Django's blank=False rejects None, "" and empty collections, but not whitespace.
        assertEquals("This field cannot be blank.", Constraint.notBlank().violation(null));
        assertEquals("This field cannot be blank.", Constraint.notBlank().violation(""));
        assertEquals("This field cannot be blank.", Constraint.notBlank().violation(List.of()));
        assertEquals("This field cannot be blank.", Constraint.notBlank().violation(Map.of()));
        assertNull(Constraint.notBlank().violation(" "));
        assertEquals("null", Constraint.notNull().code());
        assertEquals("blank", Constraint.notBlank().code());
    }

    @Test
    void djangoMaxLengthAndChoices() {
        assertEquals("Ensure this value has at most 3 characters (it has 4).", Constraint.maxLength(3).violation("abcd"));
        assertNull(Constraint.maxLength(3).violation("abc"));
        assertNull(Constraint.maxLength(3).violation(null));
        assertEquals("Value 'x' is not a valid choice.", Constraint.choices(List.of("a", "b")).violation("x"));
        assertNull(Constraint.choices(List.of("1", "2")).violation(2));
        assertNull(Constraint.choices(List.of("1.50")).violation(new BigDecimal("1.5")));
        assertEquals("invalid_choice", Constraint.choices(List.of("a")).code());
    }

    @Test
    void jakartaNullity() {
        assertEquals("must not be null", Constraint.jakartaNotNull().violation(null));
        assertEquals("must be null", Constraint.jakartaNull().violation("x"));
        assertEquals("must not be blank", Constraint.jakartaNotBlank().violation("  "));
        assertEquals("must not be blank", Constraint.jakartaNotBlank().violation(null));
        assertEquals("must not be empty", Constraint.notEmpty().violation(new byte[0]));
        assertNull(Constraint.notEmpty().violation(List.of(1)));
    }

    @Test
    void sizeCountsCharactersElementsAndEntries() {
        Constraint size = Constraint.size(1, 2);
        assertEquals("size must be between 1 and 2", size.violation("abc"));
        assertEquals("size must be between 1 and 2", size.violation(List.of()));
        assertNull(size.violation(Map.of("a", 1)));
        assertNull(size.violation(new byte[] {1}));
        assertNull(size.violation(null));
    }

    @Test
    void numbers() {
        assertEquals("Ensure this value is greater than or equal to 1.", Constraint.min(1).violation(0));
        assertEquals("Ensure this value is less than or equal to 5.", Constraint.max(5).violation(6L));
        assertNull(Constraint.max(5).violation(4.9));
        assertEquals("must be greater than 0.5", Constraint.decimalMin("0.5", false).violation(new BigDecimal("0.5")));
        assertNull(Constraint.decimalMin("0.5", true).violation(new BigDecimal("0.50")));
        assertEquals("must be less than or equal to 9.9", Constraint.decimalMax("9.9", true).violation(10));
        assertEquals("must be greater than 0", Constraint.positive().violation(0));
        assertNull(Constraint.positiveOrZero().violation(0));
        assertEquals("must be less than 0", Constraint.negative().violation(0));
        assertNull(Constraint.negativeOrZero().violation(-3));
        assertEquals("numeric value out of bounds (<2 digits>.<1 digits> expected)",
                Constraint.digits(2, 1).violation(new BigDecimal("123.4")));
        assertNull(Constraint.digits(2, 1).violation(new BigDecimal("12.40")));
        assertEquals("min_value", Constraint.min(1).code());
    }

    @Test
    void patternsMatchTheWholeString() {
        Constraint code = Constraint.pattern("[A-Z]{3}", Pattern.CASE_INSENSITIVE);
        assertNull(code.violation("abc"));
        assertEquals("must match \"[A-Z]{3}\"", code.violation("abcd"));
    }

    /** Addresses as Django's EmailValidator accepts them. */
    @Test
    void emails() {
        Constraint email = Constraint.email();
        for (String valid : List.of("ann@example.org", "a.b+c@sub.example.co.uk", "\"odd@name\"@example.org",
                "root@localhost", "x@[127.0.0.1]")) {
            assertNull(email.violation(valid), valid);
        }
        for (String invalid : List.of("ann", "ann@", "@example.org", "ann@example", "ann@@example.org", "a b@example.org",
                "ann@-example.org", "ann@example.o")) {
            assertEquals("must be a well-formed email address", email.violation(invalid), invalid);
        }
        assertEquals("must be a well-formed email address",
                Constraint.email(".*@example\\.org", 0).violation("ann@example.com"));
    }

    @Test
    void datesAgainstNow() {
        Instant past = Instant.now().minusSeconds(60);
        Instant future = Instant.now().plusSeconds(60);
        assertNull(Constraint.past().violation(past));
        assertEquals("must be a past date", Constraint.past().violation(future));
        assertNull(Constraint.future().violation(Date.from(future)));
        assertNull(Constraint.pastOrPresent().violation(LocalDate.now(ZoneOffset.UTC)));
        assertEquals("must be a future date", Constraint.future().violation(LocalDate.now(ZoneOffset.UTC)));
        assertNull(Constraint.futureOrPresent().violation(LocalDateTime.now(ZoneOffset.UTC).plusHours(1)));
    }

    @Test
    void booleans() {
        assertEquals("must be true", Constraint.assertTrue().violation(false));
        assertNull(Constraint.assertFalse().violation(false));
    }

    @Test
    void aModelsOwnMessageReplacesTheDefault() {
        assertEquals("too long", Constraint.maxLength(1).withMessage("too long").violation("ab"));
        assertNull(Constraint.maxLength(1).withMessage("too long").violation("a"));
    }

    /** Violations gather problems by path, and stop at a missing value as Django does. */
    @Test
    void violationsStopAtAMissingValue() {
        io.djongo.meta.FieldMeta field = io.djongo.meta.FieldMeta.of("title", "title",
                io.djongo.meta.FieldType.scalar(io.djongo.meta.FieldKind.STRING, String.class))
                .withNullable(false).withMaxLength(3);
        Violations violations = new Violations();

        violations.check(field, null);

        assertEquals(List.of(new Violation("title", "This field cannot be null.", "null")), violations.list());
    }
}
