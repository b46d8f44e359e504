package io.djongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.BSONException;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.BsonSerializationException;

/**
 * Turns driver exceptions into the runtime's own, keeping the driver's as the cause, so callers
 * catch {@link IntegrityError} for a duplicate key instead of parsing error codes, and learn from
 * the message whether a failed write may have been applied.
 */
public final class DriverErrors {
    private static final Pattern INDEX_NAME = Pattern.compile("index: (\\S+)");

    private DriverErrors() {}

    /** Runs {@code call}, a read or a command, translating driver failures; {@code what} says what was attempted. */
    public static <V> V call(String what, Supplier<V> call) {
        return run(what, false, call);
    }

    /**
     * Runs {@code call}, a write, translating driver failures. A network failure after the request
     * left says that the write may or may not have been applied.
     */
    public static <V> V write(String what, Supplier<V> call) {
        return run(what, true, call);
    }

    private static <V> V run(String what, boolean write, Supplier<V> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw translate(what, e, write);
        } catch (BsonMaximumSizeExceededException e) {
            throw new EncodingException(what + " failed: the request is larger than MongoDB accepts (" + e.getMessage()
                    + "); documents are limited to 16 MiB", e);
        } catch (BsonSerializationException e) {
            if (writingRequest(e)) {
                throw new EncodingException(what + " failed: the request could not be written as BSON: " + e.getMessage(), e);
            }
            throw unreadable(what, e);
        } catch (BSONException e) {
            throw unreadable(what, e);
        }
    }

    /** Whether {@code e} was raised by the writer of a request rather than the reader of a reply. */
    private static boolean writingRequest(BsonSerializationException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("null character") || message.contains("serialization depth")
                || message.contains("MaxDocumentSize");
    }

    /**
     * A reply the driver could not read: seen with servers that answer some commands with
     * malformed write errors. Codec failures are DecodingExceptions, never these.
     */
    private static DatabaseError unreadable(String what, BSONException e) {
        return new DatabaseError(what + " failed: the server's reply could not be read: " + e.getMessage(), e);
    }

    /** The runtime exception for a driver failure during {@code what}, a read or a command. */
    public static DjongoException translate(String what, MongoException e) {
        return translate(what, e, false);
    }

    /** The runtime exception for a driver failure during {@code what}; {@code write} when it was a write. */
    public static DjongoException translate(String what, MongoException e, boolean write) {
        if (e instanceof MongoWriteException) {
            MongoWriteException writeError = (MongoWriteException) e;
            if (writeError.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return duplicateKey(what, writeError.getError().getMessage(), e);
            }
        }
        if (e instanceof MongoBulkWriteException) {
            MongoBulkWriteException bulk = (MongoBulkWriteException) e;
            for (BulkWriteError error : bulk.getWriteErrors()) {
                if (error.getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return duplicateKey(what, error.getMessage() + applied(bulk), e);
                }
            }
            return new DatabaseError(what + " failed: " + e.getMessage() + applied(bulk), e);
        }
        if (e instanceof MongoServerException && ErrorCategory.fromErrorCode(((MongoServerException) e).getCode())
                == ErrorCategory.DUPLICATE_KEY) {
            return duplicateKey(what, e.getMessage(), e);
        }
        if (write && notSent(e)) {
            return new DatabaseError(what + " failed before the request was sent, so nothing was written: "
                    + e.getMessage(), e);
        }
        if (write && (e instanceof MongoSocketException || e instanceof MongoOperationTimeoutException)) {
            return new DatabaseError(what + " failed: the connection broke after the request was sent, so the write may "
                    + "or may not have been applied; check the data before repeating it. The driver retries such a "
                    + "write once where the server supports retryable writes (replica sets and sharded clusters, with "
                    + "retryWrites=true, the default)" + (e.hasErrorLabel("RetryableWriteError") ? "; it was retryable"
                    : "") + ": " + e.getMessage(), e);
        }
        return new DatabaseError(what + " failed: " + e.getMessage(), e);
    }

    /**
     * Failures that happen before a request leaves: no server selected in time, no connection, no
     * credentials. (An operation timeout may strike after the request left, so it is not one.)
     */
    private static boolean notSent(MongoException e) {
        return e instanceof MongoSocketOpenException || e instanceof MongoSecurityException
                || (e instanceof MongoTimeoutException && !(e instanceof MongoOperationTimeoutException));
    }

    /**
     * What a bulk write applied before it failed, since an ordered write stops at the first error and
     * keeps what came before: {@code ; before the error the server applied 2 inserts}.
     */
    private static String applied(MongoBulkWriteException e) {
        com.mongodb.bulk.BulkWriteResult result = e.getWriteResult();
        if (result == null || !result.wasAcknowledged()) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        count(parts, result.getInsertedCount(), "insert");
        count(parts, result.getMatchedCount(), "update");
        count(parts, result.getDeletedCount(), "delete");
        count(parts, result.getUpserts().size(), "upsert");
        return "; before the error the server applied " + (parts.isEmpty() ? "nothing" : String.join(", ", parts))
                + " of this request";
    }

    private static void count(java.util.List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + " " + what + (count == 1 ? "" : "s"));
        }
    }

    private static IntegrityError duplicateKey(String what, String serverMessage, MongoException cause) {
        Matcher matcher = INDEX_NAME.matcher(String.valueOf(serverMessage));
        String index = matcher.find() ? matcher.group(1) : null;
        String message = what + " failed: duplicate key" + (index == null ? "" : " in index " + index)
                + " (" + serverMessage + ")";
        return new IntegrityError(message, index, cause);
    }
}
