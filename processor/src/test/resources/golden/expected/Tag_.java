package com.example.blog;

import io.djongo.codec.DocumentCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.query.ComparablePath;
import io.djongo.query.Deleted;
import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import io.djongo.query.ReversePath;
import io.djongo.query.StringPath;
import io.djongo.signals.Signals;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

/**
 * Query paths and the manager of {@link Tag}.
 *
 * <p>{@link Tag} extends this class, which gives it {@code save()}, {@code delete()},
 * {@code refreshFromDb()}, {@code fullClean()}, {@code validateUnique()} and equality by id.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public abstract class Tag_ {
    public static final ComparablePath<Tag, ObjectId> id = new ComparablePath<Tag, ObjectId>("_id", ValueCodecs.OBJECT_ID);

    public static final StringPath<Tag> name = new StringPath<Tag>("name");

    /**
     * The {@link Entry}s that refer to a {@link Tag} through {@code labels}.
     */
    public static final ReversePath<Tag, Entry> entrySet = new ReversePath<Tag, Entry>(Entry_.Meta::instance, "labels", "entrySet");

    /**
     * The objects {@code prefetchRelated} loaded for this object's reverse relations, by name.
     */
    private Map<String, List<?>> prefetched;

    protected Tag_() {
    }

    /**
     * The manager of {@link Tag} on the default connection.
     */
    public static Manager<Tag> objects() {
        return ManagerHolder.OBJECTS;
    }

    /**
     * The signals of {@link Tag}: {@code preSave}, {@code postSave}, {@code preDelete}, {@code postDelete}
     * and {@code postInit} receivers.
     */
    public static Signals<Tag> signals() {
        return Signals.of(Meta.INSTANCE);
    }

    private Tag self() {
        return (Tag) this;
    }

    /**
     * Validates this Tag, then inserts it when it has no id, otherwise replaces the stored document.
     */
    public Tag save() {
        return objects().save(self());
    }

    /**
     * Deletes the stored document with this Tag's id, with what its relations ask for; returns what
     * was deleted, in all and per model.
     */
    public Deleted delete() {
        return objects().delete(self());
    }

    /**
     * Checks every field option and constraint, the embedded models, {@code clean()} and the unique
     * values (Django's {@code full_clean}); throws {@code ValidationError} with every problem.
     */
    public void fullClean() {
        objects().fullClean(self());
    }

    /**
     * Checks with the database that no other Tag has this one's unique values.
     */
    public void validateUnique() {
        objects().validateUnique(self());
    }

    /**
     * Reloads every field from the stored document with this Tag's id.
     */
    public void refreshFromDb() {
        Tag self = self();
        Tag stored = objects().refresh(self);
        self.id = stored.id;
        self.name = stored.name;
    }

    /**
     * Django's model equality: equal to an instance of the same class with the same id; without
     * an id (never saved), equal only to itself.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        Tag that = (Tag) other;
        ObjectId id = self().id;
        return id != null && id.equals(that.id);
    }

    /**
     * The id's hash; the identity hash while there is no id.
     */
    @Override
    public int hashCode() {
        ObjectId id = self().id;
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    /**
     * The {@link Entry}s that refer to this Tag through {@code labels}, as a query.
     */
    public QuerySet<Entry> entrySet() {
        return entrySet.of(Meta.INSTANCE, self());
    }

    private static final class ManagerHolder {
        static final Manager<Tag> OBJECTS = Manager.of(Meta.INSTANCE);
    }

    /**
     * The BSON codec of {@link Tag}.
     */
    public static final class Codec extends DocumentCodec<Tag> {
        public static final Codec INSTANCE = new Codec();

        private Codec() {
            super(Tag.class);
        }

        @Override
        protected ModelMeta<Tag> meta() {
            return Meta.INSTANCE;
        }

        @Override
        public void encode(BsonWriter writer, Tag value, EncoderContext context) {
            writer.writeStartDocument();
            if (value.id != null) {
                writer.writeName("_id");
                ValueCodecs.OBJECT_ID.encode(writer, value.id, context);
            }
            writer.writeName("name");
            ValueCodecs.STRING.encodeNullable(writer, value.name, context);
            writer.writeEndDocument();
        }

        @Override
        public Tag decode(BsonReader reader, DecoderContext context) {
            Tag value = new Tag();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "_id" -> value.id = ValueCodecs.OBJECT_ID.decodeNullable(reader, context);
                        case "name" -> value.name = ValueCodecs.STRING.decodeNullable(reader, context);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw decodingFailure(key, e);
                }
            }
            reader.readEndDocument();
            return value;
        }
    }

    /**
     * The metadata of {@link Tag}.
     */
    public static final class Meta extends ModelMeta<Tag> {
        public static final Meta INSTANCE = new Meta();

        private static final FieldMeta ID = FieldMeta.of("id", "_id", FieldType.scalar(FieldKind.OBJECT_ID, ObjectId.class))
                .asId();

        private static final FieldMeta NAME = FieldMeta.of("name", "name", FieldType.scalar(FieldKind.STRING, String.class));

        private Meta() {
            super(Tag.class, ModelKind.MODEL, "tag");
        }

        /**
         * {@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.
         */
        public static ModelMeta<Tag> instance() {
            return INSTANCE;
        }

        @Override
        protected List<FieldMeta> declareFields() {
            return List.of(ID, NAME);
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public BsonValue idValue(Tag instance) {
            ObjectId id = instance.id;
            return id == null ? null : ValueCodecs.OBJECT_ID.toBsonValue(id);
        }

        @Override
        public boolean generatesIds() {
            return true;
        }

        @Override
        public Tag withGeneratedId(Tag instance) {
            instance.id = new ObjectId();
            return instance;
        }

        @Override
        public Map<String, List<?>> prefetched(Tag instance) {
            Tag_ companion = instance;
            if (companion.prefetched == null) {
                companion.prefetched = new ConcurrentHashMap<>();
            }
            return companion.prefetched;
        }
    }
}
