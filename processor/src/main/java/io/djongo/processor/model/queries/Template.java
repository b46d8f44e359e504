package io.djongo.processor.model.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * A BSON document computed at compile time with slots where call arguments go, and the
 * {@link Slot}s that fill them. The generated code holds it as text, {@link #text()}, which the
 * runtime's {@code io.djongo.query.declared.Template.parse} reads back into the same document:
 * {@code {find: 'entry', filter: {'blog.name': {$regex: ?0}, rating: {$gte: ?1}}}}.
 *
 * @param document the document, with a {@link #marker} at each slot
 * @param slots the slots, by number
 */
public record Template(BsonDocument document, List<Slot> slots) {
    /** The key of a slot marker: a NUL, which no document key may hold, so no query can contain it. */
    private static final String SLOT = "\u0000slot";

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    public Template {
        slots = List.copyOf(slots);
    }

    /** The marker of slot {@code index}, placed in a document where the slot's value goes. */
    public static BsonDocument marker(int index) {
        return new BsonDocument(SLOT, new BsonInt32(index));
    }

    /** The slot number of {@code value} when it is a marker, otherwise -1. */
    public static int slotOf(BsonValue value) {
        if (value.isDocument() && value.asDocument().size() == 1 && value.asDocument().containsKey(SLOT)) {
            return value.asDocument().getInt32(SLOT).getValue();
        }
        return -1;
    }

    /** Whether {@code value} holds a slot anywhere. */
    public static boolean hasSlots(BsonValue value) {
        if (slotOf(value) >= 0) {
            return true;
        }
        if (value.isDocument()) {
            return value.asDocument().values().stream().anyMatch(Template::hasSlots);
        }
        return value.isArray() && value.asArray().getValues().stream().anyMatch(Template::hasSlots);
    }

    /**
     * {@code document} with its slots (numbers into {@code all}) renumbered from 0 in the order they
     * appear, so the text reads {@code ?0, ?1, ...} from left to right.
     */
    public static Template of(BsonDocument document, List<Slot> all) {
        Map<Integer, Integer> numbers = new HashMap<>();
        List<Slot> slots = new ArrayList<>();
        BsonDocument renumbered = (BsonDocument) renumber(document, all, numbers, slots);
        return new Template(renumbered, slots);
    }

    private static BsonValue renumber(BsonValue value, List<Slot> all, Map<Integer, Integer> numbers, List<Slot> slots) {
        int slot = slotOf(value);
        if (slot >= 0) {
            Integer number = numbers.get(slot);
            if (number == null) {
                number = slots.size();
                numbers.put(slot, number);
                slots.add(all.get(slot));
            }
            return marker(number);
        }
        if (value.isDocument()) {
            BsonDocument copy = new BsonDocument();
            for (Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
                copy.append(entry.getKey(), renumber(entry.getValue(), all, numbers, slots));
            }
            return copy;
        }
        if (value.isArray()) {
            BsonArray copy = new BsonArray();
            for (BsonValue item : value.asArray()) {
                copy.add(renumber(item, all, numbers, slots));
            }
            return copy;
        }
        return value;
    }

    /** The document as the runtime's template text. */
    public String text() {
        StringBuilder out = new StringBuilder();
        write(document, out);
        return out.toString();
    }

    /** {@code value} in the template syntax: the shell's relaxed JSON, {@code ?n} for slots. */
    public static String text(BsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(BsonValue value, StringBuilder out) {
        int slot = slotOf(value);
        if (slot >= 0) {
            out.append('?').append(slot);
            return;
        }
        switch (value.getBsonType()) {
            case DOCUMENT: {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
                    out.append(first ? "" : ", ");
                    first = false;
                    key(entry.getKey(), out);
                    out.append(": ");
                    write(entry.getValue(), out);
                }
                out.append('}');
                return;
            }
            case ARRAY: {
                out.append('[');
                boolean first = true;
                for (BsonValue item : value.asArray()) {
                    out.append(first ? "" : ", ");
                    first = false;
                    write(item, out);
                }
                out.append(']');
                return;
            }
            case STRING:
                string(value.asString().getValue(), out);
                return;
            case INT32:
                out.append(value.asInt32().getValue());
                return;
            case INT64:
                out.append("{$numberLong: '").append(value.asInt64().getValue()).append("'}");
                return;
            case DOUBLE: {
                double number = value.asDouble().getValue();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    out.append("{$numberDouble: '").append(Double.isNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity")
                            .append("'}");
                } else {
                    out.append(Double.toString(number));
                }
                return;
            }
            case BOOLEAN:
                out.append(value.asBoolean().getValue());
                return;
            case NULL:
                out.append("null");
                return;
            default: {
                String json = new BsonDocument("v", value).toJson(RELAXED);
                out.append(json, "{\"v\": ".length(), json.length() - 1);
            }
        }
    }

    private static void key(String key, StringBuilder out) {
        if (key.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            out.append(key);
        } else {
            string(key, out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('\'');
    }
}
