package io.djongo.observe;

/**
 * Receives the timing of every command a connection sends, for a metrics library; Djongo depends
 * on none. With Micrometer, one timer per collection and command:
 *
 * <pre>{@code
 * CommandMetrics metrics = timing -> Timer.builder("djongo.commands")
 *         .tag("collection", timing.collection())
 *         .tag("command", timing.command())
 *         .tag("outcome", timing.succeeded() ? "success" : "failure")
 *         .register(registry)
 *         .record(timing.duration());
 * }</pre>
 *
 * <p>It is called on the thread that ran the command, once the reply has arrived, so it should be
 * quick; an exception it throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface CommandMetrics {
    void record(CommandTiming timing);
}
