package io.djongo.codec;

import java.util.function.Function;
import org.bson.BsonReader;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/** A value codec assembled from three functions; every scalar type in {@link ValueCodecs} is one. */
final class ScalarCodec<V> implements ValueCodec<V> {
    interface Writer<V> {
        void write(BsonWriter writer, V value);
    }

    interface Reader<V> {
        V read(BsonReader reader);
    }

    private final Class<V> type;
    private final Writer<V> writer;
    private final Reader<V> reader;
    private final Function<V, BsonValue> toBson;

    ScalarCodec(Class<V> type, Writer<V> writer, Reader<V> reader, Function<V, BsonValue> toBson) {
        this.type = type;
        this.writer = writer;
        this.reader = reader;
        this.toBson = toBson;
    }

    @Override
    public void encode(BsonWriter bsonWriter, V value, EncoderContext context) {
        Encoding.requireType(this, value);
        writer.write(bsonWriter, value);
    }

    @Override
    public V decode(BsonReader bsonReader, DecoderContext context) {
        return reader.read(bsonReader);
    }

    @Override
    public BsonValue toBsonValue(V value) {
        Encoding.requireType(this, value);
        return toBson.apply(value);
    }

    @Override
    public Class<V> getEncoderClass() {
        return type;
    }

    @Override
    public String toString() {
        return "ValueCodec<" + type.getSimpleName() + ">";
    }
}
