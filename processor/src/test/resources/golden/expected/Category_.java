package com.example.blog;

import io.djongo.codec.BsonValues;
import io.djongo.codec.DocumentCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.query.DatePath;
import io.djongo.query.Manager;
import io.djongo.query.NumberPath;
import io.djongo.query.ReversePath;
import io.djongo.query.StringPath;
import io.djongo.signals.Signals;
import io.djongo.validation.Violations;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Query paths and the manager of {@link Category}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Category_ {
    public static final StringPath<Category> slug = new StringPath<Category>("_id");

    public static final StringPath<Category> kind = new StringPath<Category>("kind");

    public static final NumberPath<Category, Integer> position = new NumberPath<Category, Integer>("position", ValueCodecs.INT);

    public static final DatePath<Category, Instant> updated = new DatePath<Category, Instant>("updated", ValueCodecs.INSTANT);

    public static final NumberPath<Category, Integer> version = new NumberPath<Category, Integer>("version", ValueCodecs.INT);

    /**
     * The {@link Entry}s that refer to a {@link Category} through {@code category_id}.
     */
    public static final ReversePath<Category, Entry> entries = new ReversePath<Category, Entry>(Entry_.Meta::instance, "category_id", "entries");

    private Category_() {
    }

    /**
     * The manager of {@link Category} on the default connection.
     */
    public static Manager<Category> objects() {
        return ManagerHolder.OBJECTS;
    }

    /**
     * The signals of {@link Category}: {@code preSave}, {@code postSave}, {@code preDelete}, {@code postDelete}
     * and {@code postInit} receivers.
     */
    public static Signals<Category> signals() {
        return Signals.of(Meta.INSTANCE);
    }

    private static final class ManagerHolder {
        static final Manager<Category> OBJECTS = Manager.of(Meta.INSTANCE);
    }

    /**
     * The BSON codec of {@link Category}.
     */
    public static final class Codec extends DocumentCodec<Category> {
        public static final Codec INSTANCE = new Codec();

        private Codec() {
            super(Category.class);
        }

        @Override
        protected ModelMeta<Category> meta() {
            return Meta.INSTANCE;
        }

        @Override
        public void encode(BsonWriter writer, Category value, EncoderContext context) {
            writer.writeStartDocument();
            if (value.slug() != null) {
                writer.writeName("_id");
                ValueCodecs.STRING.encode(writer, value.slug(), context);
            }
            writer.writeName("kind");
            ValueCodecs.STRING.encodeNullable(writer, value.kind(), context);
            writer.writeInt32("position", value.position());
            writer.writeName("updated");
            ValueCodecs.INSTANT.encodeNullable(writer, value.updated(), context);
            writer.writeInt32("version", value.version());
            writer.writeEndDocument();
        }

        @Override
        public Category decode(BsonReader reader, DecoderContext context) {
            String slug = null;
            String kind = null;
            int position = 1;
            Instant updated = null;
            int version = 0;
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "_id" -> slug = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "kind" -> kind = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "position" -> position = BsonValues.readInt(reader);
                        case "updated" -> updated = ValueCodecs.INSTANT.decodeNullable(reader, context);
                        case "version" -> version = BsonValues.readInt(reader);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw decodingFailure(key, e);
                }
            }
            reader.readEndDocument();
            return new Category(slug, kind, position, updated, version);
        }
    }

    /**
     * The metadata of {@link Category}.
     */
    public static final class Meta extends ModelMeta<Category> {
        public static final Meta INSTANCE = new Meta();

        private static final FieldMeta SLUG = FieldMeta.of("slug", "_id", FieldType.scalar(FieldKind.STRING, String.class))
                .asId();

        private static final FieldMeta KIND = FieldMeta.of("kind", "kind", FieldType.scalar(FieldKind.STRING, String.class))
                .withChoices(List.of("news", "howto"));

        private static final FieldMeta POSITION = FieldMeta.of("position", "position", FieldType.scalar(FieldKind.INT, int.class))
                .withDefault(() -> 1);

        private static final FieldMeta UPDATED = FieldMeta.of("updated", "updated", FieldType.scalar(FieldKind.INSTANT, Instant.class))
                .withAutoNow();

        private static final FieldMeta VERSION = FieldMeta.of("version", "version", FieldType.scalar(FieldKind.INT, int.class))
                .asVersion();

        private Meta() {
            super(Category.class, ModelKind.MODEL, "categories");
        }

        /**
         * {@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.
         */
        public static ModelMeta<Category> instance() {
            return INSTANCE;
        }

        @Override
        protected List<FieldMeta> declareFields() {
            return List.of(SLUG, KIND, POSITION, UPDATED, VERSION);
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public void validate(Category value, Violations violations) {
            violations.check(KIND, value.kind());
        }

        @Override
        public BsonValue idValue(Category instance) {
            String id = instance.slug();
            return id == null ? null : ValueCodecs.STRING.toBsonValue(id);
        }

        @Override
        public long version(Category instance) {
            return instance.version();
        }

        @Override
        public Category withVersion(Category instance, long version) {
            return new Category(instance.slug(), instance.kind(), instance.position(),
                    instance.updated(), Math.toIntExact(version));
        }

        @Override
        public boolean hasTimestamps() {
            return true;
        }

        @Override
        public Category withTimestamps(Category instance, boolean adding, Instant now) {
            return new Category(instance.slug(), instance.kind(), instance.position(), now,
                    instance.version());
        }
    }
}
