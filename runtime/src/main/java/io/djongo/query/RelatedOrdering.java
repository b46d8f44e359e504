package io.djongo.query;

import io.djongo.DjongoException;
import io.djongo.DriverErrors;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Ordering by a field of a related object ({@code orderBy("blog__name")}) on a server without
 * {@code $lookup} (FerretDB 1.x): the matching documents' ids and keys are read, the related
 * values with one {@code $in} query per reference followed, and the rows ordered here as the
 * server orders BSON values; the page of ids in that order is then read by id.
 */
final class RelatedOrdering {
    private static final int BATCH = 1000;
    /** Stand-ins for NaN and the infinities, beyond every finite double and Decimal128. */
    private static final BigDecimal LOWEST = new BigDecimal("-1E+7000");
    private static final BigDecimal HIGHEST = new BigDecimal("1E+7000");

    private RelatedOrdering() {}

    /** Whether {@code query} is ordered across a relation on a server that cannot join. */
    static boolean needed(QuerySet<?> query) {
        if (query.query.empty() || query.query.sorts().stream().noneMatch(sort -> sort.related() != null)) {
            return false;
        }
        return !query.connection().supportsLookupPipelines();
    }

    /** The ids of {@code query}'s rows in its order and slice, at most {@code cap} of them when positive. */
    static List<BsonValue> ids(QuerySet<?> query, int cap) {
        List<? extends Sort<?>> sorts = query.query.sorts();
        BsonDocument projection = new BsonDocument("_id", new BsonInt32(1));
        for (Sort<?> sort : sorts) {
            if (sort.expression() != null) {
                throw new DjongoException("ordering by " + sort + " together with a related field needs a server that "
                        + "runs $lookup and aggregation expressions; this one does not");
            }
            projection.append(sort.related() != null ? sort.related().steps().get(0).reference() : sort.path(),
                    new BsonInt32(1));
        }
        BsonDocument filter = query.filterDocument();
        List<BsonDocument> documents = DriverErrors.call("find on " + query.meta.collection(),
                () -> query.batched(query.bsonCollection().find(filter)).projection(projection).into(new ArrayList<>()));
        BsonValue[][] keys = new BsonValue[documents.size()][sorts.size()];
        for (int i = 0; i < sorts.size(); i++) {
            Sort<?> sort = sorts.get(i);
            List<BsonValue> values = sort.related() != null ? related(query, sort.related(), documents)
                    : column(documents, sort.path());
            for (int row = 0; row < documents.size(); row++) {
                keys[row][i] = values.get(row);
            }
        }
        Integer[] order = new Integer[documents.size()];
        for (int row = 0; row < order.length; row++) {
            order[row] = row;
        }
        Arrays.sort(order, comparator(sorts, keys)); // stable: ties keep the server's order
        int from = Math.min(order.length, query.query.offset());
        int to = order.length;
        int limit = cap > 0 ? (query.query.limit() >= 0 ? Math.min(cap, query.query.limit()) : cap) : query.query.limit();
        if (limit >= 0) {
            to = (int) Math.min(to, (long) from + limit);
        }
        List<BsonValue> ids = new ArrayList<>(Math.max(0, to - from));
        for (int row = from; row < to; row++) {
            ids.add(documents.get(order[row]).get("_id"));
        }
        return ids;
    }

    private static List<BsonValue> column(List<BsonDocument> documents, String path) {
        List<BsonValue> values = new ArrayList<>(documents.size());
        for (BsonDocument document : documents) {
            values.add(orNull(Documents.valueAt(document, path)));
        }
        return values;
    }

    /** The related field's value for each document, following the references one query (batch) per step. */
    static List<BsonValue> related(QuerySet<?> query, Sort.Related related, List<BsonDocument> documents) {
        List<BsonValue> current = column(documents, related.steps().get(0).reference());
        for (int step = 0; step < related.steps().size(); step++) {
            String collection = related.steps().get(step).collection();
            String next = step + 1 < related.steps().size() ? related.steps().get(step + 1).reference() : related.field();
            Set<BsonValue> ids = new LinkedHashSet<>(current);
            ids.remove(BsonNull.VALUE);
            Map<BsonValue, BsonValue> byId = new HashMap<>();
            List<BsonValue> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += BATCH) {
                BsonArray batch = new BsonArray(all.subList(from, Math.min(all.size(), from + BATCH)));
                BsonDocument projection = new BsonDocument("_id", new BsonInt32(1)).append(next, new BsonInt32(1));
                for (BsonDocument target : DriverErrors.call("find on " + collection, () -> query.connection().database()
                        .getCollection(collection, BsonDocument.class)
                        .find(new BsonDocument("_id", new BsonDocument("$in", batch))).projection(projection)
                        .into(new ArrayList<>()))) {
                    byId.put(target.get("_id"), orNull(Documents.valueAt(target, next)));
                }
            }
            List<BsonValue> resolved = new ArrayList<>(current.size());
            for (BsonValue id : current) {
                resolved.add(byId.getOrDefault(id, BsonNull.VALUE)); // a null or dangling reference orders as null
            }
            current = resolved;
        }
        return current;
    }

    private static BsonValue orNull(BsonValue value) {
        return value == null ? BsonNull.VALUE : value;
    }

    private static Comparator<Integer> comparator(List<? extends Sort<?>> sorts, BsonValue[][] keys) {
        return (a, b) -> {
            for (int i = 0; i < sorts.size(); i++) {
                Sort<?> sort = sorts.get(i);
                BsonValue x = keys[a][i];
                BsonValue y = keys[b][i];
                int compared;
                if (sort.nulls() != Sort.Nulls.DEFAULT && (x.isNull() || y.isNull())) {
                    // an explicit placement holds in either direction
                    compared = x.isNull() == y.isNull() ? 0 : (x.isNull() == (sort.nulls() == Sort.Nulls.FIRST) ? -1 : 1);
                } else {
                    compared = compare(x, y);
                    if (sort.descending()) {
                        compared = -compared;
                    }
                }
                if (compared != 0) {
                    return compared;
                }
            }
            return 0;
        };
    }

    /**
     * The server's order of two BSON values: by type (null, numbers, strings, documents, arrays,
     * binary, ObjectId, booleans, dates, timestamps, regular expressions), then by value; strings
     * by code point, as the simple collation compares their UTF-8 bytes.
     */
    static int compare(BsonValue x, BsonValue y) {
        int byType = Integer.compare(rank(x.getBsonType()), rank(y.getBsonType()));
        if (byType != 0) {
            return byType;
        }
        switch (x.getBsonType()) {
            case NULL:
            case UNDEFINED:
            case MIN_KEY:
            case MAX_KEY:
                return 0;
            case INT32:
            case INT64:
            case DOUBLE:
            case DECIMAL128:
                return decimal(x).compareTo(decimal(y));
            case STRING:
            case SYMBOL:
                return codePoints(text(x), text(y));
            case OBJECT_ID:
                return x.asObjectId().getValue().compareTo(y.asObjectId().getValue());
            case BOOLEAN:
                return Boolean.compare(x.asBoolean().getValue(), y.asBoolean().getValue());
            case DATE_TIME:
                return Long.compare(x.asDateTime().getValue(), y.asDateTime().getValue());
            case TIMESTAMP:
                return x.asTimestamp().compareTo(y.asTimestamp());
            case BINARY:
                return Arrays.compare(x.asBinary().getData(), y.asBinary().getData());
            default:
                return codePoints(x.toString(), y.toString());
        }
    }

    private static int rank(BsonType type) {
        switch (type) {
            case MIN_KEY:
                return 0;
            case NULL:
            case UNDEFINED:
                return 1;
            case INT32:
            case INT64:
            case DOUBLE:
            case DECIMAL128:
                return 2;
            case STRING:
            case SYMBOL:
                return 3;
            case DOCUMENT:
                return 4;
            case ARRAY:
                return 5;
            case BINARY:
                return 6;
            case OBJECT_ID:
                return 7;
            case BOOLEAN:
                return 8;
            case DATE_TIME:
                return 9;
            case TIMESTAMP:
                return 10;
            case REGULAR_EXPRESSION:
                return 11;
            default:
                return 12;
        }
    }

    private static BigDecimal decimal(BsonValue value) {
        switch (value.getBsonType()) {
            case INT32:
                return BigDecimal.valueOf(value.asInt32().getValue());
            case INT64:
                return BigDecimal.valueOf(value.asInt64().getValue());
            case DECIMAL128: {
                Decimal128 decimal = value.asDecimal128().getValue();
                if (decimal.isNaN()) {
                    return LOWEST; // NaN orders before every number, as on the server
                }
                if (decimal.isInfinite()) {
                    return decimal.isNegative() ? LOWEST.add(BigDecimal.ONE) : HIGHEST;
                }
                return decimal.bigDecimalValue();
            }
            default: {
                double d = value.asDouble().getValue();
                if (Double.isNaN(d)) {
                    return LOWEST;
                }
                if (Double.isInfinite(d)) {
                    return d < 0 ? LOWEST.add(BigDecimal.ONE) : HIGHEST;
                }
                return new BigDecimal(d);
            }
        }
    }

    private static String text(BsonValue value) {
        return value.isString() ? value.asString().getValue() : value.asSymbol().getSymbol();
    }

    private static int codePoints(String x, String y) {
        return Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
    }
}
