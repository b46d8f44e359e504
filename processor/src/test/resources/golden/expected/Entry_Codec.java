package com.example.blog;

import io.djongo.codec.BsonValues;
import io.djongo.codec.DocumentCodec;
import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.ModelMeta;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The BSON codec of {@link Entry}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Entry_Codec extends DocumentCodec<Entry> {
    public static final Entry_Codec INSTANCE = new Entry_Codec();

    private static final ValueCodec<List<String>> TAGS_CODEC = ValueCodecs.listOf(ValueCodecs.STRING);

    private static final ValueCodec<Status> STATUS_CODEC = ValueCodecs.enumOf(Status.class, Status.values());

    private static final ValueCodec<Map<String, Integer>> REACTIONS_CODEC = ValueCodecs.mapOf(ValueCodecs.INT);

    private static final ValueCodec<Set<UUID>> READERS_CODEC = ValueCodecs.setOf(ValueCodecs.UUID_STANDARD);

    private ValueCodec<List<Author>> authorsCodec;

    private ValueCodec<List<Comment>> commentsCodec;

    private Entry_Codec() {
        super(Entry.class);
    }

    /**
     * Created on first use: the element codec may belong to a model that contains this one.
     */
    private ValueCodec<List<Author>> authorsCodec() {
        ValueCodec<List<Author>> codec = authorsCodec;
        if (codec == null) {
            codec = ValueCodecs.listOf(Author_Codec.INSTANCE);
            authorsCodec = codec;
        }
        return codec;
    }

    /**
     * Created on first use: the element codec may belong to a model that contains this one.
     */
    private ValueCodec<List<Comment>> commentsCodec() {
        ValueCodec<List<Comment>> codec = commentsCodec;
        if (codec == null) {
            codec = ValueCodecs.listOf(Comment_Codec.INSTANCE);
            commentsCodec = codec;
        }
        return codec;
    }

    @Override
    protected ModelMeta<Entry> meta() {
        return Entry_Meta.INSTANCE;
    }

    @Override
    public void encode(BsonWriter writer, Entry value, EncoderContext context) {
        writer.writeStartDocument();
        if (value.id != null) {
            writer.writeName("_id");
            ValueCodecs.OBJECT_ID.encode(writer, value.id, context);
        }
        writer.writeName("blog");
        Blog_Codec.INSTANCE.encodeNullable(writer, value.blog, context);
        writer.writeName("headline");
        ValueCodecs.STRING.encodeNullable(writer, value.headline, context);
        writer.writeName("authors");
        authorsCodec().encodeNullable(writer, value.authors, context);
        writer.writeName("tags");
        TAGS_CODEC.encodeNullable(writer, value.tags, context);
        writer.writeInt32("rating", value.rating);
        writer.writeName("pub_date");
        ValueCodecs.INSTANT.encodeNullable(writer, value.pubDate, context);
        writer.writeName("status");
        STATUS_CODEC.encodeNullable(writer, value.status, context);
        writer.writeName("reactions");
        REACTIONS_CODEC.encodeNullable(writer, value.reactions, context);
        writer.writeName("slug");
        ValueCodecs.STRING.encodeNullable(writer, value.getSlug(), context);
        writer.writeName("readers");
        READERS_CODEC.encodeNullable(writer, value.readers, context);
        writer.writeName("price");
        ValueCodecs.DECIMAL.encodeNullable(writer, value.price, context);
        writer.writeName("comments");
        commentsCodec().encodeNullable(writer, value.comments, context);
        writer.writeEndDocument();
    }

    @Override
    public Entry decode(BsonReader reader, DecoderContext context) {
        Entry value = new Entry();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String key = reader.readName();
            try {
                switch (key) {
                    case "_id" -> value.id = ValueCodecs.OBJECT_ID.decodeNullable(reader, context);
                    case "blog" -> value.blog = Blog_Codec.INSTANCE.decodeNullable(reader, context);
                    case "headline" -> value.headline = ValueCodecs.STRING.decodeNullable(reader, context);
                    case "authors" -> value.authors = authorsCodec().decodeNullable(reader, context);
                    case "tags" -> value.tags = TAGS_CODEC.decodeNullable(reader, context);
                    case "rating" -> value.rating = BsonValues.readInt(reader);
                    case "pub_date" -> value.pubDate = ValueCodecs.INSTANT.decodeNullable(reader, context);
                    case "status" -> value.status = STATUS_CODEC.decodeNullable(reader, context);
                    case "reactions" -> value.reactions = REACTIONS_CODEC.decodeNullable(reader, context);
                    case "slug" -> value.setSlug(ValueCodecs.STRING.decodeNullable(reader, context));
                    case "readers" -> value.readers = READERS_CODEC.decodeNullable(reader, context);
                    case "price" -> value.price = ValueCodecs.DECIMAL.decodeNullable(reader, context);
                    case "comments" -> value.comments = commentsCodec().decodeNullable(reader, context);
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
