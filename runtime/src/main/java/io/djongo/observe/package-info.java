/**
 * What the runtime tells about the commands it sends: {@link io.djongo.observe.QueryLog} logs each
 * command through {@link java.lang.System.Logger} (every command at {@code DEBUG}, slow ones at
 * {@code INFO}, values redacted), and hands timings to an optional
 * {@link io.djongo.observe.CommandMetrics} hook for a metrics library.
 */
package io.djongo.observe;
