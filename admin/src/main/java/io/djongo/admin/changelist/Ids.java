package io.djongo.admin.changelist;

import io.djongo.admin.http.HttpError;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import java.math.BigInteger;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.BsonBinary;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
import org.bson.types.ObjectId;

/**
 * Ids in admin URLs: written from the stored id by the model's id type, and read back by it; any
 * text that cannot be an id of the model is a 404, as Django answers for a pk that does not
 * convert.
 */
public final class Ids {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,20}");

    private Ids() {}

    /** The id in a URL. */
    public static String text(BsonValue id) {
        if (id == null) {
            return "";
        }
        return switch (id.getBsonType()) {
            case OBJECT_ID -> id.asObjectId().getValue().toHexString();
            case STRING -> id.asString().getValue();
            case INT32 -> Integer.toString(id.asInt32().getValue());
            case INT64 -> Long.toString(id.asInt64().getValue());
            case BINARY -> id.asBinary().getData().length == 16 ? id.asBinary().asUuid().toString() : "";
            default -> "";
        };
    }

    /**
     * The stored id that {@code text} names, for {@code meta}'s id type.
     *
     * @throws HttpError 404 when it cannot be one
     */
    public static BsonValue parse(ModelMeta<?> meta, String text) {
        FieldMeta id = meta.idField().orElseThrow();
        HttpError notFound = HttpError.notFound(meta.label() + " with ID \u201c" + shorten(text)
                + "\u201d doesn't exist. Perhaps it was deleted?");
        if (text == null || text.isEmpty()) {
            throw notFound;
        }
        switch (id.type().kind()) {
            case OBJECT_ID:
                if (!ObjectId.isValid(text)) {
                    throw notFound;
                }
                return new BsonObjectId(new ObjectId(text));
            case STRING:
                return new BsonString(text);
            case INT:
            case SHORT:
            case BYTE:
                return new BsonInt32((int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE, notFound));
            case LONG:
                return new BsonInt64(whole(text, Long.MIN_VALUE, Long.MAX_VALUE, notFound));
            case UUID:
                if (!UUID_TEXT.matcher(text).matches()) {
                    throw notFound;
                }
                return new BsonBinary(UUID.fromString(text), UuidRepresentation.STANDARD);
            default:
                throw notFound;
        }
    }

    private static long whole(String text, long min, long max, HttpError notFound) {
        if (!WHOLE.matcher(text).matches()) {
            throw notFound;
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw notFound;
        }
        return value.longValue();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
