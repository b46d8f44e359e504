package io.djongo.migrations.operations;

import io.djongo.migrations.Command;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationError;
import io.djongo.schema.CollectionSchema;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The database side of the field operations, shared by them and their reversals: one
 * server-side update where it reaches every value (top-level fields and fields of single
 * embedded documents), a batched {@link Rewrite} elsewhere (arrays and maps of embedded models,
 * models that contain themselves, type conversions). Each is idempotent.
 */
final class FieldChanges {
    private FieldChanges() {}

    // ---- fill missing values with a default

    static List<Command> planFill(String collection, CollectionSchema schema, String parent, String key, BsonValue value) {
        if (FieldPaths.serverSide(schema, parent)) {
            return List.of(Command.of(update(collection, fillFilter(parent, key), new BsonDocument("$set",
                    new BsonDocument(FieldPaths.join(parent, key), value)))));
        }
        return List.of(Command.note(Rewrite.planNote(collection, top(parent, key),
                "sets " + key + " to " + json(value) + " in each " + parent + " element without it")));
    }

    static void fill(MigrationContext context, CollectionSchema schema, String parent, String key, BsonValue value, String task) {
        if (FieldPaths.serverSide(schema, parent)) {
            context.run(planFill(schema.name(), schema, parent, key, value).get(0));
            return;
        }
        new Rewrite(context, schema, parent, top(parent, key), task, container -> {
            if (container.containsKey(key)) {
                return false;
            }
            container.append(key, copy(value));
            return true;
        }).run();
    }

    private static BsonDocument fillFilter(String parent, String key) {
        BsonDocument filter = new BsonDocument();
        if (!parent.isEmpty()) {
            filter.append(parent, new BsonDocument("$type", new BsonString("object")));
        }
        return filter.append(FieldPaths.join(parent, key), new BsonDocument("$exists", BsonBoolean.FALSE));
    }

    // ---- remove values

    static List<Command> planUnset(String collection, CollectionSchema schema, String parent, String key) {
        String path = FieldPaths.join(parent, key);
        if (FieldPaths.serverSide(schema, parent)) {
            return List.of(Command.of(update(collection, new BsonDocument(path, new BsonDocument("$exists", BsonBoolean.TRUE)),
                    new BsonDocument("$unset", new BsonDocument(path, new BsonString(""))))));
        }
        return List.of(Command.note(Rewrite.planNote(collection, top(parent, key),
                "removes " + key + " from each " + parent + " element")));
    }

    static void unset(MigrationContext context, CollectionSchema schema, String parent, String key, String task) {
        if (FieldPaths.serverSide(schema, parent)) {
            context.run(planUnset(schema.name(), schema, parent, key).get(0));
            return;
        }
        new Rewrite(context, schema, parent, top(parent, key), task, container -> container.remove(key) != null).run();
    }

    // ---- rename keys

    static List<Command> planRename(String collection, CollectionSchema schema, String parent, String from, String to) {
        String oldPath = FieldPaths.join(parent, from);
        String newPath = FieldPaths.join(parent, to);
        if (FieldPaths.serverSide(schema, parent)) {
            return List.of(Command.of(update(collection, new BsonDocument(oldPath, new BsonDocument("$exists", BsonBoolean.TRUE))
                            .append(newPath, new BsonDocument("$exists", BsonBoolean.FALSE)),
                    new BsonDocument("$rename", new BsonDocument(oldPath, new BsonString(newPath))))),
                    Command.note("then counts the documents that still have " + oldPath + " (they also have " + newPath
                            + "): if any, the step fails and nothing of theirs is overwritten"));
        }
        return List.of(Command.note(Rewrite.planNote(collection, top(parent, from),
                "renames " + from + " to " + to + " in each " + parent + " element")));
    }

    static void rename(MigrationContext context, CollectionSchema schema, String parent, String from, String to, String task) {
        String oldPath = FieldPaths.join(parent, from);
        String newPath = FieldPaths.join(parent, to);
        if (FieldPaths.serverSide(schema, parent)) {
            context.run(planRename(schema.name(), schema, parent, from, to).get(0));
            long both = context.collection(schema.name())
                    .countDocuments(new BsonDocument(oldPath, new BsonDocument("$exists", BsonBoolean.TRUE)));
            if (both > 0) {
                throw new MigrationError(task + ": " + both + " document" + (both == 1 ? " has" : "s have") + " both "
                        + oldPath + " and " + newPath + " in " + schema.name() + ", so " + oldPath
                        + " was left in place there rather than overwrite " + newPath
                        + "; keep one of the two values in those documents (find them with {\"" + oldPath
                        + "\": {\"$exists\": true}}) and run migrate again");
            }
            return;
        }
        new Rewrite(context, schema, parent, top(parent, from), task, container -> {
            if (!container.containsKey(from)) {
                return false;
            }
            if (container.containsKey(to)) {
                throw new Rewrite.Conflict("an element of " + parent + " has both " + from + " and " + to);
            }
            BsonDocument renamed = new BsonDocument();
            container.forEach((k, v) -> renamed.append(k.equals(from) ? to : k, v));
            container.clear();
            container.putAll(renamed);
            return true;
        }).run();
    }

    // ---- convert values

    static List<Command> planConvert(String collection, String parent, String key, String what) {
        return List.of(Command.note(Rewrite.planNote(collection, top(parent, key), what)));
    }

    static void convert(MigrationContext context, CollectionSchema schema, String parent, String key,
            UnaryOperator<BsonValue> conversion, String task) {
        new Rewrite(context, schema, parent, top(parent, key), task, container -> {
            BsonValue value = container.get(key);
            if (value == null) {
                return false;
            }
            BsonValue converted;
            try {
                converted = conversion.apply(value);
            } catch (Rewrite.Conflict e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Rewrite.Conflict("the converter failed on " + json(value) + ": " + e);
            }
            if (converted == null) {
                throw new Rewrite.Conflict("the converter returned null for " + json(value) + "; return BsonNull.VALUE to store null");
            }
            if (converted.equals(value) && converted.getBsonType() == value.getBsonType()) {
                return false;
            }
            container.put(key, converted);
            return true;
        }).run();
    }

    // ----

    static BsonDocument update(String collection, BsonDocument filter, BsonDocument update) {
        return new BsonDocument("update", new BsonString(collection))
                .append("updates", new BsonArray(List.of(new BsonDocument("q", filter).append("u", update)
                        .append("multi", BsonBoolean.TRUE))));
    }

    /** The top-level key whose value holds the container's values. */
    static String top(String parent, String key) {
        return parent.isEmpty() ? key : FieldPaths.split(parent).get(0);
    }

    /** A copy of {@code value} that changes to the original cannot reach. */
    static BsonValue copy(BsonValue value) {
        if (value.isDocument()) {
            return value.asDocument().clone();
        }
        return value.isArray() ? value.asArray().clone() : value;
    }

    static String json(BsonValue value) {
        String json = new BsonDocument("v", value).toJson();
        return json.substring(json.indexOf(':') + 1, json.length() - 1).trim();
    }
}
