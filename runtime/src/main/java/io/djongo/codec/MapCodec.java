package io.djongo.codec;

import io.djongo.DecodingException;
import io.djongo.EncodingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * {@code Map<String, V>} stored as a sub-document. Keys are checked before anything is written:
 * a key starting with {@code $} or containing {@code .} would be read by MongoDB as an operator
 * or a path, so it is refused instead of stored.
 */
final class MapCodec<V> implements ValueCodec<Map<String, V>> {
    private final ValueCodec<V> value;

    MapCodec(ValueCodec<V> value) {
        this.value = value;
    }

    @Override
    public void encode(BsonWriter writer, Map<String, V> map, EncoderContext context) {
        writer.writeStartDocument();
        for (Map.Entry<String, V> entry : map.entrySet()) {
            writer.writeName(checkKey(entry.getKey()));
            Encoding.requireType(value, entry.getValue());
            value.encodeNullable(writer, entry.getValue(), context);
        }
        writer.writeEndDocument();
    }

    @Override
    public Map<String, V> decode(BsonReader reader, DecoderContext context) {
        BsonType bsonType = reader.getCurrentBsonType();
        if (bsonType != BsonType.DOCUMENT) {
            throw BsonValues.unexpected(bsonType, "a document");
        }
        Map<String, V> result = new LinkedHashMap<>();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String key = reader.readName();
            try {
                result.put(key, value.decodeNullable(reader, context));
            } catch (DecodingException e) {
                throw e.at(e.model(), key); // the path goes on through the key: scores.math
            }
        }
        reader.readEndDocument();
        return result;
    }

    @Override
    public BsonValue toBsonValue(Map<String, V> map) {
        BsonDocument document = new BsonDocument();
        for (Map.Entry<String, V> entry : map.entrySet()) {
            Encoding.requireType(value, entry.getValue());
            document.append(checkKey(entry.getKey()), value.toBsonValueNullable(entry.getValue()));
        }
        return document;
    }

    /** The codec of the map's values, for paths such as {@code scores.get("math")}. */
    ValueCodec<V> value() {
        return value;
    }

    /**
     * Refuses keys MongoDB would not store as plain data, or that no query could reach; returns the
     * key when it is safe. The same rule holds for {@code MapPath.get} and lookup strings.
     */
    static String checkKey(String key) {
        String problem = Encoding.mapKeyProblem(key);
        if (problem != null) {
            throw new EncodingException("the map key " + (key == null ? "null" : "\"" + key + "\"") + " cannot be stored: "
                    + problem);
        }
        return key;
    }

    @SuppressWarnings("unchecked") // Map.class stands for Map<String, V>: generics are erased at run time
    @Override
    public Class<Map<String, V>> getEncoderClass() {
        return (Class<Map<String, V>>) (Class<?>) Map.class;
    }
}
