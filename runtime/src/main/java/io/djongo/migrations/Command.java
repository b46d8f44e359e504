package io.djongo.migrations;

import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * One command an operation sends to the server, exactly as sent ({@code migrate --plan} prints
 * them), or a note about work that depends on the data, such as a batched rewrite.
 *
 * @param body the command document, or {@code null} for a note
 * @param admin whether the command runs on the {@code admin} database ({@code renameCollection})
 * @param note a note for the reader, or {@code null} for a command
 */
public record Command(BsonDocument body, boolean admin, String note) {
    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    public Command {
        if ((body == null) == (note == null)) {
            throw new IllegalArgumentException("a command has either a body or a note");
        }
    }

    /** A command run on the migrated database. */
    public static Command of(BsonDocument body) {
        return new Command(Objects.requireNonNull(body, "body").clone(), false, null);
    }

    /** A command run on the {@code admin} database. */
    public static Command admin(BsonDocument body) {
        return new Command(Objects.requireNonNull(body, "body").clone(), true, null);
    }

    /** A note: work that depends on the data, or nothing at all. */
    public static Command note(String note) {
        return new Command(null, false, Objects.requireNonNull(note, "note"));
    }

    /** Whether this is a note rather than a command. */
    public boolean isNote() {
        return body == null;
    }

    /** The command as one line of JSON ({@code admin: } first for the admin database), or {@code // note}. */
    @Override
    public String toString() {
        if (body == null) {
            return "// " + note;
        }
        return (admin ? "admin: " : "") + body.toJson(JSON);
    }
}
