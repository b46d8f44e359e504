package io.djongo.processor.analysis.queries;

import io.djongo.processor.analysis.Diagnostic;
import io.djongo.processor.analysis.queries.Expr.Arithmetic;
import io.djongo.processor.analysis.queries.Expr.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of {@code @Filter}, {@code @Exclude} and {@code @Update} into {@link Expr}s:
 * Django lookups joined as Django's {@code Q} objects are.
 *
 * <pre>
 * expression := and ('|' and)*
 * and        := unary ((',' | '&amp;') unary)*          -- ',' as between the lookups of one filter()
 * unary      := '~' unary | '(' expression ')' | lookup ('=' value)?
 * value      := ':' name | number | 'text' | "text" | true | false | null | '[' values ']' | arithmetic
 * arithmetic := F(path) (('+' | '-' | '*' | '/') operand)*, with the usual precedence and parentheses
 * </pre>
 *
 * As in Python, {@code &amp;} and {@code ,} bind tighter than {@code |}. A mistake is a
 * {@link Problem} at the place it was found.
 */
final class LookupSyntax {
    private final String text;
    private final String where;
    private int position;

    private LookupSyntax(String text, String where) {
        this.text = text;
        this.where = where;
    }

    /**
     * The expression in {@code text}; {@code where} names the annotation for messages
     * ({@code @Filter("...")}).
     */
    static Expr parse(String text, String where) {
        LookupSyntax syntax = new LookupSyntax(text, where);
        syntax.skipSpace();
        if (syntax.position >= text.length()) {
            throw syntax.problem(0, text.length(), "it is empty", "Write lookups such as rating__gte = :min");
        }
        Expr expr = syntax.or();
        syntax.skipSpace();
        if (syntax.position < text.length()) {
            char c = text.charAt(syntax.position);
            throw syntax.problem(syntax.position, 1, "unexpected '" + c + "'", c == ')'
                    ? "Remove it, or open the parenthesis it closes"
                    : "Separate lookups with ',' (and) or '|' (or)");
        }
        return expr;
    }

    private Expr or() {
        List<Expr> items = new ArrayList<>();
        items.add(and());
        while (accept('|')) {
            items.add(and());
        }
        return items.size() == 1 ? items.get(0) : new Expr.Or(items);
    }

    private Expr and() {
        List<Expr> items = new ArrayList<>();
        items.add(unary());
        while (accept(',') || accept('&')) {
            items.add(unary());
        }
        return items.size() == 1 ? items.get(0) : new Expr.And(items);
    }

    private Expr unary() {
        skipSpace();
        if (accept('~')) {
            return new Expr.Not(unary());
        }
        if (peekIs('(')) {
            int open = position;
            position++;
            Expr inner = or();
            if (!accept(')')) {
                throw problem(open, 1, "this parenthesis is not closed", "Add ')' after the lookups it groups");
            }
            return inner;
        }
        return condition();
    }

    private Expr condition() {
        skipSpace();
        int start = position;
        while (position < text.length() && isLookupChar(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw problem(start, 1, position < text.length() ? "expected a lookup, found '" + text.charAt(position) + "'"
                    : "expected a lookup at the end", "Write lookup = value, such as rating__gte = :min");
        }
        String lookup = text.substring(start, position);
        skipSpace();
        if (!accept('=')) {
            return new Expr.Condition(lookup, start, null);
        }
        if (peekIs('=')) {
            throw problem(position, 1, "'==' is not a comparison here", "Write one '=', as in Django: rating = :r");
        }
        Value value = value();
        skipSpace();
        if (position < text.length() && "+-*/".indexOf(text.charAt(position)) >= 0) {
            throw problem(position, 1, "arithmetic starts from a field", "Write it as F(field) " + text.charAt(position)
                    + " ..., such as F(views) * 2");
        }
        return new Expr.Condition(lookup, start, value);
    }

    private Value value() {
        skipSpace();
        int start = position;
        if (position >= text.length()) {
            throw problem(position, 1, "expected a value after '='", "Give a parameter (:name) or a literal");
        }
        char c = text.charAt(position);
        if (c == 'F' && text.startsWith("(", skipped(position + 1))) {
            Arithmetic expression = sum();
            return new Expr.FValue(expression, start, text.substring(start, position).trim());
        }
        if (c == '[') {
            position++;
            List<Value> items = new ArrayList<>();
            skipSpace();
            if (!accept(']')) {
                do {
                    items.add(value());
                } while (accept(','));
                if (!accept(']')) {
                    throw problem(start, 1, "this list is not closed", "Add ']' after its last value");
                }
            }
            return new Expr.ListValue(items, start, text.substring(start, position));
        }
        return simple();
    }

    /** A parameter or a literal. */
    private Value simple() {
        skipSpace();
        int start = position;
        if (position >= text.length()) {
            throw problem(position, 1, "expected a value", "Give a parameter (:name) or a literal");
        }
        char c = text.charAt(position);
        if (c == ':') {
            position++;
            int nameStart = position;
            while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
                position++;
            }
            if (nameStart == position || !Character.isJavaIdentifierStart(text.charAt(nameStart))) {
                throw problem(start, 1, "':' must be followed by a parameter name", "Write :name, as the method's parameter is named");
            }
            return new Expr.Param(text.substring(nameStart, position), start);
        }
        if (c == '\'' || c == '"') {
            return new Expr.Literal(Expr.Literal.Kind.STRING, string(), start);
        }
        if (c == '-' || c == '+' || Character.isDigit(c) || c == '.') {
            position++;
            while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '.'
                    || ((text.charAt(position) == '-' || text.charAt(position) == '+')
                            && (text.charAt(position - 1) == 'e' || text.charAt(position - 1) == 'E')))) {
                position++;
            }
            String number = text.substring(start, position);
            if (!number.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?[lL]?")) {
                throw problem(start, number.length(), "\"" + number + "\" is not a number", "Write numbers as 3, -2, 4.5 or 1e3");
            }
            return new Expr.Literal(Expr.Literal.Kind.NUMBER, number, start);
        }
        while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
            position++;
        }
        String word = text.substring(start, position);
        switch (word) {
            case "true":
            case "false":
            case "True":
            case "False":
                return new Expr.Literal(Expr.Literal.Kind.BOOLEAN, word.toLowerCase(java.util.Locale.ROOT), start);
            case "null":
            case "None":
                return new Expr.Literal(Expr.Literal.Kind.NULL, "null", start);
            default:
                throw problem(start, Math.max(1, word.length()), word.isEmpty() ? "expected a value, found '" + c + "'"
                        : "\"" + word + "\" is not a value", "Give a parameter (:" + (word.isEmpty() ? "name" : word)
                        + "), quote text ('" + (word.isEmpty() ? "text" : word) + "'), or write a number, true, false or null");
        }
    }

    // ---- F() arithmetic

    private Arithmetic sum() {
        Arithmetic left = product();
        while (true) {
            skipSpace();
            if (accept('+')) {
                left = new Expr.Binary('+', left, product());
            } else if (peekIs('-')) {
                position++;
                left = new Expr.Binary('-', left, product());
            } else {
                return left;
            }
        }
    }

    private Arithmetic product() {
        Arithmetic left = factor();
        while (true) {
            skipSpace();
            if (accept('*')) {
                left = new Expr.Binary('*', left, factor());
            } else if (accept('/')) {
                left = new Expr.Binary('/', left, factor());
            } else {
                return left;
            }
        }
    }

    private Arithmetic factor() {
        skipSpace();
        int start = position;
        if (peekIs('(')) {
            position++;
            Arithmetic inner = sum();
            if (!accept(')')) {
                throw problem(start, 1, "this parenthesis is not closed", "Add ')' after the expression");
            }
            return inner;
        }
        if (position < text.length() && text.charAt(position) == 'F' && text.startsWith("(", skipped(position + 1))) {
            position = skipped(position + 1) + 1;
            skipSpace();
            int pathStart = position;
            String path;
            if (peekIs('\'') || peekIs('"')) {
                pathStart = position + 1;
                path = string();
            } else {
                while (position < text.length() && isLookupChar(text.charAt(position))) {
                    position++;
                }
                path = text.substring(pathStart, position);
            }
            if (path.isEmpty()) {
                throw problem(pathStart, 1, "F() needs a field", "Write F(views) or F(blog__name)");
            }
            if (!accept(')')) {
                throw problem(start, 1, "F( is not closed", "Write F(" + path + ")");
            }
            return new Expr.Field(path, pathStart);
        }
        Value operand = simple();
        if (!(operand instanceof Expr.Param) && !(operand instanceof Expr.Literal
                && ((Expr.Literal) operand).kind() == Expr.Literal.Kind.NUMBER)) {
            throw problem(start, operand.text().length(), operand.text() + " is not a number", "Expressions compute "
                    + "with fields, numbers and number parameters");
        }
        return new Expr.Operand(operand);
    }

    // ---- characters

    private String string() {
        int start = position;
        char quote = text.charAt(position++);
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw problem(start, 1, "this text is not closed", "End it with " + quote);
            }
            char c = text.charAt(position++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && position < text.length()) {
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
    }

    static boolean isLookupChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private int skipped(int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private void skipSpace() {
        position = skipped(position);
    }

    private boolean peekIs(char c) {
        skipSpace();
        return position < text.length() && text.charAt(position) == c;
    }

    private boolean accept(char c) {
        if (peekIs(c)) {
            position++;
            return true;
        }
        return false;
    }

    private Problem problem(int at, int length, String what, String fix) {
        return new Problem(Diagnostic.QUERY_SYNTAX, at, length, where, what, fix);
    }
}
