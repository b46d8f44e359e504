package io.djongo.migrations;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The lease that keeps two {@code migrate} runs from working at once: one document with the fixed
 * {@code _id} {@code "lock"} in {@code djongo_migrations} (beside the records, whose ids are
 * {@code app.Migration}), taken with {@code insertOne} (atomic on every
 * server: the second insert of the same {@code _id} fails), holding its holder and an expiry that
 * a background thread renews. A waiting run polls until the document is gone; one whose holder
 * stopped renewing (a crashed process) is taken over after its expiry. A run that cannot renew
 * its lease stops before its next operation.
 */
final class MigrationLock implements AutoCloseable {
    static final String COLLECTION = MigrationRecorder.COLLECTION;
    static final String ID = "lock";
    private static final Duration POLL = Duration.ofMillis(200);

    private final MongoCollection<BsonDocument> locks;
    private final String holder;
    private final Duration lease;
    private final ScheduledExecutorService renewer;
    private volatile Instant renewedUntil;
    private volatile String lost;

    private MigrationLock(MongoCollection<BsonDocument> locks, String holder, Duration lease, Instant expires) {
        this.locks = locks;
        this.holder = holder;
        this.lease = lease;
        this.renewedUntil = expires;
        this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "djongo-migration-lock");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        renewer.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock, waiting up to {@code timeout} while another run holds it.
     *
     * @throws MigrationLockError naming the holder when the wait times out
     */
    static MigrationLock acquire(MongoDatabase database, Duration lease, Duration timeout, MigrationListener listener) {
        MongoCollection<BsonDocument> locks = database.getCollection(COLLECTION, BsonDocument.class);
        String holder = newHolder();
        Instant deadline = Instant.now().plus(timeout);
        String reported = null;
        while (true) {
            Instant now = Instant.now();
            Instant expires = now.plus(lease);
            try {
                locks.insertOne(new BsonDocument("_id", new BsonString(ID)).append("holder", new BsonString(holder))
                        .append("acquired", new BsonDateTime(now.toEpochMilli()))
                        .append("expires", new BsonDateTime(expires.toEpochMilli())));
                return new MigrationLock(locks, holder, lease, expires);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw new MigrationError("cannot take the migration lock in " + COLLECTION + ": " + e.getMessage(), e);
                }
            }
            BsonDocument current = locks.find(new BsonDocument("_id", new BsonString(ID))).first();
            if (current == null) {
                continue; // released meanwhile
            }
            String other = current.getString("holder", new BsonString("an unknown migrator")).getValue();
            Instant otherExpires = current.isDateTime("expires")
                    ? Instant.ofEpochMilli(current.getDateTime("expires").getValue()) : Instant.EPOCH;
            if (otherExpires.isBefore(Instant.now())) {
                // The holder stopped renewing: it died. Remove exactly that lease, then race for a new one.
                BsonValue expiry = current.get("expires");
                locks.deleteOne(new BsonDocument("_id", new BsonString(ID)).append("holder", new BsonString(other))
                        .append("expires", expiry != null ? expiry : new BsonDocument("$exists", BsonBoolean.FALSE)));
                continue;
            }
            if (!(other + otherExpires).equals(reported)) {
                reported = other + otherExpires;
                listener.waitingForLock(other, otherExpires);
            }
            if (Instant.now().isAfter(deadline)) {
                Instant acquired = current.isDateTime("acquired")
                        ? Instant.ofEpochMilli(current.getDateTime("acquired").getValue()) : null;
                throw new MigrationLockError("another migrate is running: " + other + " holds the migration lock"
                        + (acquired == null ? "" : " since " + acquired) + ", renewed until " + otherExpires
                        + "; this one waited " + timeout.toSeconds() + " s. Wait for it to finish and run migrate again. "
                        + "If that process is gone, its lease ends at " + otherExpires + " and the next migrate takes over; "
                        + "to take over at once, delete {_id: \"" + ID + "\"} from " + COLLECTION);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationLockError("interrupted while waiting for the migration lock held by " + other);
            }
        }
    }

    /** Who holds a lock: host, process and a random tag (two runs in one process differ). */
    private static String newHolder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown host";
        }
        return "migrate on " + host + ", pid " + ProcessHandle.current().pid() + " ("
                + Integer.toHexString(0x100000 + ThreadLocalRandom.current().nextInt(0xEFFFFF)) + ")";
    }

    String holder() {
        return holder;
    }

    private void renew() {
        Instant expires = Instant.now().plus(lease);
        try {
            long matched = locks.updateOne(new BsonDocument("_id", new BsonString(ID)).append("holder", new BsonString(holder)),
                    new BsonDocument("$set", new BsonDocument("expires", new BsonDateTime(expires.toEpochMilli()))))
                    .getMatchedCount();
            if (matched == 0) {
                lost = "another migrator took over the migration lock (this run's lease had expired)";
            } else {
                renewedUntil = expires;
            }
        } catch (MongoException e) {
            if (Instant.now().isAfter(renewedUntil)) {
                lost = "the migration lock could not be renewed before its lease ended: " + e.getMessage();
            }
        }
    }

    /** Stops the run when the lease is lost. */
    void check() {
        String reason = lost;
        if (reason == null && Instant.now().isAfter(renewedUntil)) {
            reason = "the migration lock was not renewed before its lease ended";
        }
        if (reason != null) {
            throw new MigrationLockError(reason + "; this run stopped so that two migrators never work at once. "
                    + "Run migrate again: it continues where this one stopped");
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
        try {
            locks.deleteOne(new BsonDocument("_id", new BsonString(ID)).append("holder", new BsonString(holder)));
        } catch (MongoException e) {
            // the lease expires on its own
        }
    }
}
