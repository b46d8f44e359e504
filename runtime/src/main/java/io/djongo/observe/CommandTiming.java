package io.djongo.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * One command's round trip, as a metrics hook receives it: tag a timer with {@link #collection()}
 * and {@link #command()} (and {@link #succeeded()}), and record {@link #duration()}.
 *
 * @param database the database the command ran in
 * @param collection the collection it worked on, or {@code ""} for a command of the database
 *        itself ({@code listCollections}, {@code ping})
 * @param command the command's name: {@code find}, {@code insert}, {@code update}, {@code delete},
 *        {@code aggregate}, {@code count}, {@code getMore}, ...
 * @param duration from sending the command to receiving its reply, as the driver measured it
 * @param succeeded whether the server answered without error
 */
public record CommandTiming(String database, String collection, String command, Duration duration, boolean succeeded) {
    public CommandTiming {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(duration, "duration");
    }
}
