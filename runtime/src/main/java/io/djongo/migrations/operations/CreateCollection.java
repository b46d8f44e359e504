package io.djongo.migrations.operations;

import io.djongo.migrations.Command;
import io.djongo.migrations.InconsistentMigrationsError;
import io.djongo.migrations.MigrationContext;
import io.djongo.migrations.MigrationError;
import io.djongo.migrations.MigrationNames;
import io.djongo.migrations.Operation;
import io.djongo.schema.CollectionSchema;
import io.djongo.schema.FieldSchema;
import io.djongo.schema.Schema;
import io.djongo.schema.TypeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Creates a collection, with the fields its documents hold (Django's {@code CreateModel}) and an
 * optional {@code $jsonSchema} validator. MongoDB has no columns, so the fields only enter the
 * state that later operations and {@code makemigrations} read; the database gets the collection
 * and the validator. A collection that already exists (made by inserts before migrations were
 * used) is adopted, and given the validator if it lacks it. Undone by dropping the collection.
 *
 * <pre>{@code
 * CreateCollection.named("entry")
 *         .model("com.example.blog.Entry")
 *         .field("_id", "id", OBJECT_ID)
 *         .field("headline", STRING)
 * }</pre>
 *
 * @param name the collection
 * @param model the class name of the model stored in it, for the reader and rename detection; may be {@code null}
 * @param fields the fields of its documents
 * @param validator the validator document ({@code {"$jsonSchema": {...}}}), or {@code null}
 */
public record CreateCollection(String name, String model, List<FieldSchema> fields, BsonDocument validator)
        implements Operation {

    public CreateCollection {
        Names.checkCollection(name);
        fields = List.copyOf(fields);
        validator = validator == null ? null : validator.clone();
        List<String> keys = new ArrayList<>();
        for (FieldSchema field : fields) {
            if (keys.contains(field.key())) {
                throw new IllegalArgumentException("collection " + name + " declares the field " + field.key() + " twice");
            }
            keys.add(field.key());
        }
    }

    /** A collection without fields yet; add them with {@link #field}. */
    public static CreateCollection named(String name) {
        return new CreateCollection(name, null, List.of(), null);
    }

    /** The same operation, recording the model class stored in the collection. */
    public CreateCollection model(String modelClass) {
        return new CreateCollection(name, modelClass, fields, validator);
    }

    /** The same operation with one more field. */
    public CreateCollection field(FieldSchema field) {
        List<FieldSchema> more = new ArrayList<>(fields);
        more.add(Objects.requireNonNull(field, "field"));
        return new CreateCollection(name, model, more, validator);
    }

    /** The same operation with one more field, whose Java name is its key. */
    public CreateCollection field(String key, TypeSchema type) {
        return field(FieldSchema.of(key, key, type));
    }

    /** The same operation with one more field stored under {@code key} with Java name {@code javaName}. */
    public CreateCollection field(String key, String javaName, TypeSchema type) {
        return field(FieldSchema.of(key, javaName, type));
    }

    /** The same operation with a validator, in MongoDB's JSON syntax ({@code {"$jsonSchema": {...}}}). */
    public CreateCollection validator(String json) {
        return validator(BsonDocument.parse(json));
    }

    public CreateCollection validator(BsonDocument document) {
        return new CreateCollection(name, model, fields, document);
    }

    @Override
    public String describe() {
        return "Create collection " + name + (validator == null ? "" : " with a validator");
    }

    @Override
    public Schema stateForwards(Schema before) {
        if (before.collection(name).isPresent()) {
            throw new InconsistentMigrationsError(describe() + ": the earlier migrations already created " + name);
        }
        return before.with(new CollectionSchema(name, model, fields, List.of(), validator));
    }

    @Override
    public List<Command> plan(String database, Schema before) {
        BsonDocument create = new BsonDocument("create", new BsonString(name));
        if (validator != null) {
            create.append("validator", validator);
        }
        return List.of(Command.of(create));
    }

    @Override
    public void forwards(MigrationContext context) {
        boolean existed = context.server().listedCollection(name).isPresent();
        if (!existed) {
            context.run(plan(context.database().getName(), context.before()).get(0));
        } else if (validator != null && !validator.equals(context.server().listedValidator(name))) {
            context.run(SetValidator.collMod(name, validator));
        }
        if (context.server().listedCollection(name).isEmpty()) {
            throw new MigrationError(describe() + ": the server answered ok, but listCollections does not show " + name);
        }
        if (validator != null) {
            BsonDocument listed = context.server().listedValidator(name);
            if (!validator.equals(listed)) {
                if (!existed) {
                    Names.dropQuietly(context, name);
                }
                throw new MigrationError(describe() + ": the server accepted the validator but does not keep it (listCollections"
                        + " shows " + (listed == null ? "no validator" : listed.toJson()) + "), so it would not validate "
                        + "documents" + (existed ? "" : "; the collection was dropped again")
                        + ". Remove serverValidation from the model, or migrate on a server with validators (MongoDB)");
            }
        }
    }

    @Override
    public boolean reversible() {
        return true;
    }

    /** Drops the collection and its documents, as Django's {@code CreateModel} drops its table. */
    @Override
    public void backwards(MigrationContext context) {
        new DropCollection(name).forwards(context);
    }

    @Override
    public List<Command> planBackwards(String database, Schema before) {
        return new DropCollection(name).plan(database, before);
    }

    @Override
    public String nameFragment() {
        return "Create" + MigrationNames.camel(name);
    }
}
