package io.djongo.codec;

import java.util.Collection;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonNull;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * A codec for one field value that can also turn a value into a {@link BsonValue}, so the same
 * object writes documents and the values inside query filters. Generated model codecs are
 * value codecs too, which is how embedded models nest inside lists and maps.
 *
 * <p>{@code encode} and {@code decode} never see {@code null}; the {@code Nullable} variants
 * write and read BSON {@code null} around them.
 */
public interface ValueCodec<V> extends Codec<V> {

    /** The BSON form of a non-null value, as it appears in a document and in a filter. */
    default BsonValue toBsonValue(V value) {
        // Wrap the value in a one-field document: a writer cannot start with a bare value.
        BsonDocument holder = new BsonDocument();
        BsonDocumentWriter writer = new BsonDocumentWriter(holder);
        writer.writeStartDocument();
        writer.writeName("v");
        encode(writer, value, EncoderContext.builder().build());
        writer.writeEndDocument();
        return holder.get("v");
    }

    /**
     * The value whose BSON form is {@code value}, the inverse of {@link #toBsonValue}; BSON
     * {@code null} is {@code null}.
     */
    default V fromBsonValue(BsonValue value) {
        if (value == null || value.isNull()) {
            return null;
        }
        org.bson.BsonDocumentReader reader = new org.bson.BsonDocumentReader(new BsonDocument("v", value));
        reader.readStartDocument();
        reader.readBsonType();
        reader.readName();
        return decode(reader, org.bson.codecs.DecoderContext.builder().build());
    }

    /** The BSON form of a value that may be {@code null}. */
    default BsonValue toBsonValueNullable(V value) {
        return value == null ? BsonNull.VALUE : toBsonValue(value);
    }

    /** The BSON array of {@code values}, each as {@link #toBsonValueNullable}: for lists, sets and {@code $in}. */
    default BsonArray toBsonArray(Collection<? extends V> values) {
        BsonArray array = new BsonArray(values.size());
        for (V value : values) {
            Encoding.requireType(this, value);
            array.add(toBsonValueNullable(value));
        }
        return array;
    }

    /** Writes {@code value}, or BSON {@code null} when it is {@code null}. */
    default void encodeNullable(BsonWriter writer, V value, EncoderContext context) {
        if (value == null) {
            writer.writeNull();
        } else {
            encode(writer, value, context);
        }
    }

    /** Reads a value, or {@code null} when the current BSON value is {@code null} or undefined. */
    default V decodeNullable(BsonReader reader, DecoderContext context) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.NULL) {
            reader.readNull();
            return null;
        }
        if (type == BsonType.UNDEFINED) {
            reader.readUndefined();
            return null;
        }
        return decode(reader, context);
    }
}
