package io.djongo.schema;

import io.djongo.DjongoException;
import io.djongo.meta.FieldKind;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The schema snapshots the processor writes at compile time, one JSON resource per
 * {@code @Model} ({@code META-INF/djongo/schema/com.example.blog.Entry.json}), read without
 * reflection: the collection, each field's key and stored type (embedded models inline),
 * defaults, indexes and the optional {@code $jsonSchema} validator. {@code makemigrations}
 * compares them with the state its migrations build.
 *
 * <pre>{@code
 * {"format": 1, "model": "com.example.blog.Entry", "collection": "entry",
 *  "fields": [{"key": "_id", "name": "id", "type": {"kind": "OBJECT_ID"}},
 *             {"key": "blog", "name": "blog", "type": {"kind": "EMBEDDED", "model": "com.example.blog.Blog",
 *                                                      "fields": [...]}},
 *             {"key": "rating", "name": "rating", "type": {"kind": "INT"}, "default": 0}],
 *  "indexes": [{"key": {"pub_date": -1}, "name": "pub_date_-1"}]}
 * }</pre>
 */
public final class SchemaSnapshot {
    /** The version of the format, written as {@code "format"}. */
    public static final int FORMAT = 1;

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true)
            .build();

    private SchemaSnapshot() {}

    /** The resource of {@code modelClass}'s snapshot: {@code META-INF/djongo/schema/<binary name>.json}. */
    public static String resource(String modelClass) {
        return "META-INF/djongo/schema/" + modelClass + ".json";
    }

    /** The snapshots of every {@code @Model} of {@code registry}, read from {@code loader}. */
    public static Schema load(ModelRegistry registry, ClassLoader loader) {
        List<CollectionSchema> collections = new ArrayList<>();
        for (ModelMeta<?> meta : registry.models()) {
            if (meta.kind() == ModelKind.MODEL) {
                collections.add(load(meta.modelClass().getName(), loader));
            }
        }
        return Schema.of(collections);
    }

    /** The snapshot of the {@code @Model} named {@code modelClass}. */
    public static CollectionSchema load(String modelClass, ClassLoader loader) {
        String resource = resource(modelClass);
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DjongoException("no schema snapshot " + resource + " on the class path for " + modelClass
                        + "; compile the model with djongo-processor");
            }
            return read(BsonDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    // ---- reading

    /** The collection described by a snapshot document. */
    public static CollectionSchema read(BsonDocument snapshot) {
        int format = snapshot.getInt32("format", new BsonInt32(0)).getValue();
        if (format != FORMAT) {
            throw new DjongoException("schema snapshot of " + snapshot.get("model") + " has format " + format
                    + "; this runtime reads format " + FORMAT + ": compile the models with the same version of Djongo");
        }
        List<IndexSpec> indexes = new ArrayList<>();
        for (BsonValue index : snapshot.getArray("indexes", new BsonArray())) {
            indexes.add(IndexSpec.fromBson(index.asDocument()));
        }
        return new CollectionSchema(snapshot.getString("collection").getValue(),
                snapshot.containsKey("model") ? snapshot.getString("model").getValue() : null,
                fields(snapshot.getArray("fields")), indexes,
                snapshot.containsKey("validator") ? snapshot.getDocument("validator") : null);
    }

    private static List<FieldSchema> fields(BsonArray array) {
        List<FieldSchema> fields = new ArrayList<>();
        for (BsonValue value : array) {
            BsonDocument field = value.asDocument();
            fields.add(new FieldSchema(field.getString("key").getValue(), field.getString("name").getValue(),
                    type(field.getDocument("type")), field.get("default")));
        }
        return fields;
    }

    private static TypeSchema type(BsonDocument type) {
        FieldKind kind = FieldKind.valueOf(type.getString("kind").getValue());
        switch (kind) {
            case LIST:
                return TypeSchema.list(type(type.getDocument("element")));
            case SET:
                return TypeSchema.set(type(type.getDocument("element")));
            case MAP:
                return TypeSchema.map(type(type.getDocument("element")));
            case EMBEDDED:
                return type.getBoolean("recursive", BsonBoolean.FALSE).getValue()
                        ? TypeSchema.recursive(type.getString("model").getValue())
                        : TypeSchema.embedded(type.getString("model").getValue(), fields(type.getArray("fields")));
            default:
                return TypeSchema.of(kind);
        }
    }

    // ---- writing, for tools and tests

    /** The snapshot document of {@code collection}, as the processor writes it. */
    public static BsonDocument write(CollectionSchema collection) {
        BsonDocument snapshot = new BsonDocument("format", new BsonInt32(FORMAT));
        if (collection.model() != null) {
            snapshot.append("model", new BsonString(collection.model()));
        }
        snapshot.append("collection", new BsonString(collection.name()))
                .append("fields", fields(collection.fields()));
        BsonArray indexes = new BsonArray();
        for (IndexSpec index : collection.indexes()) {
            indexes.add(index.toBson());
        }
        snapshot.append("indexes", indexes);
        if (collection.validator() != null) {
            snapshot.append("validator", collection.validator());
        }
        return snapshot;
    }

    /** The snapshot as indented JSON. */
    public static String toJson(CollectionSchema collection) {
        return write(collection).toJson(JSON);
    }

    private static BsonArray fields(List<FieldSchema> fields) {
        BsonArray array = new BsonArray();
        for (FieldSchema field : fields) {
            BsonDocument document = new BsonDocument("key", new BsonString(field.key()))
                    .append("name", new BsonString(field.name()))
                    .append("type", type(field.type()));
            if (field.defaultValue() != null) {
                document.append("default", field.defaultValue());
            }
            array.add(document);
        }
        return array;
    }

    private static BsonDocument type(TypeSchema type) {
        BsonDocument document = new BsonDocument("kind", new BsonString(type.kind().name()));
        if (type.element() != null) {
            document.append("element", type(type.element()));
        }
        if (type.model() != null) {
            document.append("model", new BsonString(type.model()));
            if (type.recursive()) {
                document.append("recursive", BsonBoolean.TRUE);
            } else {
                document.append("fields", fields(type.fields()));
            }
        }
        return document;
    }
}
