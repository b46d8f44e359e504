package io.djongo.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.BsonDecimal128;
import org.bson.types.Decimal128;

/**
 * A value computed from fields of the same document, as Django's {@code F()}: compare two
 * fields ({@code Entry_.rating.gt(F.of(Entry_.views))}) or update one from others
 * ({@code Entry_.rating.set(F.of(Entry_.views).times(2))}). Comparisons compile to {@code $expr},
 * updates to an update pipeline.
 *
 * <p>A field named by string ({@code F.field("views")}) is resolved against the model when the
 * string lookup that uses it is.
 *
 * @param <R> the model
 */
public final class F<R> {
    private final BsonValue expression;
    private final String unresolvedField;

    private F(BsonValue expression, String unresolvedField) {
        this.expression = expression;
        this.unresolvedField = unresolvedField;
    }

    /** The value of {@code path}. */
    public static <R> F<R> of(AbstractPath<R> path) {
        return new F<>(new BsonString("$" + path.bsonPath()), null);
    }

    /**
     * The value of the field with Django name {@code name} ({@code "views"}, {@code "blog__name"}),
     * for string lookups; resolved when the lookup is.
     */
    public static <R> F<R> field(String name) {
        return new F<>(null, Objects.requireNonNull(name, "name"));
    }

    /** This value plus {@code number}. */
    public F<R> plus(Number number) {
        return operator("$add", literal(number));
    }

    /** This value plus {@code other}. */
    public F<R> plus(F<R> other) {
        return operator("$add", other.expression());
    }

    /** This value minus {@code number}. */
    public F<R> minus(Number number) {
        return operator("$subtract", literal(number));
    }

    /** This value minus {@code other}. */
    public F<R> minus(F<R> other) {
        return operator("$subtract", other.expression());
    }

    /** This value times {@code number}. */
    public F<R> times(Number number) {
        return operator("$multiply", literal(number));
    }

    /** This value times {@code other}. */
    public F<R> times(F<R> other) {
        return operator("$multiply", other.expression());
    }

    /** This value divided by {@code number}. */
    public F<R> dividedBy(Number number) {
        return operator("$divide", literal(number));
    }

    /** This value divided by {@code other}. */
    public F<R> dividedBy(F<R> other) {
        return operator("$divide", other.expression());
    }

    /** This value equals {@code other} ({@code $expr}); {@code F.of(Entry_.a).eq(F.of(Entry_.b))}. */
    public Filter<R> eq(F<R> other) {
        return compare("$eq", other);
    }

    /** This value differs from {@code other}. */
    public Filter<R> ne(F<R> other) {
        return Filters.expr("$ne", expression(), other.expression());
    }

    /** This value is greater than {@code other}. */
    public Filter<R> gt(F<R> other) {
        return compare("$gt", other);
    }

    /** This value is greater than or equal to {@code other}. */
    public Filter<R> gte(F<R> other) {
        return compare("$gte", other);
    }

    /** This value is less than {@code other}. */
    public Filter<R> lt(F<R> other) {
        return compare("$lt", other);
    }

    /** This value is less than or equal to {@code other}. */
    public Filter<R> lte(F<R> other) {
        return compare("$lte", other);
    }

    /**
     * {@code $expr} comparing this with {@code other}, for documents where every field either side
     * reads is present and not null: {@code $expr} orders null and missing below every value (and
     * finds missing equal to missing), while Django's NULL satisfies no comparison.
     */
    private Filter<R> compare(String operator, F<R> other) {
        BsonArray operands = new BsonArray();
        operands.add(expression());
        operands.add(other.expression());
        return guarded(new BsonDocument(operator, operands), expression(), other.expression());
    }

    /**
     * {@code {$expr: condition}} for documents where each of {@code operands} has a value, as SQL's
     * NULL satisfies no comparison: a field an operand reads must be present and not null (a plain
     * {@code $ne} beside the {@code $expr}, which indexes can serve), and an operand that may itself be
     * null although its fields are not ({@code Case} without a default) must not be null.
     */
    static <R> Filter<R> guarded(BsonDocument condition, BsonValue... operands) {
        Set<String> fields = new LinkedHashSet<>();
        List<BsonValue> nullable = new ArrayList<>();
        for (BsonValue operand : operands) {
            if (fieldsOf(operand, fields)) {
                nullable.add(operand);
            }
        }
        List<Filter<R>> conditions = new ArrayList<>();
        for (String field : fields) {
            conditions.add(Filters.operator(field, "$ne", BsonNull.VALUE));
        }
        BsonValue body = condition;
        if (!nullable.isEmpty()) {
            BsonArray all = new BsonArray();
            for (BsonValue operand : nullable) {
                all.add(new BsonDocument("$gt", new BsonArray(List.of(operand, BsonNull.VALUE))));
            }
            all.add(condition);
            body = new BsonDocument("$and", all);
        }
        conditions.add(new Filters.DocumentFilter<>(new BsonDocument("$expr", body)));
        return Filters.and(conditions);
    }

    /**
     * Adds to {@code into} the fields {@code expression} reads (its {@code "$path"} strings) outside
     * {@code $literal} and outside the operators that turn null into a value ({@code $ifNull},
     * {@code $cond}), whose fields may be null; returns whether it met such an operator, which may
     * still give null.
     */
    private static boolean fieldsOf(BsonValue expression, Set<String> into) {
        if (expression.isString()) {
            String text = expression.asString().getValue();
            if (text.startsWith("$") && !text.startsWith("$$")) {
                into.add(text.substring(1));
            }
            return false;
        }
        boolean nullHandling = false;
        if (expression.isArray()) {
            for (BsonValue item : expression.asArray()) {
                nullHandling |= fieldsOf(item, into);
            }
        } else if (expression.isDocument()) {
            BsonDocument document = expression.asDocument();
            if (document.containsKey("$ifNull") || document.containsKey("$cond")) {
                return true;
            }
            if (!document.containsKey("$literal")) {
                for (BsonValue item : document.values()) {
                    nullHandling |= fieldsOf(item, into);
                }
            }
        }
        return nullHandling;
    }

    private F<R> operator(String operator, BsonValue operand) {
        BsonArray operands = new BsonArray();
        operands.add(expression());
        operands.add(operand);
        return new F<>(new BsonDocument(operator, operands), null);
    }

    /** Ascending order by this value: {@code orderBy(F.of(Entry_.rating).plus(F.of(Entry_.views)).asc())}. */
    public Sort<R> asc() {
        return sort(false);
    }

    /** Descending order by this value; add {@code .nullsLast()} to put documents without it at the end. */
    public Sort<R> desc() {
        return sort(true);
    }

    private Sort<R> sort(boolean descending) {
        BsonValue value = expression();
        if (value.isString() && value.asString().getValue().startsWith("$") && !value.asString().getValue().startsWith("$$")) {
            return new Sort<>(value.asString().getValue().substring(1), descending);
        }
        return new Sort<>(null, descending, Sort.Nulls.DEFAULT, value);
    }

    /** The aggregation expression, e.g. {@code "$views"} or {@code {"$multiply": ["$views", 2]}}. */
    public BsonValue expression() {
        if (expression == null) {
            throw new IllegalStateException("F.field(\"" + unresolvedField + "\") is only resolved inside a string "
                    + "lookup; use F.of(path) with typed paths");
        }
        return expression;
    }

    /** The Django field name of {@link #field(String)}, or {@code null} once resolved. */
    String unresolvedField() {
        return unresolvedField;
    }

    /** A value computed by the aggregation expression {@code expression}: what {@link Value}, {@link Case} and {@link Coalesce} make. */
    static <R> F<R> computed(BsonValue expression) {
        return new F<>(java.util.Objects.requireNonNull(expression, "expression"), null);
    }

    /** This expression with its named field resolved to a BSON path. */
    static <R> F<R> resolved(String bsonPath) {
        return new F<>(new BsonString("$" + bsonPath), null);
    }

    static BsonValue literal(Number number) {
        Objects.requireNonNull(number, "number");
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return new BsonInt32(number.intValue());
        }
        if (number instanceof Long) {
            return new BsonInt64(number.longValue());
        }
        if (number instanceof java.math.BigDecimal) {
            return new BsonDecimal128(new Decimal128((java.math.BigDecimal) number));
        }
        return new BsonDouble(number.doubleValue());
    }

    @Override
    public String toString() {
        return expression == null ? "F(" + unresolvedField + ")" : expression.toString();
    }
}
