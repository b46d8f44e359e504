package io.djongo.query;

import io.djongo.DecodingException;
import io.djongo.codec.ValueCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonValue;
import org.bson.codecs.DecoderContext;

/** Reading single values out of raw documents, for {@code values()}, {@code distinct()} and aggregations. */
final class Documents {
    private static final DecoderContext CONTEXT = DecoderContext.builder().build();

    private Documents() {}

    /**
     * The value at dotted {@code path} in {@code document}, or {@code null} when missing. Arrays on
     * the way are mapped element by element, as MongoDB does for {@code authors.name}.
     */
    static BsonValue valueAt(BsonValue value, String path) {
        if (value == null || path.isEmpty()) {
            return value;
        }
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        String rest = dot < 0 ? "" : path.substring(dot + 1);
        if (value.isDocument()) {
            return valueAt(value.asDocument().get(head), rest);
        }
        if (value.isArray()) {
            if (LookupCache.isIndex(head)) {
                int index = Integer.parseInt(head);
                BsonArray array = value.asArray();
                return index < array.size() ? valueAt(array.get(index), rest) : null;
            }
            BsonArray mapped = new BsonArray();
            for (BsonValue element : value.asArray()) {
                BsonValue found = valueAt(element, path);
                if (found != null) {
                    mapped.add(found);
                }
            }
            return mapped;
        }
        return null;
    }

    /**
     * A value computed by the server (an annotated expression) as a plain Java value: text, numbers,
     * booleans, an {@code Instant} for a date, {@code BigDecimal}, {@code ObjectId}, lists and maps.
     */
    static Object toJava(BsonValue value) {
        if (value == null || value.isNull()) {
            return null;
        }
        switch (value.getBsonType()) {
            case STRING:
                return value.asString().getValue();
            case INT32:
                return value.asInt32().getValue();
            case INT64:
                return value.asInt64().getValue();
            case DOUBLE:
                return value.asDouble().getValue();
            case BOOLEAN:
                return value.asBoolean().getValue();
            case DATE_TIME:
                return java.time.Instant.ofEpochMilli(value.asDateTime().getValue());
            case DECIMAL128:
                return value.asDecimal128().getValue().isFinite() ? value.asDecimal128().getValue().bigDecimalValue()
                        : value.asDecimal128().getValue().doubleValue();
            case OBJECT_ID:
                return value.asObjectId().getValue();
            case ARRAY: {
                List<Object> list = new ArrayList<>();
                for (BsonValue element : value.asArray()) {
                    list.add(toJava(element));
                }
                return list;
            }
            case DOCUMENT: {
                java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
                for (java.util.Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
                    map.put(entry.getKey(), toJava(entry.getValue()));
                }
                return map;
            }
            default:
                return value;
        }
    }

    /**
     * {@code value}, found at {@code path} in a document of {@code model}, read with {@code codec}
     * as {@link #read(ValueCodec, BsonValue)} does; a value that cannot be read is a
     * {@link DecodingException} naming the model and the path, as model reads are.
     */
    static Object read(ValueCodec<?> codec, BsonValue value, String model, String path) {
        try {
            return read(codec, value);
        } catch (DecodingException e) {
            throw e.model() == null ? e.at(model, path) : e;
        } catch (RuntimeException e) {
            String detail = e instanceof BsonInvalidOperationException
                    ? "the value does not have the expected BSON type (" + e.getMessage() + ")" : String.valueOf(e.getMessage());
            throw new DecodingException(detail).at(model, path);
        }
    }

    /**
     * {@code value} read with {@code codec}; an array where the codec expects one value (a path
     * through an array, such as {@code authors.name}) is read as a list of values.
     */
    static Object read(ValueCodec<?> codec, BsonValue value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray() && !Collection.class.isAssignableFrom(codec.getEncoderClass())) {
            List<Object> values = new ArrayList<>();
            for (BsonValue element : value.asArray()) {
                values.add(read(codec, element));
            }
            return values;
        }
        BsonReader reader = new BsonDocumentReader(new BsonDocument("v", value));
        reader.readStartDocument();
        reader.readBsonType();
        reader.readName();
        return codec.decode(reader, CONTEXT);
    }
}
