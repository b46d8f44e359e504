package io.djongo.admin.changelist;

import com.mongodb.client.MongoCollection;
import io.djongo.admin.AdminPath;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The different values stored at a list filter's path, as Django's {@code AllValuesFieldListFilter}
 * lists them, read with an aggregation rather than {@code distinct}: FerretDB 1.x refuses
 * {@code distinct} with a time limit ({@code maxTimeMS}), and every admin query has one. Each array
 * on the path is unwound (so {@code authors__email} and {@code tags} give single values, as
 * {@code distinct} would), the values are grouped, sorted and cut at a limit, so a large collection
 * sends back at most that many.
 */
public final class DistinctValues {
    private DistinctValues() {}

    /**
     * The pipeline: {@code $unwind} of every array on the path, {@code $group} by the value,
     * {@code $sort} and {@code $limit}.
     */
    public static List<BsonDocument> pipeline(AdminPath path, int limit) {
        List<BsonDocument> pipeline = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (FieldMeta field : path.fields()) {
            prefix.append(prefix.length() == 0 ? "" : ".").append(field.bsonName());
            FieldKind kind = field.type().kind();
            if (kind == FieldKind.LIST || kind == FieldKind.SET || kind == FieldKind.REFERENCES) {
                pipeline.add(new BsonDocument("$unwind", new BsonString("$" + prefix)));
            }
        }
        pipeline.add(new BsonDocument("$group", new BsonDocument("_id", new BsonString("$" + path.bsonPath()))));
        pipeline.add(new BsonDocument("$sort", new BsonDocument("_id", new BsonInt32(1))));
        pipeline.add(new BsonDocument("$limit", new BsonInt32(limit)));
        return pipeline;
    }

    /** The values at {@code path} in {@code collection} (at most {@code limit}, nulls left out), in BSON order. */
    public static List<BsonValue> of(MongoCollection<BsonDocument> collection, AdminPath path, int limit) {
        List<BsonValue> values = new ArrayList<>();
        for (BsonDocument group : collection.aggregate(pipeline(path, limit + 1))) {
            BsonValue value = group.get("_id");
            if (value != null && !value.isNull()) {
                values.add(value);
            }
        }
        return values.size() > limit ? values.subList(0, limit) : values;
    }
}
