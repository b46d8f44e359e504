package io.djongo.observe;

import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Logs the commands a connection sends, through {@link System.Logger} {@value #LOGGER_NAME}, and
 * times them for an optional {@link CommandMetrics} hook. {@code Djongo.connect(...)} installs one
 * in every client it creates, configured by system properties; a client built by the application
 * can add its own ({@code MongoClientSettings.builder().addCommandListener(QueryLog.builder()...build())}).
 *
 * <ul>
 *   <li>At {@code DEBUG}, every command, once it completes: its name, database and collection, how
 *       long it took, and its BSON.</li>
 *   <li>At {@code INFO}, commands that took at least the slow threshold ({@value #SLOW_MILLIS_PROPERTY},
 *       500 ms by default; {@code 0} turns this off), with the same text.</li>
 * </ul>
 *
 * <p>Values are redacted by default: keys, operators and the command's options stay, every value
 * in a filter, update, document or pipeline is logged as {@code "?"}:
 * {@code find blog.entry 0.8 ms {"find": "entry", "filter": {"rating": {"$gte": "?"}}, "limit": 10}}.
 * Set {@value #SHOW_VALUES_PROPERTY} to {@code true} (or {@link Builder#showValues(boolean)}) to log
 * them, for development only. A command's text is cut after 2000 characters.
 *
 * <p>When neither level is enabled and there is no metrics hook, the listener does nothing per
 * command.
 */
public final class QueryLog implements CommandListener {
    /** The name of the logger: set it to {@code DEBUG} to see every command. */
    public static final String LOGGER_NAME = "io.djongo.query";

    /** System property: the slow-command threshold in milliseconds; {@code 0} turns slow logging off. */
    public static final String SLOW_MILLIS_PROPERTY = "djongo.query.slowMillis";

    /** System property: {@code true} logs values instead of {@code ?}. */
    public static final String SHOW_VALUES_PROPERTY = "djongo.query.showValues";

    /** The slow-command threshold unless {@value #SLOW_MILLIS_PROPERTY} says otherwise; MongoDB's own {@code slowms}. */
    public static final Duration DEFAULT_SLOW_THRESHOLD = Duration.ofMillis(500);

    /** The logger; {@code null} until {@link #logger()} has taken it from {@link #finding}. */
    private volatile Logger logger;
    /** The default logger being found; {@code null} when the log was given a logger. */
    private final Future<Logger> finding;
    private final Duration slowThreshold;
    private final boolean showValues;
    private final CommandMetrics metrics;
    private final Map<Integer, Started> started = new ConcurrentHashMap<>();

    /** What is kept of a command between its start and its reply; the driver's document is only valid during the callback. */
    private record Started(String collection, String text) {}

    private QueryLog(Logger logger, Duration slowThreshold, boolean showValues, CommandMetrics metrics) {
        this.logger = logger;
        this.finding = logger == null ? DefaultLogger.find() : null;
        this.slowThreshold = slowThreshold;
        this.showValues = showValues;
        this.metrics = metrics;
    }

    /** A query log configured by the system properties, as {@code Djongo.connect(...)} installs it. */
    public static QueryLog fromSystemProperties() {
        return builder().build();
    }

    /** A builder that starts from the system properties' settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code settings}, with a query log configured by the system properties added unless it
     * already has one: what {@code Djongo.connect(...)} does to the settings of the clients it creates.
     */
    public static MongoClientSettings installedIn(MongoClientSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.getCommandListeners().stream().anyMatch(QueryLog.class::isInstance)) {
            return settings;
        }
        return MongoClientSettings.builder(settings).addCommandListener(fromSystemProperties()).build();
    }

    /** The slow-command threshold; {@link Duration#ZERO} when slow commands are not logged apart. */
    public Duration slowThreshold() {
        return slowThreshold;
    }

    /** Whether values are logged instead of {@code ?}. */
    public boolean showsValues() {
        return showValues;
    }

    /**
     * The logger, once it is found. Finding the {@value #LOGGER_NAME} logger starts the JDK's logging
     * (a {@code LoggerFinder} looked up over the class path, then {@code java.util.logging}), which
     * takes tens of milliseconds in a fresh JVM; it runs on a thread of its own from the moment the
     * log is built, while the client connects, so the first command rarely waits for it.
     */
    private Logger logger() {
        Logger found = logger;
        if (found == null) {
            try {
                found = finding.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                found = System.getLogger(LOGGER_NAME);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            }
            logger = found;
        }
        return found;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        Logger logger = logger();
        boolean debug = logger.isLoggable(Level.DEBUG);
        boolean slow = !slowThreshold.isZero() && logger.isLoggable(Level.INFO);
        if (!debug && !slow && metrics == null) {
            return;
        }
        String text = debug || slow ? CommandText.of(event.getCommand(), showValues) : null;
        started.put(event.getRequestId(), new Started(CommandText.collection(event.getCommand()), text));
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        completed(event.getRequestId(), event.getDatabaseName(), event.getCommandName(),
                event.getElapsedTime(TimeUnit.NANOSECONDS), null);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        completed(event.getRequestId(), event.getDatabaseName(), event.getCommandName(),
                event.getElapsedTime(TimeUnit.NANOSECONDS), event.getThrowable());
    }

    private void completed(int requestId, String database, String command, long nanos, Throwable failure) {
        Started start = started.remove(requestId);
        if (start == null) {
            return; // started while nothing was enabled
        }
        Logger logger = logger();
        if (start.text() != null) {
            boolean slow = !slowThreshold.isZero() && nanos >= slowThreshold.toNanos();
            Level level = slow ? Level.INFO : Level.DEBUG;
            if (logger.isLoggable(level)) {
                logger.log(level, line(slow, database, start.collection(), command, nanos, failure, start.text()));
            }
        }
        if (metrics != null) {
            try {
                metrics.record(new CommandTiming(database, start.collection(), command, Duration.ofNanos(nanos),
                        failure == null));
            } catch (RuntimeException e) {
                logger.log(Level.WARNING, "the CommandMetrics hook failed on " + command + "; the command itself is "
                        + "unaffected", e);
            }
        }
    }

    /** {@code find blog.entry 0.8 ms {...}}, with {@code slow} and {@code failed (...)} where they apply. */
    private static String line(boolean slow, String database, String collection, String command, long nanos,
            Throwable failure, String text) {
        StringBuilder line = new StringBuilder();
        if (slow) {
            line.append("slow ");
        }
        line.append(command).append(' ').append(database);
        if (!collection.isEmpty()) {
            line.append('.').append(collection);
        }
        line.append(' ').append(String.format(Locale.ROOT, "%.1f ms", nanos / 1e6));
        if (failure != null) {
            line.append(" failed (").append(failure.getClass().getSimpleName()).append(": ")
                    .append(failure.getMessage()).append(')');
        }
        return line.append(' ').append(text).toString();
    }

    /** Settings of a {@link QueryLog}; each starts at its system property's value. */
    public static final class Builder {
        private Duration slowThreshold = slowThresholdProperty();
        private boolean showValues = Boolean.parseBoolean(System.getProperty(SHOW_VALUES_PROPERTY, "false"));
        private CommandMetrics metrics;
        private Logger logger;

        private Builder() {}

        /** Commands that take at least {@code threshold} are logged at {@code INFO}; {@link Duration#ZERO} turns that off. */
        public Builder slowThreshold(Duration threshold) {
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.isNegative()) {
                throw new IllegalArgumentException("the slow-command threshold cannot be negative (" + threshold
                        + "); use Duration.ZERO to turn slow-command logging off");
            }
            this.slowThreshold = threshold;
            return this;
        }

        /** Logs values instead of {@code ?}: for development, never where the data is private. */
        public Builder showValues(boolean showValues) {
            this.showValues = showValues;
            return this;
        }

        /** Hands every command's timing to {@code metrics}. */
        public Builder metrics(CommandMetrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        /** Logs to {@code logger} instead of the one named {@value QueryLog#LOGGER_NAME}. */
        public Builder logger(Logger logger) {
            this.logger = Objects.requireNonNull(logger, "logger");
            return this;
        }

        public QueryLog build() {
            return new QueryLog(logger, slowThreshold, showValues, metrics);
        }

        private static Duration slowThresholdProperty() {
            String value = System.getProperty(SLOW_MILLIS_PROPERTY);
            if (value == null || value.isBlank()) {
                return DEFAULT_SLOW_THRESHOLD;
            }
            try {
                long millis = Long.parseLong(value.trim());
                if (millis >= 0) {
                    return Duration.ofMillis(millis);
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            throw new IllegalArgumentException("the system property " + SLOW_MILLIS_PROPERTY + " is \"" + value
                    + "\"; it must be a whole number of milliseconds, such as 200, or 0 to turn slow-command logging off");
        }
    }

    /** The {@value #LOGGER_NAME} logger, found once per JVM on a daemon thread (see {@link #logger()}). */
    private static final class DefaultLogger {
        private static FutureTask<Logger> finding;

        private DefaultLogger() {}

        static synchronized Future<Logger> find() {
            if (finding == null) {
                FutureTask<Logger> task = new FutureTask<>(() -> System.getLogger(LOGGER_NAME));
                Thread thread = new Thread(() -> {
                    task.run();
                    if (!succeeded(task)) {
                        forget(task); // the next query log tries again
                    }
                }, "djongo-query-log");
                thread.setDaemon(true);
                finding = task;
                thread.start();
            }
            return finding;
        }

        private static boolean succeeded(FutureTask<Logger> task) {
            try {
                task.get();
                return true;
            } catch (ExecutionException | InterruptedException e) {
                return false;
            }
        }

        private static synchronized void forget(FutureTask<Logger> failed) {
            if (finding == failed) {
                finding = null;
            }
        }
    }
}
