package io.djongo.codec;

import io.djongo.DecodingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/** Lists and sets, stored as BSON arrays; {@code null} elements are kept as BSON null. */
final class CollectionCodec<E, C extends Collection<E>> implements ValueCodec<C> {
    private final ValueCodec<E> element;
    private final Supplier<C> factory;
    private final Class<C> type;

    private CollectionCodec(ValueCodec<E> element, Supplier<C> factory, Class<C> type) {
        this.element = element;
        this.factory = factory;
        this.type = type;
    }

    @SuppressWarnings("unchecked") // List.class stands for List<E>: generics are erased at run time
    static <E> ValueCodec<List<E>> list(ValueCodec<E> element) {
        return new CollectionCodec<E, List<E>>(element, ArrayList::new, (Class<List<E>>) (Class<?>) List.class);
    }

    @SuppressWarnings("unchecked") // Set.class stands for Set<E>: generics are erased at run time
    static <E> ValueCodec<Set<E>> set(ValueCodec<E> element) {
        return new CollectionCodec<E, Set<E>>(element, LinkedHashSet::new, (Class<Set<E>>) (Class<?>) Set.class);
    }

    @Override
    public void encode(BsonWriter writer, C value, EncoderContext context) {
        writer.writeStartArray();
        for (E item : value) {
            Encoding.requireType(element, item);
            element.encodeNullable(writer, item, context);
        }
        writer.writeEndArray();
    }

    @Override
    public C decode(BsonReader reader, DecoderContext context) {
        BsonType bsonType = reader.getCurrentBsonType();
        if (bsonType != BsonType.ARRAY) {
            throw BsonValues.unexpected(bsonType, "an array");
        }
        C result = factory.get();
        reader.readStartArray();
        for (int index = 0; reader.readBsonType() != BsonType.END_OF_DOCUMENT; index++) {
            try {
                result.add(element.decodeNullable(reader, context));
            } catch (DecodingException e) {
                throw e.at(e.model(), Integer.toString(index)); // the path goes on through the index: authors.1.email
            }
        }
        reader.readEndArray();
        return result;
    }

    @Override
    public BsonValue toBsonValue(C value) {
        return element.toBsonArray(value);
    }

    /** The codec of one element, for filters such as {@code tags contains "jazz"}. */
    ValueCodec<E> element() {
        return element;
    }

    @Override
    public Class<C> getEncoderClass() {
        return type;
    }
}
