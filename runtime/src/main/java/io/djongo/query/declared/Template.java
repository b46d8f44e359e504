package io.djongo.query.declared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The BSON of a declared query, built once from the text the processor wrote, with numbered slots
 * ({@code ?0}, {@code ?1}) where the arguments of a call go:
 *
 * <pre>{@code
 * Template.parse("{find: 'entry', filter: {'blog.name': {$regex: ?0, $options: 'i'}, rating: {$gte: ?1}}}")
 *         .render(Slots.startsWith(prefix, where), ValueCodecs.INT.toBsonValue(min))
 * }</pre>
 *
 * <p>{@link #render} copies the template into a new document and puts the slot values in place: no
 * text is parsed and no lookup resolved at run time. Every call returns a document of its own, so
 * callers may change it.
 *
 * <p>The text is relaxed JSON, as the processor writes it: unquoted or quoted keys, strings in
 * single or double quotes, whole numbers as int32 (int64 as {@code {$numberLong: '5'}}), other
 * numbers as doubles, {@code true}, {@code false}, {@code null}, and MongoDB Extended JSON for the
 * other types ({@code {$date: ...}}, {@code {$oid: ...}}, ...).
 */
public final class Template {
    private final String text;
    private final Node root;
    private final int slots;

    private Template(String text, Node root, int slots) {
        this.text = text;
        this.root = root;
        this.slots = slots;
    }

    /**
     * The template written as {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is not a template document, saying where
     */
    public static Template parse(String text) {
        Parser parser = new Parser(Objects.requireNonNull(text, "text"));
        Node root = parser.document();
        parser.end();
        return new Template(text, root, parser.slots);
    }

    /** How many slots the template has: {@link #render} takes that many values. */
    public int slots() {
        return slots;
    }

    /**
     * A new document: the template with slot {@code i} holding {@code values[i]}.
     *
     * @throws IllegalArgumentException when the number of values is not {@link #slots()}
     */
    public BsonDocument render(BsonValue... values) {
        if (values.length != slots) {
            throw new IllegalArgumentException("the template has " + slots + " slots but " + values.length
                    + " values were given: " + text);
        }
        return (BsonDocument) root.render(values);
    }

    /** The text the template was parsed from. */
    @Override
    public String toString() {
        return text;
    }

    // ---- the parsed form

    private abstract static class Node {
        abstract BsonValue render(BsonValue[] values);

        /** The value when the node has no slot, otherwise {@code null}. */
        abstract BsonValue constant();
    }

    /**
     * A document with slots. Its entries are read in one loop without a call per value: an immutable
     * constant is appended as it is and a slot's value taken from the call's values; only documents and
     * arrays below are rendered by a call of their own. The render is then the appends a document
     * built by hand makes.
     */
    private static final class DocumentNode extends Node {
        private static final byte SHARED = 0;
        private static final byte SLOT = 1;
        private static final byte NESTED = 2;

        private final String[] keys;
        private final byte[] kinds;
        private final BsonValue[] constants;
        private final int[] slots;
        private final Node[] nested;

        DocumentNode(List<String> keys, List<Node> values) {
            int size = keys.size();
            this.keys = keys.toArray(new String[0]);
            this.kinds = new byte[size];
            this.constants = new BsonValue[size];
            this.slots = new int[size];
            this.nested = new Node[size];
            for (int i = 0; i < size; i++) {
                Node value = values.get(i);
                if (value instanceof ConstantNode && !((ConstantNode) value).mutable) {
                    kinds[i] = SHARED;
                    constants[i] = ((ConstantNode) value).value;
                } else if (value instanceof SlotNode) {
                    kinds[i] = SLOT;
                    slots[i] = ((SlotNode) value).index;
                } else {
                    kinds[i] = NESTED;
                    nested[i] = value;
                }
            }
        }

        @Override
        BsonValue constant() {
            BsonDocument document = new BsonDocument();
            for (int i = 0; i < keys.length; i++) {
                BsonValue value = kinds[i] == SHARED ? constants[i] : kinds[i] == SLOT ? null : nested[i].constant();
                if (value == null) {
                    return null;
                }
                document.append(keys[i], value);
            }
            return document;
        }

        @Override
        BsonValue render(BsonValue[] values) {
            BsonDocument document = new BsonDocument();
            for (int i = 0; i < keys.length; i++) {
                BsonValue value;
                switch (kinds[i]) {
                    case SHARED:
                        value = constants[i];
                        break;
                    case SLOT:
                        value = values[slots[i]];
                        if (value == null) {
                            throw new NullPointerException("slot ?" + slots[i] + " has no value");
                        }
                        break;
                    default:
                        value = nested[i].render(values);
                        break;
                }
                document.append(keys[i], value);
            }
            return document;
        }
    }

    private static final class ArrayNode extends Node {
        private final Node[] items;

        ArrayNode(List<Node> items) {
            this.items = items.toArray(new Node[0]);
        }

        @Override
        BsonValue constant() {
            List<BsonValue> values = new ArrayList<>(items.length);
            for (Node item : items) {
                BsonValue value = item.constant();
                if (value == null) {
                    return null;
                }
                values.add(value);
            }
            return new BsonArray(values);
        }

        @Override
        BsonValue render(BsonValue[] slots) {
            List<BsonValue> values = new ArrayList<>(items.length);
            for (Node item : items) {
                values.add(item.render(slots));
            }
            return new BsonArray(values);
        }
    }

    private static final class SlotNode extends Node {
        private final int index;

        SlotNode(int index) {
            this.index = index;
        }

        @Override
        BsonValue constant() {
            return null;
        }

        @Override
        BsonValue render(BsonValue[] slots) {
            return Objects.requireNonNull(slots[index], () -> "slot ?" + index + " has no value");
        }
    }

    /**
     * A value without slots: immutable values are shared, documents, arrays and binaries copied for
     * each render (a JavaScript scope is never in a query template).
     */
    private static final class ConstantNode extends Node {
        private final BsonValue value;
        private final boolean mutable;

        ConstantNode(BsonValue value) {
            this.value = value;
            this.mutable = value.isDocument() || value.isArray() || value.isBinary();
        }

        @Override
        BsonValue constant() {
            return value;
        }

        @Override
        BsonValue render(BsonValue[] slots) {
            if (!mutable) {
                return value;
            }
            if (value.isBinary()) {
                BsonBinary binary = value.asBinary();
                return new BsonBinary(binary.getType(), binary.getData().clone());
            }
            return value.isDocument() ? value.asDocument().clone() : value.asArray().clone();
        }
    }

    // ---- the parser

    /** The Extended JSON wrappers of single values, which the driver's reader turns into their types. */
    private static final List<String> WRAPPERS = List.of("$oid", "$date", "$numberLong", "$numberInt", "$numberDouble",
            "$numberDecimal", "$binary", "$regularExpression", "$timestamp", "$minKey", "$maxKey", "$undefined",
            "$symbol", "$code", "$uuid", "$dbPointer");

    private static final class Parser {
        private final String text;
        private int position;
        private int slots;

        Parser(String text) {
            this.text = text;
        }

        Node document() {
            skipSpace();
            expect('{');
            List<String> keys = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            skipSpace();
            if (peek() == '}') {
                position++;
                return new ConstantNode(new BsonDocument());
            }
            while (true) {
                skipSpace();
                keys.add(key());
                skipSpace();
                expect(':');
                values.add(value());
                skipSpace();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect('}');
                break;
            }
            if (keys.size() <= 2 && WRAPPERS.contains(keys.get(0)) && values.stream().allMatch(value -> value.constant() != null)) {
                return new ConstantNode(wrapped(keys, values));
            }
            return new DocumentNode(keys, values);
        }

        /** {@code {$date: ...}} and the other wrappers, read by the driver's Extended JSON reader. */
        private BsonValue wrapped(List<String> keys, List<Node> values) {
            BsonDocument wrapper = new BsonDocument();
            for (int i = 0; i < keys.size(); i++) {
                wrapper.append(keys.get(i), values.get(i).constant());
            }
            try {
                return BsonDocument.parse("{\"v\": " + wrapper.toJson() + "}").get("v");
            } catch (RuntimeException e) {
                throw error("the Extended JSON value " + wrapper.toJson() + " is not valid (" + e.getMessage() + ")");
            }
        }

        private Node array() {
            expect('[');
            List<Node> items = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                position++;
                return new ConstantNode(new BsonArray());
            }
            while (true) {
                items.add(value());
                skipSpace();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect(']');
                break;
            }
            if (items.stream().allMatch(ConstantNode.class::isInstance)) {
                BsonArray constant = new BsonArray();
                for (Node item : items) {
                    constant.add(((ConstantNode) item).value);
                }
                return new ConstantNode(constant);
            }
            return new ArrayNode(items);
        }

        private Node value() {
            skipSpace();
            char c = peek();
            switch (c) {
                case '{':
                    return document();
                case '[':
                    return array();
                case '\'':
                case '"':
                    return new ConstantNode(new BsonString(string()));
                case '?': {
                    position++;
                    int start = position;
                    while (position < text.length() && Character.isDigit(text.charAt(position))) {
                        position++;
                    }
                    if (start == position) {
                        throw error("a slot is ? followed by its number, such as ?0");
                    }
                    int index = Integer.parseInt(text.substring(start, position));
                    slots = Math.max(slots, index + 1);
                    return new SlotNode(index);
                }
                default:
                    break;
            }
            if (c == '-' || Character.isDigit(c)) {
                return new ConstantNode(number());
            }
            String word = word();
            switch (word) {
                case "true":
                    return new ConstantNode(BsonBoolean.TRUE);
                case "false":
                    return new ConstantNode(BsonBoolean.FALSE);
                case "null":
                    return new ConstantNode(BsonNull.VALUE);
                default:
                    throw error("expected a value, found " + (word.isEmpty() ? "'" + c + "'" : word));
            }
        }

        private BsonValue number() {
            int start = position;
            if (peek() == '-') {
                position++;
            }
            boolean whole = true;
            while (position < text.length()) {
                char c = text.charAt(position);
                if (Character.isDigit(c)) {
                    position++;
                } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && position > start)) {
                    whole = false;
                    position++;
                } else {
                    break;
                }
            }
            String number = text.substring(start, position);
            try {
                if (!whole) {
                    return new BsonDouble(Double.parseDouble(number));
                }
                long value = Long.parseLong(number);
                return value == (int) value ? new BsonInt32((int) value) : new BsonInt64(value);
            } catch (NumberFormatException e) {
                throw error("\"" + number + "\" is not a number");
            }
        }

        private String key() {
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            String word = word();
            if (word.isEmpty()) {
                throw error("expected a key, found '" + c + "'");
            }
            return word;
        }

        private String word() {
            int start = position;
            while (position < text.length()) {
                char c = text.charAt(position);
                if (Character.isLetterOrDigit(c) || c == '$' || c == '_') {
                    position++;
                } else {
                    break;
                }
            }
            return text.substring(start, position);
        }

        private String string() {
            char quote = text.charAt(position++);
            StringBuilder out = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw error("a string is not closed");
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
                    throw error("a string is not closed");
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case 'n':
                        out.append('\n');
                        break;
                    case 'r':
                        out.append('\r');
                        break;
                    case 't':
                        out.append('\t');
                        break;
                    case 'b':
                        out.append('\b');
                        break;
                    case 'f':
                        out.append('\f');
                        break;
                    case 'u':
                        if (position + 4 > text.length()) {
                            throw error("\\u needs four hex digits");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        } catch (NumberFormatException e) {
                            throw error("\\u needs four hex digits");
                        }
                        position += 4;
                        break;
                    default:
                        out.append(escaped); // \\, \', \", \/
                        break;
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
                throw error("the text ends too early");
            }
            return text.charAt(position);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "', found '" + peek() + "'");
            }
            position++;
        }

        void end() {
            skipSpace();
            if (position != text.length()) {
                throw error("unexpected text after the document");
            }
        }

        private IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("not a template, at character " + position + ": " + problem + ": " + text);
        }
    }
}
