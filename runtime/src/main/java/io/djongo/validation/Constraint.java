package io.djongo.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule a field's value must follow: a Django field option ({@code maxLength},
 * {@code nullable = false}, {@code blank = false}, {@code choices}) or a Jakarta Bean Validation
 * constraint ({@code @Size}, {@code @Email}, {@code @Min}, ...), which the processor reads from the
 * model at compile time and writes into the generated metadata. Checked by {@code fullClean()}
 * and before every write, with no Bean Validation provider at run time; the admin reads the same
 * rules to build its form fields.
 *
 * <p>Every check lives in {@link #violation(Object)}, one case per kind. Except for the
 * null-checking kinds, a {@code null} value is valid, as in Bean Validation.
 */
public final class Constraint {

    /** The kinds of rule. */
    public enum Kind {
        /** Django's {@code null=False}: "This field cannot be null." */
        NOT_NULL("null", true),
        /** Django's {@code blank=False}: not null, not an empty string, list or map. */
        NOT_BLANK("blank", true),
        /** Django's {@code max_length}, of a string (or each string of a list). */
        MAX_LENGTH("max_length", false),
        /** Django's {@code choices}, compared as written. */
        CHOICES("invalid_choice", false),
        /** {@code @NotNull}. */
        JAKARTA_NOT_NULL("not_null", true),
        /** {@code @Null}. */
        JAKARTA_NULL("null_required", true),
        /** {@code @NotBlank}: not null, with a non-whitespace character. */
        JAKARTA_NOT_BLANK("not_blank", true),
        /** {@code @NotEmpty}: not null and not empty. */
        NOT_EMPTY("not_empty", true),
        /** {@code @Size(min, max)} of a string, list, set, map or byte array. */
        SIZE("size", false),
        /** {@code @Min}: a number at least {@link #bound()}. */
        MIN("min_value", false),
        /** {@code @Max}: a number at most {@link #bound()}. */
        MAX("max_value", false),
        /** {@code @DecimalMin}: a number at least (or above) {@link #decimal()}. */
        DECIMAL_MIN("min_value", false),
        /** {@code @DecimalMax}: a number at most (or below) {@link #decimal()}. */
        DECIMAL_MAX("max_value", false),
        POSITIVE("positive", false),
        POSITIVE_OR_ZERO("positive_or_zero", false),
        NEGATIVE("negative", false),
        NEGATIVE_OR_ZERO("negative_or_zero", false),
        /** {@code @Digits(integer, fraction)}. */
        DIGITS("digits", false),
        /** {@code @Pattern}: the whole string matches {@link #pattern()}. */
        PATTERN("pattern", false),
        /** {@code @Email}: a well-formed address (and {@link #pattern()}, when given). */
        EMAIL("email", false),
        PAST("past", false),
        PAST_OR_PRESENT("past_or_present", false),
        FUTURE("future", false),
        FUTURE_OR_PRESENT("future_or_present", false),
        ASSERT_TRUE("assert_true", false),
        ASSERT_FALSE("assert_false", false);

        private final String code;
        private final boolean checksNull;

        Kind(String code, boolean checksNull) {
            this.code = code;
            this.checksNull = checksNull;
        }
    }

    /**
     * A well-formed e-mail address, as Django's {@code EmailValidator}: a dot-atom or quoted
     * local part, then a domain of labels with a top-level label of letters, {@code localhost},
     * or an address literal.
     */
    private static final Pattern EMAIL_USER = Pattern.compile(
            "[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*"
                    + "|\"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+)(?:[A-Z0-9-]{2,63}(?<!-))|localhost|\\[[0-9a-f:.]+\\]",
            Pattern.CASE_INSENSITIVE);

    private final Kind kind;
    private final long bound;
    private final long upperBound;
    private final BigDecimal decimal;
    private final boolean inclusive;
    private final Pattern pattern;
    private final List<String> choices;
    private final String message;

    private Constraint(Kind kind, long bound, long upperBound, BigDecimal decimal, boolean inclusive, Pattern pattern,
            List<String> choices, String message) {
        this.kind = kind;
        this.bound = bound;
        this.upperBound = upperBound;
        this.decimal = decimal;
        this.inclusive = inclusive;
        this.pattern = pattern;
        this.choices = choices;
        this.message = message;
    }

    private static Constraint of(Kind kind) {
        return new Constraint(kind, 0, 0, null, true, null, List.of(), null);
    }

    private static Constraint bounded(Kind kind, long bound, long upperBound) {
        return new Constraint(kind, bound, upperBound, null, true, null, List.of(), null);
    }

    // ---- Django's field options

    public static Constraint notNull() {
        return of(Kind.NOT_NULL);
    }

    public static Constraint notBlank() {
        return of(Kind.NOT_BLANK);
    }

    public static Constraint maxLength(int limit) {
        return bounded(Kind.MAX_LENGTH, limit, 0);
    }

    public static Constraint choices(List<String> values) {
        return new Constraint(Kind.CHOICES, 0, 0, null, true, null, List.copyOf(values), null);
    }

    // ---- Jakarta Bean Validation, jakarta.validation.constraints.*

    public static Constraint jakartaNotNull() {
        return of(Kind.JAKARTA_NOT_NULL);
    }

    public static Constraint jakartaNull() {
        return of(Kind.JAKARTA_NULL);
    }

    public static Constraint jakartaNotBlank() {
        return of(Kind.JAKARTA_NOT_BLANK);
    }

    public static Constraint notEmpty() {
        return of(Kind.NOT_EMPTY);
    }

    public static Constraint size(int min, int max) {
        return bounded(Kind.SIZE, min, max);
    }

    public static Constraint min(long value) {
        return bounded(Kind.MIN, value, 0);
    }

    public static Constraint max(long value) {
        return bounded(Kind.MAX, value, 0);
    }

    public static Constraint decimalMin(String value, boolean inclusive) {
        return new Constraint(Kind.DECIMAL_MIN, 0, 0, new BigDecimal(value), inclusive, null, List.of(), null);
    }

    public static Constraint decimalMax(String value, boolean inclusive) {
        return new Constraint(Kind.DECIMAL_MAX, 0, 0, new BigDecimal(value), inclusive, null, List.of(), null);
    }

    public static Constraint positive() {
        return of(Kind.POSITIVE);
    }

    public static Constraint positiveOrZero() {
        return of(Kind.POSITIVE_OR_ZERO);
    }

    public static Constraint negative() {
        return of(Kind.NEGATIVE);
    }

    public static Constraint negativeOrZero() {
        return of(Kind.NEGATIVE_OR_ZERO);
    }

    public static Constraint digits(int integer, int fraction) {
        return bounded(Kind.DIGITS, integer, fraction);
    }

    /** The whole string matches {@code regex}; {@code flags} as {@link Pattern#compile(String, int)}. */
    public static Constraint pattern(String regex, int flags) {
        return new Constraint(Kind.PATTERN, 0, 0, null, true, Pattern.compile(regex, flags), List.of(), null);
    }

    public static Constraint email() {
        return of(Kind.EMAIL);
    }

    /** A well-formed address that also matches {@code regex} ({@code @Email(regexp = ...)}). */
    public static Constraint email(String regex, int flags) {
        return new Constraint(Kind.EMAIL, 0, 0, null, true, Pattern.compile(regex, flags), List.of(), null);
    }

    public static Constraint past() {
        return of(Kind.PAST);
    }

    public static Constraint pastOrPresent() {
        return of(Kind.PAST_OR_PRESENT);
    }

    public static Constraint future() {
        return of(Kind.FUTURE);
    }

    public static Constraint futureOrPresent() {
        return of(Kind.FUTURE_OR_PRESENT);
    }

    public static Constraint assertTrue() {
        return of(Kind.ASSERT_TRUE);
    }

    public static Constraint assertFalse() {
        return of(Kind.ASSERT_FALSE);
    }

    /** This rule with the model's own message instead of the default one (the annotation's {@code message}). */
    public Constraint withMessage(String message) {
        return new Constraint(kind, bound, upperBound, decimal, inclusive, pattern, choices, Objects.requireNonNull(message));
    }

    // ---- reading the rule, for forms and schemas

    public Kind kind() {
        return kind;
    }

    /** The code of violations, as Django's: {@code max_length}, {@code null}, {@code min_value}, ... */
    public String code() {
        return kind.code;
    }

    /** Whether this rule is about {@code null} itself; the others accept {@code null}. */
    public boolean checksNull() {
        return kind.checksNull;
    }

    /** The limit of {@code MAX_LENGTH}, {@code MIN}, {@code MAX}; the minimum of {@code SIZE}; the integer digits of {@code DIGITS}. */
    public long bound() {
        return bound;
    }

    /** The maximum of {@code SIZE}; the fraction digits of {@code DIGITS}. */
    public long upperBound() {
        return upperBound;
    }

    /** The limit of {@code DECIMAL_MIN} and {@code DECIMAL_MAX}. */
    public BigDecimal decimal() {
        return decimal;
    }

    /** Whether the limit of {@code DECIMAL_MIN}/{@code DECIMAL_MAX} is allowed itself. */
    public boolean inclusive() {
        return inclusive;
    }

    /** The regular expression of {@code PATTERN} and {@code EMAIL}, or {@code null}. */
    public Pattern pattern() {
        return pattern;
    }

    /** The allowed values of {@code CHOICES}. */
    public List<String> choices() {
        return choices;
    }

    // ---- checking

    /**
     * What is wrong with {@code value}, or {@code null} when it follows the rule. {@code null}
     * values are only judged by the null-checking kinds.
     */
    public String violation(Object value) {
        if (value == null && !kind.checksNull) {
            return null;
        }
        String problem = problem(value);
        return problem == null ? null : message != null ? message : problem;
    }

    private String problem(Object value) {
        switch (kind) {
            case NOT_NULL:
                return value == null ? "This field cannot be null." : null;
            case NOT_BLANK:
                return value == null || isEmpty(value) ? "This field cannot be blank." : null;
            case MAX_LENGTH: {
                int length = ((CharSequence) value).length();
                return length > bound ? "Ensure this value has at most " + bound + " characters (it has " + length + ")."
                        : null;
            }
            case CHOICES:
                return isChoice(value) ? null : "Value " + quoted(value) + " is not a valid choice.";
            case JAKARTA_NOT_NULL:
                return value == null ? "must not be null" : null;
            case JAKARTA_NULL:
                return value != null ? "must be null" : null;
            case JAKARTA_NOT_BLANK:
                return value == null || value.toString().isBlank() ? "must not be blank" : null;
            case NOT_EMPTY:
                return value == null || isEmpty(value) ? "must not be empty" : null;
            case SIZE: {
                int size = size(value);
                return size < bound || size > upperBound ? "size must be between " + bound + " and " + upperBound : null;
            }
            case MIN:
                return decimal(value).compareTo(BigDecimal.valueOf(bound)) < 0
                        ? "Ensure this value is greater than or equal to " + bound + "." : null;
            case MAX:
                return decimal(value).compareTo(BigDecimal.valueOf(bound)) > 0
                        ? "Ensure this value is less than or equal to " + bound + "." : null;
            case DECIMAL_MIN: {
                int order = decimal(value).compareTo(decimal);
                return order < 0 || (order == 0 && !inclusive) ? "must be greater than " + (inclusive ? "or equal to " : "")
                        + decimal.toPlainString() : null;
            }
            case DECIMAL_MAX: {
                int order = decimal(value).compareTo(decimal);
                return order > 0 || (order == 0 && !inclusive) ? "must be less than " + (inclusive ? "or equal to " : "")
                        + decimal.toPlainString() : null;
            }
            case POSITIVE:
                return decimal(value).signum() > 0 ? null : "must be greater than 0";
            case POSITIVE_OR_ZERO:
                return decimal(value).signum() >= 0 ? null : "must be greater than or equal to 0";
            case NEGATIVE:
                return decimal(value).signum() < 0 ? null : "must be less than 0";
            case NEGATIVE_OR_ZERO:
                return decimal(value).signum() <= 0 ? null : "must be less than or equal to 0";
            case DIGITS: {
                BigDecimal number = decimal(value).stripTrailingZeros();
                int fraction = Math.max(0, number.scale());
                int integer = Math.max(0, number.precision() - number.scale());
                return integer > bound || fraction > upperBound ? "numeric value out of bounds (<" + bound + " digits>.<"
                        + upperBound + " digits> expected)" : null;
            }
            case PATTERN:
                return pattern.matcher((CharSequence) value).matches() ? null
                        : "must match \"" + pattern.pattern() + "\"";
            case EMAIL:
                return isEmail(value.toString()) && (pattern == null || pattern.matcher(value.toString()).matches())
                        ? null : "must be a well-formed email address";
            case PAST:
                return compareToNow(value) < 0 ? null : "must be a past date";
            case PAST_OR_PRESENT:
                return compareToNow(value) <= 0 ? null : "must be a date in the past or in the present";
            case FUTURE:
                return compareToNow(value) > 0 ? null : "must be a future date";
            case FUTURE_OR_PRESENT:
                return compareToNow(value) >= 0 ? null : "must be a date in the present or in the future";
            case ASSERT_TRUE:
                return Boolean.TRUE.equals(value) ? null : "must be true";
            case ASSERT_FALSE:
                return Boolean.FALSE.equals(value) ? null : "must be false";
            default:
                throw new AssertionError(kind);
        }
    }

    private static boolean isEmpty(Object value) {
        if (value instanceof CharSequence) {
            return ((CharSequence) value).length() == 0;
        }
        if (value instanceof Collection) {
            return ((Collection<?>) value).isEmpty();
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).isEmpty();
        }
        if (value instanceof byte[]) {
            return ((byte[]) value).length == 0;
        }
        return false;
    }

    private static int size(Object value) {
        if (value instanceof CharSequence) {
            return ((CharSequence) value).length();
        }
        if (value instanceof Collection) {
            return ((Collection<?>) value).size();
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).size();
        }
        if (value instanceof byte[]) {
            return ((byte[]) value).length;
        }
        throw new IllegalArgumentException("@Size does not apply to " + value.getClass().getSimpleName());
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Number) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof CharSequence) {
            return new BigDecimal(value.toString());
        }
        throw new IllegalArgumentException("a number constraint does not apply to " + value.getClass().getSimpleName());
    }

    private boolean isChoice(Object value) {
        if (value instanceof Enum) {
            return choices.contains(((Enum<?>) value).name());
        }
        if (value instanceof BigDecimal) {
            for (String choice : choices) {
                if (new BigDecimal(choice).compareTo((BigDecimal) value) == 0) {
                    return true;
                }
            }
            return false;
        }
        return choices.contains(String.valueOf(value));
    }

    private static String quoted(Object value) {
        return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    }

    private static boolean isEmail(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.length() > 320) {
            return false;
        }
        return EMAIL_USER.matcher(value.substring(0, at)).matches()
                && EMAIL_DOMAIN.matcher(value.substring(at + 1)).matches();
    }

    /** The sign of {@code value} minus now: dates by the UTC calendar day, instants to the millisecond. */
    private static int compareToNow(Object value) {
        if (value instanceof Instant) {
            return ((Instant) value).compareTo(Instant.now());
        }
        if (value instanceof Date) {
            return ((Date) value).toInstant().compareTo(Instant.now());
        }
        if (value instanceof LocalDate) {
            return ((LocalDate) value).compareTo(LocalDate.now(ZoneOffset.UTC));
        }
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).compareTo(LocalDateTime.now(ZoneOffset.UTC));
        }
        throw new IllegalArgumentException("a date constraint does not apply to " + value.getClass().getSimpleName());
    }

    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        switch (kind) {
            case MAX_LENGTH:
            case MIN:
            case MAX:
                return name + "(" + bound + ")";
            case SIZE:
            case DIGITS:
                return name + "(" + bound + ", " + upperBound + ")";
            case DECIMAL_MIN:
            case DECIMAL_MAX:
                return name + "(" + decimal.toPlainString() + (inclusive ? "" : ", exclusive") + ")";
            case CHOICES:
                return name + choices;
            case PATTERN:
                return name + "(" + pattern.pattern() + ")";
            default:
                return name;
        }
    }
}
