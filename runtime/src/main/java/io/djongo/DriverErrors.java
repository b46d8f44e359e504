package io.djongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns driver exceptions into the runtime's own, keeping the driver's as the cause, so callers
 * catch {@link IntegrityError} for a duplicate key instead of parsing error codes.
 */
public final class DriverErrors {
    private static final Pattern INDEX_NAME = Pattern.compile("index: (\\S+)");

    private DriverErrors() {}

    /** Runs {@code call}, translating driver failures; {@code what} says what was attempted. */
    public static <V> V call(String what, Supplier<V> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw translate(what, e);
        } catch (org.bson.BSONException e) {
            // A reply the driver could not read: seen with servers that answer some commands
            // with malformed write errors. Codec failures are DecodingExceptions, never these.
            throw new DatabaseError(what + " failed: the server's reply could not be read: " + e.getMessage(), e);
        }
    }

    /** The runtime exception for a driver failure during {@code what}. */
    public static DjongoException translate(String what, MongoException e) {
        if (e instanceof MongoWriteException) {
            MongoWriteException write = (MongoWriteException) e;
            if (write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return duplicateKey(what, write.getError().getMessage(), e);
            }
        }
        if (e instanceof MongoBulkWriteException) {
            for (BulkWriteError error : ((MongoBulkWriteException) e).getWriteErrors()) {
                if (error.getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return duplicateKey(what, error.getMessage(), e);
                }
            }
        }
        if (e instanceof MongoServerException && ErrorCategory.fromErrorCode(((MongoServerException) e).getCode())
                == ErrorCategory.DUPLICATE_KEY) {
            return duplicateKey(what, e.getMessage(), e);
        }
        return new DatabaseError(what + " failed: " + e.getMessage(), e);
    }

    private static IntegrityError duplicateKey(String what, String serverMessage, MongoException cause) {
        Matcher matcher = INDEX_NAME.matcher(String.valueOf(serverMessage));
        String index = matcher.find() ? matcher.group(1) : null;
        String message = what + " failed: duplicate key" + (index == null ? "" : " in index " + index)
                + " (" + serverMessage + ")";
        return new IntegrityError(message, index, cause);
    }
}
