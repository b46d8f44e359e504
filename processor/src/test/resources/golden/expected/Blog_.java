package com.example.blog;

import io.djongo.codec.ModelCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.query.EmbeddedPath;
import io.djongo.query.StringPath;
import io.djongo.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Query paths into {@link Blog} values, for queries on model {@code R}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Blog_<R> extends EmbeddedPath<R, Blog> {
    public final StringPath<R> name;

    public final StringPath<R> tagline;

    /**
     * Paths under {@code path}; the empty path roots them at the {@link Blog} itself.
     */
    public Blog_(String path) {
        super(path, Codec.INSTANCE);
        this.name = new StringPath<R>(child("name"));
        this.tagline = new StringPath<R>(child("tagline"));
    }

    /**
     * The BSON codec of {@link Blog}.
     */
    public static final class Codec extends ModelCodec<Blog> {
        public static final Codec INSTANCE = new Codec();

        private Codec() {
            super(Blog.class);
        }

        @Override
        public void encode(BsonWriter writer, Blog value, EncoderContext context) {
            writer.writeStartDocument();
            writer.writeName("name");
            ValueCodecs.STRING.encodeNullable(writer, value.name, context);
            writer.writeName("tagline");
            ValueCodecs.STRING.encodeNullable(writer, value.tagline, context);
            writer.writeEndDocument();
        }

        @Override
        public Blog decode(BsonReader reader, DecoderContext context) {
            Blog value = new Blog();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "name" -> value.name = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "tagline" -> value.tagline = ValueCodecs.STRING.decodeNullable(reader, context);
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
     * The metadata of {@link Blog}.
     */
    public static final class Meta extends ModelMeta<Blog> {
        public static final Meta INSTANCE = new Meta();

        private static final FieldMeta NAME = FieldMeta.of("name", "name", FieldType.scalar(FieldKind.STRING, String.class))
                .withMaxLength(100) .withBlank(false);

        private static final FieldMeta TAGLINE = FieldMeta.of("tagline", "tagline", FieldType.scalar(FieldKind.STRING, String.class));

        private Meta() {
            super(Blog.class, ModelKind.EMBEDDED, null);
        }

        /**
         * {@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.
         */
        public static ModelMeta<Blog> instance() {
            return INSTANCE;
        }

        @Override
        protected List<FieldMeta> declareFields() {
            return List.of(NAME, TAGLINE);
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public void validate(Blog value, Violations violations) {
            violations.check(NAME, value.name);
        }
    }
}
