package io.djongo.signals;

/**
 * A connected receiver, as {@code Signals.postSave(...)} and the other connecting methods return
 * it: {@link #disconnect()} (or {@link #close()}, in try-with-resources) stops it receiving.
 */
public interface Receiver extends AutoCloseable {
    /**
     * Stops the receiver receiving (Django's {@code Signal.disconnect}).
     *
     * @return whether it was connected until now
     */
    boolean disconnect();

    /** Whether the receiver still receives. */
    boolean connected();

    /** Disconnects the receiver; see {@link #disconnect()}. */
    @Override
    default void close() {
        disconnect();
    }
}
