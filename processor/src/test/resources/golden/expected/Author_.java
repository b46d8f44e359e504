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
import io.djongo.validation.Constraint;
import io.djongo.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Query paths into {@link Author} values, for queries on model {@code R}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Author_<R> extends EmbeddedPath<R, Author> {
    public final StringPath<R> name;

    public final StringPath<R> email;

    /**
     * Paths under {@code path}; the empty path roots them at the {@link Author} itself.
     */
    public Author_(String path) {
        super(path, Codec.INSTANCE);
        this.name = new StringPath<R>(child("name"));
        this.email = new StringPath<R>(child("email"));
    }

    /**
     * The BSON codec of {@link Author}.
     */
    public static final class Codec extends ModelCodec<Author> {
        public static final Codec INSTANCE = new Codec();

        private Codec() {
            super(Author.class);
        }

        @Override
        public void encode(BsonWriter writer, Author value, EncoderContext context) {
            writer.writeStartDocument();
            writer.writeName("name");
            ValueCodecs.STRING.encodeNullable(writer, value.name(), context);
            writer.writeName("email");
            ValueCodecs.STRING.encodeNullable(writer, value.email(), context);
            writer.writeEndDocument();
        }

        @Override
        public Author decode(BsonReader reader, DecoderContext context) {
            String name = null;
            String email = null;
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "name" -> name = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "email" -> email = ValueCodecs.STRING.decodeNullable(reader, context);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw decodingFailure(key, e);
                }
            }
            reader.readEndDocument();
            return new Author(name, email);
        }
    }

    /**
     * The metadata of {@link Author}.
     */
    public static final class Meta extends ModelMeta<Author> {
        public static final Meta INSTANCE = new Meta();

        private static final FieldMeta NAME = FieldMeta.of("name", "name", FieldType.scalar(FieldKind.STRING, String.class));

        private static final FieldMeta EMAIL = FieldMeta.of("email", "email", FieldType.scalar(FieldKind.STRING, String.class))
                .withConstraints(Constraint.email());

        private Meta() {
            super(Author.class, ModelKind.ARRAY, null);
        }

        /**
         * {@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.
         */
        public static ModelMeta<Author> instance() {
            return INSTANCE;
        }

        @Override
        protected List<FieldMeta> declareFields() {
            return List.of(NAME, EMAIL);
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public void validate(Author value, Violations violations) {
            violations.check(EMAIL, value.email());
        }
    }
}
