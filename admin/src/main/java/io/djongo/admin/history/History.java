package io.djongo.admin.history;

import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import java.time.Clock;
import java.util.List;
import org.bson.types.ObjectId;

/** Writes and reads the admin's history, a {@link LogEntry} per action, on one connection. */
public final class History {
    private final String alias;
    private final Clock clock;

    public History(String alias, Clock clock) {
        this.alias = alias;
        this.clock = clock;
    }

    private Manager<LogEntry> entries() {
        return alias == null ? LogEntry_.objects() : LogEntry_.objects().using(alias);
    }

    /** Records an action; {@code message} says what changed ("Changed headline and blog.name."). */
    public void log(ObjectId userId, String username, String model, String objectId, String objectRepr,
            LogEntry.Action action, String message) {
        String repr = objectRepr == null ? "" : objectRepr.length() > 200 ? objectRepr.substring(0, 197) + "..." : objectRepr;
        entries().create(new LogEntry(clock.instant(), userId, username, model, objectId, repr, action, message));
    }

    /** The actions on one object, oldest first, as Django's history page lists them. */
    public List<LogEntry> of(String model, String objectId) {
        QuerySet<LogEntry> all = entries().filter(LogEntry_.model.eq(model)).filter(LogEntry_.objectId.eq(objectId));
        return all.orderBy(LogEntry_.actionTime.asc()).limit(1000).list();
    }

    /** The most recent actions of a user, for the index page's "Recent actions". */
    public List<LogEntry> recent(ObjectId userId, int count) {
        return entries().filter(LogEntry_.userId.eq(userId)).orderBy(LogEntry_.actionTime.desc()).limit(count).list();
    }
}
