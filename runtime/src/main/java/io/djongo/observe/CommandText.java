package io.djongo.observe;

import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * A command as one line of JSON for the log, with its values replaced by {@code ?} unless they are
 * to be shown, and cut at a length so that a large insert costs no more to log than a small one.
 *
 * <p>Redacted, what stays is what a developer needs to recognise a query and its indexes: every
 * key and operator, the command's own options ({@code "find": "entry"}, {@code limit},
 * {@code batchSize}, ...) and its {@code sort}, {@code projection}, {@code hint} and {@code cursor}
 * documents; every value inside filters, updates, inserted documents and pipelines becomes
 * {@code "?"}. The session and cluster-time fields the driver adds are left out.
 */
final class CommandText {
    /** Longest text logged for one command; the rest is cut. */
    static final int MAX_LENGTH = 2_000;

    static final String REDACTED = "\"?\"";

    /** Added by the driver to every command; they say nothing about the query. */
    private static final Set<String> LEFT_OUT = Set.of("lsid", "$clusterTime", "$db", "$readPreference");

    /** Command options that are documents of field names and directions, not of user values. */
    private static final Set<String> SHAPES = Set.of("sort", "projection", "fields", "hint", "cursor", "collation",
            "readConcern", "writeConcern");

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final StringBuilder text = new StringBuilder();

    private CommandText() {}

    /** The command as JSON: values redacted unless {@code showValues}, at most {@link #MAX_LENGTH} characters and a mark. */
    static String of(BsonDocument command, boolean showValues) {
        CommandText writer = new CommandText();
        writer.text.append('{');
        boolean first = true;
        for (Map.Entry<String, BsonValue> entry : command.entrySet()) {
            String key = entry.getKey();
            if (LEFT_OUT.contains(key)) {
                continue;
            }
            if (!first) {
                writer.text.append(", ");
            }
            writer.key(key);
            BsonValue value = entry.getValue();
            boolean shown = showValues || first || SHAPES.contains(key) || !(value.isDocument() || value.isArray());
            writer.value(value, shown);
            first = false;
            if (writer.full()) {
                break;
            }
        }
        writer.text.append('}');
        return writer.cut();
    }

    /** The collection a command works on: its first value, or {@code collection} for {@code getMore}; or {@code ""}. */
    static String collection(BsonDocument command) {
        if (command.isEmpty()) {
            return "";
        }
        BsonValue first = command.get(command.getFirstKey());
        if (first.isString()) {
            return first.asString().getValue();
        }
        BsonValue collection = command.get("collection");
        return collection != null && collection.isString() ? collection.asString().getValue() : "";
    }

    private void value(BsonValue value, boolean shown) {
        if (full()) {
            return;
        }
        if (value.isDocument()) {
            text.append('{');
            boolean first = true;
            for (Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
                if (full()) {
                    return;
                }
                if (!first) {
                    text.append(", ");
                }
                key(entry.getKey());
                value(entry.getValue(), shown);
                first = false;
            }
            text.append('}');
        } else if (value.isArray()) {
            text.append('[');
            BsonArray array = value.asArray();
            for (int i = 0; i < array.size() && !full(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                value(array.get(i), shown);
            }
            text.append(']');
        } else if (!shown) {
            text.append(REDACTED);
        } else {
            String json = new BsonDocument("v", value).toJson(JSON);
            text.append(json, json.indexOf(':') + 2, json.length() - 1);
        }
    }

    private void key(String key) {
        text.append('"');
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\');
            }
            text.append(c);
        }
        text.append("\": ");
    }

    private boolean full() {
        return text.length() > MAX_LENGTH;
    }

    private String cut() {
        if (text.length() <= MAX_LENGTH) {
            return text.toString();
        }
        return text.substring(0, MAX_LENGTH) + "... (cut at " + MAX_LENGTH + " characters)";
    }
}
