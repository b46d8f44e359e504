package com.example.blog;

import io.djongo.codec.ModelCodec;
import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.query.DatePath;
import io.djongo.query.EmbeddedPath;
import io.djongo.query.ModelArrayPath;
import io.djongo.query.StringPath;
import io.djongo.validation.Violations;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Query paths into {@link Comment} values, for queries on model {@code R}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Comment_<R> extends EmbeddedPath<R, Comment> {
    public final StringPath<R> text;

    public final DatePath<R, Instant> postedAt;

    public final ModelArrayPath<R, Comment, Comment_<R>, Comment_<Comment>> replies;

    /**
     * Paths under {@code path}; the empty path roots them at the {@link Comment} itself.
     */
    public Comment_(String path) {
        super(path, Codec.INSTANCE);
        this.text = new StringPath<R>(child("text"));
        this.postedAt = new DatePath<R, Instant>(child("postedAt"), ValueCodecs.INSTANT);
        this.replies = new ModelArrayPath<R, Comment, Comment_<R>, Comment_<Comment>>(child("replies"),
                Codec.INSTANCE, Comment_::new, Comment_::new);
    }

    /**
     * The path of {@code parent}; a method, not a field, because {@link Comment} contains itself through it.
     */
    public Comment_<R> parent() {
        return new Comment_<R>(child("parent"));
    }

    /**
     * The BSON codec of {@link Comment}.
     */
    public static final class Codec extends ModelCodec<Comment> {
        public static final Codec INSTANCE = new Codec();

        private ValueCodec<List<Comment>> repliesCodec;

        private Codec() {
            super(Comment.class);
        }

        /**
         * Created on first use: the element codec may belong to a model that contains this one.
         */
        private ValueCodec<List<Comment>> repliesCodec() {
            ValueCodec<List<Comment>> codec = repliesCodec;
            if (codec == null) {
                codec = ValueCodecs.listOf(Codec.INSTANCE);
                repliesCodec = codec;
            }
            return codec;
        }

        @Override
        public void encode(BsonWriter writer, Comment value, EncoderContext context) {
            writer.writeStartDocument();
            writer.writeName("text");
            ValueCodecs.STRING.encodeNullable(writer, value.text, context);
            writer.writeName("postedAt");
            ValueCodecs.INSTANT.encodeNullable(writer, value.postedAt, context);
            writer.writeName("parent");
            Codec.INSTANCE.encodeNullable(writer, value.parent, context);
            writer.writeName("replies");
            repliesCodec().encodeNullable(writer, value.replies, context);
            writer.writeEndDocument();
        }

        @Override
        public Comment decode(BsonReader reader, DecoderContext context) {
            Comment value = new Comment();
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "text" -> value.text = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "postedAt" -> value.postedAt = ValueCodecs.INSTANT.decodeNullable(reader, context);
                        case "parent" -> value.parent = Codec.INSTANCE.decodeNullable(reader, context);
                        case "replies" -> value.replies = repliesCodec().decodeNullable(reader, context);
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
     * The metadata of {@link Comment}.
     */
    public static final class Meta extends ModelMeta<Comment> {
        public static final Meta INSTANCE = new Meta();

        private static final FieldMeta TEXT = FieldMeta.of("text", "text", FieldType.scalar(FieldKind.STRING, String.class));

        private static final FieldMeta POSTED_AT = FieldMeta.of("postedAt", "postedAt", FieldType.scalar(FieldKind.INSTANT, Instant.class));

        private static final FieldMeta PARENT = FieldMeta.of("parent", "parent", FieldType.model(Comment.class, () -> Meta.INSTANCE));

        private static final FieldMeta REPLIES = FieldMeta.of("replies", "replies", FieldType.list(FieldType.model(Comment.class, () -> Meta.INSTANCE)));

        private Meta() {
            super(Comment.class, ModelKind.EMBEDDED, null);
        }

        /**
         * {@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.
         */
        public static ModelMeta<Comment> instance() {
            return INSTANCE;
        }

        @Override
        protected List<FieldMeta> declareFields() {
            return List.of(TEXT, POSTED_AT, PARENT, REPLIES);
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public void validate(Comment value, Violations violations) {
            violations.model(PARENT, value.parent, Meta.INSTANCE);
            violations.models(REPLIES, value.replies, Meta.INSTANCE);
        }
    }
}
