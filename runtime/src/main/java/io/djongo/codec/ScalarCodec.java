package io.djongo.codec;

import org.bson.BsonReader;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The codec of one scalar type, as each constant of {@link ValueCodecs} defines it: how a value is
 * written, read and turned into a {@code BsonValue}. Each constant is a class of its own rather
 * than three lambdas: a class loads faster than a lambda is linked in a fresh JVM, which the first
 * query waits for, and a call on a constant's class is one the JIT can inline.
 */
abstract class ScalarCodec<V> implements ValueCodec<V> {
    private final Class<V> type;

    ScalarCodec(Class<V> type) {
        this.type = type;
    }

    /** Writes {@code value}, which is of this codec's type and not null. */
    abstract void write(BsonWriter writer, V value);

    /** Reads the current value, or says which BSON type was found instead. */
    abstract V read(BsonReader reader);

    /** {@code value}, which is of this codec's type and not null, as a {@code BsonValue}. */
    abstract BsonValue bson(V value);

    @Override
    public final void encode(BsonWriter bsonWriter, V value, EncoderContext context) {
        Encoding.requireType(this, value);
        write(bsonWriter, value);
    }

    @Override
    public final V decode(BsonReader bsonReader, DecoderContext context) {
        return read(bsonReader);
    }

    @Override
    public final BsonValue toBsonValue(V value) {
        Encoding.requireType(this, value);
        return bson(value);
    }

    @Override
    public final Class<V> getEncoderClass() {
        return type;
    }

    @Override
    public String toString() {
        return "ValueCodec<" + type.getSimpleName() + ">";
    }
}
