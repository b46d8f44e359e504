package io.djongo.processor.analysis.queries;

import io.djongo.processor.analysis.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonBoolean;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * MongoDB's relaxed JSON as users write it in {@code @Filter}, {@code @Update} and
 * {@code @Aggregate}, read with the position of everything, so a mistake is reported where it is:
 * unquoted keys (dots allowed), strings in single or double quotes, numbers, {@code true},
 * {@code false}, {@code null}, Extended JSON ({@code {$oid: '...'}}, {@code {$date: '...'}}), the
 * shell's {@code ObjectId('...')}, {@code ISODate('...')}, {@code NumberLong(5)},
 * {@code NumberDecimal('1.5')}, and method parameters as values: {@code {rating: {$gte: :min}}}.
 */
final class Json {
    /** A node of the text. */
    sealed interface Node {
        int at();
    }

    /** A document: its entries in order. */
    record Document(List<Entry> entries, int at) implements Node {}

    /** One key and its value; {@code at} is where the key starts. */
    record Entry(String key, int at, Node value) {}

    record Array(List<Node> items, int at) implements Node {}

    /** A value without parameters: a scalar, or an Extended JSON value. */
    record Scalar(BsonValue value, int at, int length) implements Node {}

    /** A method parameter, {@code :name}. */
    record Param(String name, int at) implements Node {}

    private static final List<String> WRAPPERS = List.of("$oid", "$date", "$numberLong", "$numberInt", "$numberDouble",
            "$numberDecimal", "$binary", "$regularExpression", "$timestamp", "$minKey", "$maxKey", "$undefined", "$symbol",
            "$code", "$uuid", "$dbPointer");

    private final String text;
    private final String where;
    private int position;

    private Json(String text, String where) {
        this.text = text;
        this.where = where;
    }

    /** The JSON value in {@code text}; {@code where} names the annotation for messages. */
    static Node parse(String text, String where) {
        Json json = new Json(text, where);
        Node value = json.value();
        json.skipSpace();
        if (json.position < text.length()) {
            throw json.problem(json.position, "unexpected '" + text.charAt(json.position) + "' after the end");
        }
        return value;
    }

    private Node value() {
        skipSpace();
        if (position >= text.length()) {
            throw problem(position, "the text ends where a value was expected");
        }
        int start = position;
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return document();
            case '[':
                return array();
            case '\'':
            case '"':
                return new Scalar(new BsonString(string()), start, position - start);
            case ':': {
                position++;
                int name = position;
                while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
                    position++;
                }
                if (name == position) {
                    throw problem(start, "':' must be followed by a parameter name, such as :min");
                }
                return new Param(text.substring(name, position), start);
            }
            default:
                break;
        }
        if (c == '-' || c == '+' || Character.isDigit(c) || c == '.') {
            return number();
        }
        String word = word();
        switch (word) {
            case "true":
                return new Scalar(BsonBoolean.TRUE, start, 4);
            case "false":
                return new Scalar(BsonBoolean.FALSE, start, 5);
            case "null":
                return new Scalar(BsonNull.VALUE, start, 4);
            case "":
                throw problem(start, "expected a value, found '" + c + "'");
            default:
                break;
        }
        skipSpace();
        if (word.equals("new") || (position < text.length() && text.charAt(position) == '(')) {
            return shell(start);
        }
        throw problem(start, "\"" + word + "\" is not a value; quote text, or write :" + word + " for a parameter");
    }

    /** A shell constructor such as {@code ObjectId('...')}, read by the driver's JSON reader. */
    private Node shell(int start) {
        int depth = 0;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            } else if (c == '\'' || c == '"') {
                position--;
                string();
            }
        }
        String call = text.substring(start, position);
        try {
            BsonValue value = BsonDocument.parse("{\"v\": " + call + "}").get("v");
            return new Scalar(value, start, call.length());
        } catch (RuntimeException e) {
            throw problem(start, call + " is not a value the shell's syntax allows (" + e.getMessage() + ")");
        }
    }

    private Node document() {
        int start = position++;
        List<Entry> entries = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            position++;
            return new Document(entries, start);
        }
        while (true) {
            skipSpace();
            int keyAt = position;
            String key = key();
            skipSpace();
            if (peek() != ':') {
                throw problem(position, "expected ':' after the key \"" + key + "\"");
            }
            position++;
            entries.add(new Entry(key, keyAt, value()));
            skipSpace();
            char c = peek();
            if (c == ',') {
                position++;
                continue;
            }
            if (c == '}') {
                position++;
                break;
            }
            throw problem(position, "expected ',' or '}' after the value of \"" + key + "\"");
        }
        if (!entries.isEmpty() && WRAPPERS.contains(entries.get(0).key()) && entries.size() <= 2
                && entries.stream().noneMatch(entry -> hasParam(entry.value()))) {
            return wrapper(entries, start);
        }
        return new Document(entries, start);
    }

    /** An Extended JSON value such as {@code {$date: '2024-01-01T00:00:00Z'}}, read by the driver's JSON reader. */
    private Node wrapper(List<Entry> entries, int start) {
        BsonDocument document = new BsonDocument();
        for (Entry entry : entries) {
            document.append(entry.key(), toBson(entry.value()));
        }
        try {
            return new Scalar(BsonDocument.parse("{\"v\": " + document.toJson() + "}").get("v"), start, position - start);
        } catch (RuntimeException e) {
            throw problem(start, document.toJson() + " is not a valid " + entries.get(0).key() + " value (" + e.getMessage()
                    + ")");
        }
    }

    private static boolean hasParam(Node node) {
        if (node instanceof Param) {
            return true;
        }
        if (node instanceof Document document) {
            return document.entries().stream().anyMatch(entry -> hasParam(entry.value()));
        }
        return node instanceof Array array && array.items().stream().anyMatch(Json::hasParam);
    }

    /** A node without parameters as BSON. */
    static BsonValue toBson(Node node) {
        if (node instanceof Scalar scalar) {
            return scalar.value();
        }
        if (node instanceof Document document) {
            BsonDocument out = new BsonDocument();
            for (Entry entry : document.entries()) {
                out.append(entry.key(), toBson(entry.value()));
            }
            return out;
        }
        if (node instanceof Array array) {
            org.bson.BsonArray out = new org.bson.BsonArray();
            for (Node item : array.items()) {
                out.add(toBson(item));
            }
            return out;
        }
        throw new IllegalStateException("a parameter has no BSON of its own");
    }

    private Node array() {
        int start = position++;
        List<Node> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            position++;
            return new Array(items, start);
        }
        while (true) {
            items.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                position++;
                continue;
            }
            if (c == ']') {
                position++;
                return new Array(items, start);
            }
            throw problem(position, "expected ',' or ']' in the list");
        }
    }

    private Node number() {
        int start = position;
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isLetterOrDigit(c) || c == '.' || ((c == '-' || c == '+')
                    && (text.charAt(position - 1) == 'e' || text.charAt(position - 1) == 'E'))) {
                position++;
            } else {
                break;
            }
        }
        String number = text.substring(start, position);
        try {
            if (number.matches("[-+]?\\d+")) {
                long value = Long.parseLong(number);
                return new Scalar(value == (int) value ? new BsonInt32((int) value) : new BsonInt64(value), start,
                        number.length());
            }
            if (number.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                return new Scalar(new BsonDouble(Double.parseDouble(number)), start, number.length());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(start, "\"" + number + "\" is not a number");
    }

    private String key() {
        char c = peek();
        if (c == '\'' || c == '"') {
            return string();
        }
        int start = position;
        while (position < text.length()) {
            char k = text.charAt(position);
            if (Character.isLetterOrDigit(k) || k == '$' || k == '_' || k == '.') {
                position++;
            } else {
                break;
            }
        }
        if (start == position) {
            throw problem(start, "expected a key, found '" + c + "'");
        }
        return text.substring(start, position);
    }

    private String word() {
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        return text.substring(start, position);
    }

    private String string() {
        int start = position;
        char quote = text.charAt(position++);
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw problem(start, "this string is not closed; end it with " + quote);
            }
            char c = text.charAt(position++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                throw problem(start, "this string is not closed; end it with " + quote);
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw problem(position - 2, "\\u needs four hex digits");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw problem(position - 2, "\\u needs four hex digits");
                    }
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw problem(position, "the text ends too early");
        }
        return text.charAt(position);
    }

    private Problem problem(int at, String what) {
        return new Problem(Diagnostic.BAD_JSON, at, 1, where, what);
    }
}
