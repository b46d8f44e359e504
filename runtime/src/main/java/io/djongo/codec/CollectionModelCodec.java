package io.djongo.codec;

import io.djongo.DecodingException;
import java.util.Objects;
import java.util.function.Supplier;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The codec a model's collection is registered with: the generated codec, plus two guarantees the
 * driver cannot give on its own.
 * <ul>
 *   <li>A value that cannot be written fails with an {@link io.djongo.EncodingException} naming the
 *       model and the path of the value, before anything is sent.</li>
 *   <li>Inside a {@link ReadScope} (the runtime's cursors), a document that cannot be read does not
 *       abort the driver in the middle of a batch: it is skipped, read as {@code null}, and the
 *       failure is kept for the cursor, which closes the server cursor and throws it. Without this,
 *       a failure in the first batch escapes before the caller holds a cursor to close.</li>
 * </ul>
 */
public final class CollectionModelCodec<T> implements CollectibleCodec<T> {
    private static final ThreadLocal<ReadScope> SCOPE = new ThreadLocal<>();

    private final ModelCodec<T> codec;

    public CollectionModelCodec(ModelCodec<T> codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public void encode(BsonWriter writer, T value, EncoderContext context) {
        try {
            codec.encode(writer, value, context);
        } catch (RuntimeException | StackOverflowError e) {
            throw Encoding.locate(codec, value, e);
        }
    }

    @Override
    public T decode(BsonReader reader, DecoderContext context) {
        ReadScope scope = SCOPE.get();
        if (scope == null) {
            return codec.decode(reader, context);
        }
        BsonReaderMark mark = reader.getMark();
        try {
            return codec.decode(reader, context);
        } catch (RuntimeException e) {
            mark.reset();
            reader.skipValue();
            scope.failed(e instanceof DecodingException ? (DecodingException) e
                    : new DecodingException(String.valueOf(e.getMessage())).at(codec.getEncoderClass().getSimpleName(), "(document)"));
            return null;
        }
    }

    @Override
    public Class<T> getEncoderClass() {
        return codec.getEncoderClass();
    }

    @Override
    public T generateIdIfAbsentFromDocument(T document) {
        return collectible().generateIdIfAbsentFromDocument(document);
    }

    @Override
    public boolean documentHasId(T document) {
        return collectible().documentHasId(document);
    }

    @Override
    public BsonValue getDocumentId(T document) {
        return collectible().getDocumentId(document);
    }

    @SuppressWarnings("unchecked") // the codec of a @Model is a DocumentCodec, which is collectible
    private CollectibleCodec<T> collectible() {
        if (!(codec instanceof CollectibleCodec)) {
            throw new IllegalStateException(codec + " is not the codec of a @Model");
        }
        return (CollectibleCodec<T>) codec;
    }

    /**
     * Where documents are read for one cursor: a document that cannot be read comes out as
     * {@code null}, and the first failure waits in the scope for the cursor to throw it.
     */
    public static final class ReadScope {
        private DecodingException failure;

        /** A scope with no failure yet, for one cursor. */
        public ReadScope() {}

        /** Runs {@code call} (a driver call that reads documents) with this scope active on this thread. */
        public <V> V run(Supplier<V> call) {
            ReadScope previous = SCOPE.get();
            SCOPE.set(this);
            try {
                return call.get();
            } finally {
                if (previous == null) {
                    SCOPE.remove();
                } else {
                    SCOPE.set(previous);
                }
            }
        }

        void failed(DecodingException e) {
            if (failure == null) {
                failure = e;
            }
        }

        /** The failure that made a document read as {@code null}, removed from the scope. */
        public DecodingException takeFailure() {
            DecodingException taken = failure;
            failure = null;
            return taken == null ? new DecodingException("a document could not be read") : taken;
        }
    }
}
