package io.djongo.benchmarks.proposed;

import io.djongo.DecodingException;
import io.djongo.EncodingException;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonType;

/**
 * Stand-ins for what {@code ProposedCodecs} needs and today's runtime does not offer to generated
 * code: {@code BsonValues.isNull} and {@code BsonValues.checkKey}, which
 * {@code benchmarks/proposals/bson-values.patch} adds, and {@code ModelCodec.decodingFailure}, which
 * the generated codecs inherit (the experiment's codecs do not extend {@code ModelCodec}).
 */
public final class Reads {
    private Reads() {}

    /** As proposed for {@code BsonValues.isNull}: reads BSON null or undefined and returns true. */
    public static boolean isNull(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.NULL) {
            reader.readNull();
            return true;
        }
        if (type == BsonType.UNDEFINED) {
            reader.readUndefined();
            return true;
        }
        return false;
    }

    /** As proposed for {@code BsonValues.checkKey} (today {@code MapCodec.checkKey}, package-private). */
    public static String checkKey(String key) {
        if (key == null) {
            throw new EncodingException("a map key is null; MongoDB field names must be strings");
        }
        if (key.startsWith("$") || key.indexOf('.') >= 0 || key.indexOf('\0') >= 0) {
            throw new EncodingException("the map key \"" + key + "\" cannot be stored: keys may not start with '$' or"
                    + " contain '.' or NUL, which MongoDB reads as operators or paths; replace those characters");
        }
        return key;
    }

    /** {@code ModelCodec.decodingFailure}, as a static helper. */
    public static DecodingException failure(String model, String field, RuntimeException cause) {
        if (cause instanceof DecodingException decoding) {
            return decoding.at(model, field);
        }
        String detail = cause instanceof BsonInvalidOperationException
                ? "the value does not have the expected BSON type (" + cause.getMessage() + ")"
                : String.valueOf(cause.getMessage());
        return new DecodingException(detail).at(model, field);
    }
}
