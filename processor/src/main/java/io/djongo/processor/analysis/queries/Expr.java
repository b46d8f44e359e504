package io.djongo.processor.analysis.queries;

import java.util.List;

/**
 * A condition of a declared query as written, before it is checked against the model: Django's
 * {@code Q} objects. Lookup strings ({@code "rating__gte = :min | ~(tags__contains = 'x')"}) and
 * derived method names ({@code findByRatingGreaterThanEqualOrTagsNotContaining}) both parse into
 * it, so both compile the same way. Positions are character offsets in the text the condition was
 * read from, for messages that point into it.
 */
sealed interface Expr {
    /** All of {@code items} (Django's {@code Q(a) & Q(b)}, or several lookups of one {@code filter()}). */
    record And(List<Expr> items) implements Expr {}

    /** Any of {@code items} ({@code Q(a) | Q(b)}). */
    record Or(List<Expr> items) implements Expr {}

    /** What {@code item} does not match ({@code ~Q(a)}). */
    record Not(Expr item) implements Expr {}

    /**
     * One lookup: {@code lookup = value}. {@code value} is {@code null} for an update without a value
     * ({@code tags__pop_last}).
     */
    record Condition(String lookup, int at, Value value) implements Expr {}

    /** A value on the right of {@code =}. */
    sealed interface Value {
        /** Where the value starts in the text. */
        int at();

        /** How the value is written, for messages. */
        String text();
    }

    /** A method parameter, {@code :name}. */
    record Param(String name, int at) implements Value {
        @Override
        public String text() {
            return ":" + name;
        }
    }

    /** A literal: a number, a string, {@code true}, {@code false} or {@code null}. */
    record Literal(Kind kind, String text, int at) implements Value {
        public enum Kind { NUMBER, STRING, BOOLEAN, NULL }
    }

    /** A list of values, {@code [1, :b]}. */
    record ListValue(List<Value> items, int at, String text) implements Value {}

    /**
     * An expression over fields, Django's {@code F()}: {@code F(views)}, {@code F(views) * 2},
     * {@code F(rating) + F(views)}.
     */
    record FValue(Arithmetic expression, int at, String text) implements Value {}

    /** The tree of an {@link FValue}. */
    sealed interface Arithmetic {}

    /** {@code F(path)}: the value of a field. */
    record Field(String path, int at) implements Arithmetic {}

    /** A number or a parameter inside an expression. */
    record Operand(Value value) implements Arithmetic {}

    /** {@code left op right}, {@code op} one of {@code + - * /}. */
    record Binary(char op, Arithmetic left, Arithmetic right) implements Arithmetic {}

    /** {@code expr} as a lookup string: what a derived name stands for, shown in the generated documentation. */
    static String text(Expr expr) {
        if (expr instanceof And and) {
            java.util.List<String> items = new java.util.ArrayList<>();
            for (Expr item : and.items()) {
                items.add(item instanceof Or ? "(" + text(item) + ")" : text(item));
            }
            return String.join(", ", items);
        }
        if (expr instanceof Or or) {
            java.util.List<String> items = new java.util.ArrayList<>();
            for (Expr item : or.items()) {
                items.add(text(item));
            }
            return String.join(" | ", items);
        }
        if (expr instanceof Not not) {
            return "~(" + text(not.item()) + ")";
        }
        Condition condition = (Condition) expr;
        return condition.lookup() + (condition.value() == null ? "" : " = " + text(condition.value()));
    }

    private static String text(Value value) {
        if (value instanceof Literal literal && literal.kind() == Literal.Kind.STRING) {
            return "'" + literal.text().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof ListValue list) {
            java.util.List<String> items = new java.util.ArrayList<>();
            for (Value item : list.items()) {
                items.add(text(item));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return value.text();
    }
}
