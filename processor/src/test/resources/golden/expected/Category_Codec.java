package com.example.blog;

import io.djongo.codec.BsonValues;
import io.djongo.codec.DocumentCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.ModelMeta;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The BSON codec of {@link Category}.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class Category_Codec extends DocumentCodec<Category> {
    public static final Category_Codec INSTANCE = new Category_Codec();

    private Category_Codec() {
        super(Category.class);
    }

    @Override
    protected ModelMeta<Category> meta() {
        return Category_Meta.INSTANCE;
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
