package io.djongo.relation;

import io.djongo.EncodingException;
import io.djongo.codec.BsonValues;
import io.djongo.codec.ValueCodec;
import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.BsonValueCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The codecs of reference fields: a {@link Ref} is stored as the target's id, a {@link RefList}
 * as an array of ids, each in the target's id type. Generated metadata reaches them through
 * {@code FieldType.reference(...)} and {@code FieldType.references(...)}.
 */
public final class ReferenceCodecs {
    private static final BsonValueCodec BSON = new BsonValueCodec();

    private ReferenceCodecs() {}

    public static <T> ValueCodec<Ref<T>> ref(ModelMeta<T> target) {
        return new RefCodec<>(target);
    }

    public static <T> ValueCodec<RefList<T>> refList(ModelMeta<T> target) {
        return new RefListCodec<>(target);
    }

    private static ValueCodec<?> idCodec(ModelMeta<?> target) {
        return target.idField().orElseThrow(() -> new IllegalStateException(target.name() + " has no id")).type().codec();
    }

    private static final class RefCodec<T> implements ValueCodec<Ref<T>> {
        private final ModelMeta<T> target;

        RefCodec(ModelMeta<T> target) {
            this.target = target;
        }

        @Override
        public void encode(BsonWriter writer, Ref<T> value, EncoderContext context) {
            BSON.encode(writer, toBsonValue(value), context);
        }

        @Override
        public BsonValue toBsonValue(Ref<T> value) {
            value.bindModel(target);
            BsonValue id = value.bsonId();
            if (id == null) {
                throw new EncodingException("the reference is to a " + target.name()
                        + " that has not been saved yet, so it has no id; save it first");
            }
            return id;
        }

        @Override
        public Ref<T> decode(BsonReader reader, DecoderContext context) {
            return Ref.read(target, idCodec(target).decode(reader, context));
        }

        @SuppressWarnings("unchecked") // Ref.class stands for Ref<T>: generics are erased at run time
        @Override
        public Class<Ref<T>> getEncoderClass() {
            return (Class<Ref<T>>) (Class<?>) Ref.class;
        }
    }

    private static final class RefListCodec<T> implements ValueCodec<RefList<T>> {
        private final ModelMeta<T> target;

        RefListCodec(ModelMeta<T> target) {
            this.target = target;
        }

        @Override
        public void encode(BsonWriter writer, RefList<T> value, EncoderContext context) {
            BSON.encode(writer, toBsonValue(value), context);
        }

        @Override
        public BsonValue toBsonValue(RefList<T> value) {
            value.bindModel(target);
            return new BsonArray(value.bsonIds());
        }

        /** A many-to-many relation is never null, as in Django: a {@code null} list is stored as no ids. */
        @Override
        public BsonValue toBsonValueNullable(RefList<T> value) {
            return value == null ? new BsonArray() : toBsonValue(value);
        }

        @Override
        public void encodeNullable(BsonWriter writer, RefList<T> value, EncoderContext context) {
            encode(writer, value == null ? new RefList<>() : value, context);
        }

        /** A stored {@code null} (written by another program) reads as no ids. */
        @Override
        public RefList<T> decodeNullable(BsonReader reader, DecoderContext context) {
            BsonType type = reader.getCurrentBsonType();
            if (type == BsonType.NULL || type == BsonType.UNDEFINED) {
                reader.skipValue();
                return RefList.read(target, List.of());
            }
            return decode(reader, context);
        }

        @Override
        public RefList<T> decode(BsonReader reader, DecoderContext context) {
            BsonType type = reader.getCurrentBsonType();
            if (type != BsonType.ARRAY) {
                throw BsonValues.unexpected(type, "an array of " + target.name() + " ids");
            }
            ValueCodec<?> ids = idCodec(target);
            List<Object> read = new ArrayList<>();
            reader.readStartArray();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                read.add(ids.decode(reader, context));
            }
            reader.readEndArray();
            return RefList.read(target, read);
        }

        @SuppressWarnings("unchecked") // RefList.class stands for RefList<T>: generics are erased at run time
        @Override
        public Class<RefList<T>> getEncoderClass() {
            return (Class<RefList<T>>) (Class<?>) RefList.class;
        }
    }
}
