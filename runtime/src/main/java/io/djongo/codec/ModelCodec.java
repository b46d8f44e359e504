package io.djongo.codec;

import io.djongo.DecodingException;
import org.bson.BsonDocument;
import org.bson.BsonInvalidOperationException;

/**
 * The base of every generated model codec. Generated subclasses read and write fields directly;
 * this class holds what they share: the encoder class, the document form used in filters, and
 * the error that names the model and field when a stored value cannot be read.
 */
public abstract class ModelCodec<T> implements ValueCodec<T> {
    private final Class<T> type;

    protected ModelCodec(Class<T> type) {
        this.type = type;
    }

    @Override
    public final Class<T> getEncoderClass() {
        return type;
    }

    /**
     * The document form of {@code value}, as stored.
     *
     * @throws io.djongo.EncodingException naming this model and the path of a value that cannot be
     *     written
     */
    @Override
    public BsonDocument toBsonValue(T value) {
        return Encoding.toDocument(this, value);
    }

    /**
     * Locates a failure to read the BSON field {@code field} in this model, so the message
     * names the value to fix in a document written by another tool.
     */
    protected final DecodingException decodingFailure(String field, RuntimeException cause) {
        if (cause instanceof DecodingException) {
            return ((DecodingException) cause).at(type.getSimpleName(), field);
        }
        String detail = cause instanceof BsonInvalidOperationException
                ? "the value does not have the expected BSON type (" + cause.getMessage() + ")"
                : String.valueOf(cause.getMessage());
        return new DecodingException(detail).at(type.getSimpleName(), field);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
