package io.djongo.codec;

import io.djongo.EncodingException;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * Writing model instances as BSON with errors a user can act on: every failure is an
 * {@link EncodingException} that names the model and the path of the value
 * ({@code cannot store Entry.pubDate: the Instant +1000000000-12-31T23:59:59Z is outside ...}),
 * and documents are checked against MongoDB's size limit before anything is sent.
 */
public final class Encoding {
    /** MongoDB's largest document: 16 MiB. */
    public static final int MAX_DOCUMENT_SIZE = 16 * 1024 * 1024;

    private static final EncoderContext CONTEXT = EncoderContext.builder().isEncodingCollectibleDocument(true).build();

    private Encoding() {}

    /** {@code value} as a document. */
    public static <T> BsonDocument toDocument(ModelCodec<T> codec, T value) {
        BsonDocument document = new BsonDocument();
        PathTrackingWriter writer = new PathTrackingWriter(new BsonDocumentWriter(document));
        try {
            codec.encode(writer, value, CONTEXT);
        } catch (RuntimeException | StackOverflowError e) {
            throw describe(e).at(modelName(codec), writer.path());
        }
        return document;
    }

    /**
     * {@code value} as the bytes that will be sent, refused when larger than MongoDB stores, so a
     * batch can be checked before any of it is written.
     */
    public static <T> RawBsonDocument toRaw(ModelCodec<T> codec, T value) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            codec.encode(writer, value, CONTEXT);
        } catch (RuntimeException | StackOverflowError e) {
            throw locate(codec, value, e);
        }
        if (buffer.getPosition() > MAX_DOCUMENT_SIZE) {
            throw tooLarge(buffer.getPosition()).at(modelName(codec), "");
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    /** The error for a document of {@code size} bytes. */
    public static EncodingException tooLarge(long size) {
        return new EncodingException("the document is " + size + " bytes, more than MongoDB's limit of 16 MiB ("
                + MAX_DOCUMENT_SIZE + " bytes); keep large values out of the document, for example in GridFS");
    }

    /**
     * {@code failure}, raised while {@code codec} wrote {@code value} to some writer, located by
     * writing the value again with a writer that tracks the path. When the second attempt
     * succeeds, the first writer refused the document as a whole (its size), and the error says so.
     */
    public static <T> EncodingException locate(ModelCodec<T> codec, T value, Throwable failure) {
        if (failure instanceof EncodingException && ((EncodingException) failure).model() != null) {
            return (EncodingException) failure;
        }
        PathTrackingWriter writer = new PathTrackingWriter(new BsonDocumentWriter(new BsonDocument()));
        try {
            codec.encode(writer, value, CONTEXT);
        } catch (RuntimeException | StackOverflowError again) {
            return describe(again).at(modelName(codec), writer.path());
        }
        return describe(failure).at(modelName(codec), "");
    }

    /**
     * Why {@code key} cannot be a map key, or {@code null} when it can: keys are non-empty and may
     * not start with {@code $} or contain {@code .} or NUL, which MongoDB reads as operators, paths or
     * the end of a name.
     */
    public static String mapKeyProblem(String key) {
        if (key == null) {
            return "MongoDB field names must be strings, not null";
        }
        if (key.isEmpty() || key.startsWith("$") || key.indexOf('.') >= 0 || key.indexOf('\0') >= 0) {
            return "keys may not be empty, start with '$' or contain '.' or NUL, which MongoDB reads as operators, "
                    + "paths or the end of a name; replace those characters";
        }
        return null;
    }

    /** A failure to write a value, in the user's terms, not yet located. */
    static EncodingException describe(Throwable failure) {
        if (failure instanceof EncodingException) {
            return (EncodingException) failure;
        }
        if (failure instanceof StackOverflowError) {
            return new EncodingException("the value contains itself, so it has no finite BSON form", failure);
        }
        if (failure instanceof org.bson.BsonMaximumSizeExceededException) {
            return new EncodingException("the document is larger than MongoDB's limit of 16 MiB; keep large values "
                    + "out of the document, for example in GridFS", failure);
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new EncodingException("the value cannot be written as BSON: " + message, failure);
    }

    /**
     * Refuses a value of the wrong class, which an unchecked cast can put in a list, set or map, or a
     * raw type can pass: {@code expected a String but found the Integer 5}.
     */
    static void requireType(ValueCodec<?> codec, Object value) {
        if (value != null && !codec.getEncoderClass().isInstance(value)) {
            throw new EncodingException("expected " + article(codec.getEncoderClass().getSimpleName()) + " but found the "
                    + value.getClass().getSimpleName() + " " + shorten(String.valueOf(value))
                    + ", a value of another type than declared (put there through an unchecked cast or a raw type)");
        }
    }

    static String article(String noun) {
        return ("AEIOU".indexOf(noun.isEmpty() ? 'x' : noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String modelName(ModelCodec<?> codec) {
        return codec.getEncoderClass().getSimpleName();
    }
}
