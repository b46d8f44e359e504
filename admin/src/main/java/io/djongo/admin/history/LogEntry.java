package io.djongo.admin.history;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Index;
import io.djongo.annotations.Model;
import java.time.Instant;
import org.bson.types.ObjectId;

/**
 * One action taken in the admin (Django's {@code admin.LogEntry}): who added, changed or deleted
 * which object, when, and which fields a change wrote.
 */
@Model(collection = "admin_log", label = "log entry", labelPlural = "log entries", ordering = "-actionTime",
        indexes = @Index(fields = {"model", "objectId", "actionTime"}))
public class LogEntry extends LogEntry_ {
    /** What was done. */
    public enum Action { ADDITION, CHANGE, DELETION }

    @Id
    ObjectId id;
    @Field(editable = false)
    Instant actionTime;
    ObjectId userId;
    @Field(maxLength = 150)
    String username;
    /** The collection of the object's model. */
    String model;
    /** The object's id as the admin's URLs write it. */
    String objectId;
    @Field(maxLength = 200)
    String objectRepr;
    Action action;
    String changeMessage;

    public LogEntry() {}

    LogEntry(Instant actionTime, ObjectId userId, String username, String model, String objectId, String objectRepr,
            Action action, String changeMessage) {
        this.actionTime = actionTime;
        this.userId = userId;
        this.username = username;
        this.model = model;
        this.objectId = objectId;
        this.objectRepr = objectRepr;
        this.action = action;
        this.changeMessage = changeMessage;
    }

    public Instant actionTime() {
        return actionTime;
    }

    public String username() {
        return username;
    }

    public String model() {
        return model;
    }

    public String objectId() {
        return objectId;
    }

    public String objectRepr() {
        return objectRepr;
    }

    public Action action() {
        return action;
    }

    public String changeMessage() {
        return changeMessage;
    }

    @Override
    public String toString() {
        return action + " " + model + " " + objectRepr + " by " + username;
    }
}
