package com.example.blog;

import io.djongo.codec.BsonValues;
import io.djongo.codec.DocumentCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Manager;
import io.djongo.query.NumberPath;
import io.djongo.query.StringPath;
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
    public static final StringPath<Category> slug = new StringPath<>("_id");

    public static final StringPath<Category> kind = new StringPath<>("kind");

    public static final NumberPath<Category, Integer> position = new NumberPath<>("position", ValueCodecs.INT);

    private Category_() {
    }

    /**
     * The manager of {@link Category} on the default connection.
     */
    public static Manager<Category> objects() {
        return ManagerHolder.OBJECTS;
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
            writer.writeEndDocument();
        }

        @Override
        public Category decode(BsonReader reader, DecoderContext context) {
            String slug = null;
            String kind = null;
            int position = 0;
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "_id" -> slug = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "kind" -> kind = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "position" -> position = BsonValues.readInt(reader);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw decodingFailure(key, e);
                }
            }
            reader.readEndDocument();
            return new Category(slug, kind, position);
        }
    }

    /**
     * The metadata of {@link Category}.
     */
    public static final class Meta extends ModelMeta<Category> {
        public static final Meta INSTANCE = new Meta();

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
            return List.of(
                    FieldMeta.of("slug", "_id", FieldType.scalar(FieldKind.STRING, String.class)).asId(),
                    FieldMeta.of("kind", "kind", FieldType.scalar(FieldKind.STRING, String.class)).withChoices(List.of("news", "howto")),
                    FieldMeta.of("position", "position", FieldType.scalar(FieldKind.INT, int.class)));
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public BsonValue idValue(Category instance) {
            String id = instance.slug();
            return id == null ? null : ValueCodecs.STRING.toBsonValue(id);
        }
    }
}
