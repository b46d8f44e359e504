package com.example.blog;

import io.djongo.codec.BsonValues;
import io.djongo.codec.DocumentCodec;
import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.query.ArrayPath;
import io.djongo.query.ComparablePath;
import io.djongo.query.DatePath;
import io.djongo.query.Deleted;
import io.djongo.query.Manager;
import io.djongo.query.NumberPath;
import io.djongo.query.Path;
import io.djongo.query.StringPath;
import io.djongo.signals.Signals;
import io.djongo.validation.Violations;
import java.time.Instant;
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
 * Query paths and the manager of {@link Review}.
 *
 * <p>{@link Review} extends this class, which gives it {@code save()}, {@code delete()},
 * {@code fullClean()}, {@code validateUnique()} and equality by id.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public abstract class Review_ {
    public static final ComparablePath<Review, ObjectId> id = new ComparablePath<Review, ObjectId>("_id", ValueCodecs.OBJECT_ID);

    public static final StringPath<Review> title = new StringPath<Review>("title");

    public static final NumberPath<Review, Integer> stars = new NumberPath<Review, Integer>("stars", ValueCodecs.INT);

    public static final Path<Review, Boolean> verified = new Path<Review, Boolean>("verified", ValueCodecs.BOOLEAN);

    public static final DatePath<Review, Instant> created = new DatePath<Review, Instant>("created", ValueCodecs.INSTANT);

    public static final StringPath<Review> language = new StringPath<Review>("language");

    public static final NumberPath<Review, Long> version = new NumberPath<Review, Long>("version", ValueCodecs.LONG);

    public static final ArrayPath<Review, String> notes = new ArrayPath<Review, String>("notes", ValueCodecs.STRING);

    /**
     * The objects {@code prefetchRelated} loaded for this object's reverse relations, by name.
     */
    private Map<String, List<?>> prefetched;

    protected Review_() {
    }

    /**
     * The manager of {@link Review} on the default connection.
     */
    public static Manager<Review> objects() {
        return ManagerHolder.OBJECTS;
    }

    /**
     * The signals of {@link Review}: {@code preSave}, {@code postSave}, {@code preDelete}, {@code postDelete}
     * and {@code postInit} receivers.
     */
    public static Signals<Review> signals() {
        return Signals.of(Meta.INSTANCE);
    }

    private Review self() {
        return (Review) this;
    }

    /**
     * Validates this Review, then inserts it when it has no id, otherwise replaces the stored document.
     */
    public Review save() {
        return objects().save(self());
    }

    /**
     * Deletes the stored document with this Review's id, with what its relations ask for; returns what
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
     * Checks with the database that no other Review has this one's unique values.
     */
    public void validateUnique() {
        objects().validateUnique(self());
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
        Review that = (Review) other;
        ObjectId id = self().getId();
        return id != null && id.equals(that.getId());
    }

    /**
     * The id's hash; the identity hash while there is no id.
     */
    @Override
    public int hashCode() {
        ObjectId id = self().getId();
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    private static final class ManagerHolder {
        static final Manager<Review> OBJECTS = Manager.of(Meta.INSTANCE);
    }

    /**
     * The BSON codec of {@link Review}.
     */
    public static final class Codec extends DocumentCodec<Review> {
        public static final Codec INSTANCE = new Codec();

        private static final ValueCodec<List<String>> NOTES_CODEC = ValueCodecs.listOf(ValueCodecs.STRING);

        private Codec() {
            super(Review.class);
        }

        @Override
        protected ModelMeta<Review> meta() {
            return Meta.INSTANCE;
        }

        @Override
        public void encode(BsonWriter writer, Review value, EncoderContext context) {
            writer.writeStartDocument();
            if (value.getId() != null) {
                writer.writeName("_id");
                ValueCodecs.OBJECT_ID.encode(writer, value.getId(), context);
            }
            writer.writeName("title");
            ValueCodecs.STRING.encodeNullable(writer, value.getTitle(), context);
            writer.writeInt32("stars", value.getStars());
            writer.writeBoolean("verified", value.isVerified());
            writer.writeName("created");
            ValueCodecs.INSTANT.encodeNullable(writer, value.getCreated(), context);
            writer.writeName("language");
            ValueCodecs.STRING.encodeNullable(writer, value.getLanguage(), context);
            writer.writeInt64("version", value.getVersion());
            writer.writeName("notes");
            NOTES_CODEC.encodeNullable(writer, value.getNotes(), context);
            writer.writeEndDocument();
        }

        @Override
        public Review decode(BsonReader reader, DecoderContext context) {
            ObjectId id = null;
            String title = null;
            int stars = 0;
            boolean verified = false;
            Instant created = null;
            String language = "en";
            long version = 0L;
            List<String> notes = null;
            boolean notesRead = false;
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "_id" -> id = ValueCodecs.OBJECT_ID.decodeNullable(reader, context);
                        case "title" -> title = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "stars" -> stars = BsonValues.readInt(reader);
                        case "verified" -> verified = BsonValues.readBoolean(reader);
                        case "created" -> created = ValueCodecs.INSTANT.decodeNullable(reader, context);
                        case "language" -> language = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "version" -> version = BsonValues.readLong(reader);
                        case "notes" -> {
                            notes = NOTES_CODEC.decodeNullable(reader, context);
                            notesRead = true;
                        }
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw decodingFailure(key, e);
                }
            }
            reader.readEndDocument();
            Review value = new Review(id, title, stars, verified, created, language, version);
            if (notesRead) {
                value.setNotes(notes);
            }
            return value;
        }
    }

    /**
     * The metadata of {@link Review}.
     */
    public static final class Meta extends ModelMeta<Review> {
        public static final Meta INSTANCE = new Meta();

        private static final FieldMeta ID = FieldMeta.of("id", "_id", FieldType.scalar(FieldKind.OBJECT_ID, ObjectId.class))
                .asId();

        private static final FieldMeta TITLE = FieldMeta.of("title", "title", FieldType.scalar(FieldKind.STRING, String.class))
                .withMaxLength(80);

        private static final FieldMeta STARS = FieldMeta.of("stars", "stars", FieldType.scalar(FieldKind.INT, int.class));

        private static final FieldMeta VERIFIED = FieldMeta.of("verified", "verified", FieldType.scalar(FieldKind.BOOLEAN, boolean.class));

        private static final FieldMeta CREATED = FieldMeta.of("created", "created", FieldType.scalar(FieldKind.INSTANT, Instant.class))
                .withAutoNowAdd();

        private static final FieldMeta LANGUAGE = FieldMeta.of("language", "language", FieldType.scalar(FieldKind.STRING, String.class))
                .withDefault(() -> "en");

        private static final FieldMeta VERSION = FieldMeta.of("version", "version", FieldType.scalar(FieldKind.LONG, long.class))
                .asVersion();

        private static final FieldMeta NOTES = FieldMeta.of("notes", "notes", FieldType.list(FieldType.scalar(FieldKind.STRING, String.class)));

        private Meta() {
            super(Review.class, ModelKind.MODEL, "review");
        }

        /**
         * {@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.
         */
        public static ModelMeta<Review> instance() {
            return INSTANCE;
        }

        @Override
        protected List<FieldMeta> declareFields() {
            return List.of(ID, TITLE, STARS, VERIFIED, CREATED, LANGUAGE, VERSION, NOTES);
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public void validate(Review value, Violations violations) {
            violations.check(TITLE, value.getTitle());
        }

        @Override
        public BsonValue idValue(Review instance) {
            ObjectId id = instance.getId();
            return id == null ? null : ValueCodecs.OBJECT_ID.toBsonValue(id);
        }

        @Override
        public boolean generatesIds() {
            return true;
        }

        @Override
        public Review withGeneratedId(Review instance) {
            Review copy = new Review(new ObjectId(), instance.getTitle(), instance.getStars(),
                    instance.isVerified(), instance.getCreated(), instance.getLanguage(),
                    instance.getVersion());
            copy.setNotes(instance.getNotes());
            return copy;
        }

        @Override
        public long version(Review instance) {
            return instance.getVersion();
        }

        @Override
        public Review withVersion(Review instance, long version) {
            Review copy = new Review(instance.getId(), instance.getTitle(), instance.getStars(),
                    instance.isVerified(), instance.getCreated(), instance.getLanguage(), version);
            copy.setNotes(instance.getNotes());
            return copy;
        }

        @Override
        public boolean hasTimestamps() {
            return true;
        }

        @Override
        public Review withTimestamps(Review instance, boolean adding, Instant now) {
            Review copy = new Review(instance.getId(), instance.getTitle(), instance.getStars(),
                    instance.isVerified(),
                    adding || instance.getCreated() == null ? now : instance.getCreated(),
                    instance.getLanguage(), instance.getVersion());
            copy.setNotes(instance.getNotes());
            return copy;
        }

        @Override
        public Review withDefaults(Review instance) {
            Review copy = new Review(instance.getId(), instance.getTitle(), instance.getStars(),
                    instance.isVerified(), instance.getCreated(),
                    instance.getLanguage() == null ? "en" : instance.getLanguage(),
                    instance.getVersion());
            copy.setNotes(instance.getNotes());
            return copy;
        }

        @Override
        public Map<String, List<?>> prefetched(Review instance) {
            Review_ companion = instance;
            if (companion.prefetched == null) {
                companion.prefetched = new ConcurrentHashMap<>();
            }
            return companion.prefetched;
        }
    }
}
