package io.djongo.relation;

import io.djongo.DjongoException;
import io.djongo.codec.ValueCodec;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.query.Lookups;
import org.bson.BsonValue;

/** A model's ids as Java values and as stored BSON, converted by the id field's codec. */
final class Ids {
    private Ids() {}

    private static FieldMeta idField(ModelMeta<?> meta) {
        return meta.idField().orElseThrow(() -> new DjongoException(meta.name() + " has no id"));
    }

    /** {@code id} as the id field's Java type: stored BSON decoded, other values converted as lookups convert them. */
    static Object javaId(ModelMeta<?> meta, Object id) {
        FieldMeta field = idField(meta);
        if (id instanceof BsonValue) {
            return field.type().codec().fromBsonValue((BsonValue) id);
        }
        return Lookups.value(meta, field.name(), id);
    }

    /** The stored form of a Java id of {@code meta}'s model. */
    @SuppressWarnings("unchecked") // the value was converted to the id field's own type
    static BsonValue bsonId(ModelMeta<?> meta, Object id) {
        ValueCodec<Object> codec = (ValueCodec<Object>) idField(meta).type().codec();
        return codec.toBsonValue(javaId(meta, id));
    }
}
