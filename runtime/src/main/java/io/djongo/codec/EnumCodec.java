package io.djongo.codec;

import io.djongo.DecodingException;
import java.util.HashMap;
import java.util.Map;
import org.bson.BsonReader;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/** Enums stored by {@code name()}; the constants come from generated code, never from reflection. */
final class EnumCodec<E extends Enum<E>> implements ValueCodec<E> {
    private final Class<E> type;
    private final Map<String, E> byName;

    EnumCodec(Class<E> type, E[] constants) {
        this.type = type;
        this.byName = new HashMap<>(constants.length * 2);
        for (E constant : constants) {
            byName.put(constant.name(), constant);
        }
    }

    @Override
    public void encode(BsonWriter writer, E value, EncoderContext context) {
        writer.writeString(value.name());
    }

    @Override
    public E decode(BsonReader reader, DecoderContext context) {
        BsonType bsonType = reader.getCurrentBsonType();
        if (bsonType != BsonType.STRING) {
            throw BsonValues.unexpected(bsonType, "the name of a " + type.getSimpleName() + " constant");
        }
        String name = reader.readString();
        E constant = byName.get(name);
        if (constant == null) {
            throw new DecodingException("\"" + name + "\" is not a constant of " + type.getSimpleName()
                    + "; expected one of " + byName.keySet());
        }
        return constant;
    }

    @Override
    public BsonValue toBsonValue(E value) {
        return new BsonString(value.name());
    }

    @Override
    public Class<E> getEncoderClass() {
        return type;
    }
}
