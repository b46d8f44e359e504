package io.djongo.admin.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one user name from
 * one address, or {@link #MAX_ADDRESS_FAILURES} from one address for any names, within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window,
 * whether the password is right or not. Kept in memory, per server.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final int MAX_ADDRESS_FAILURES = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys kept at most, so a flood of names cannot fill the memory; the oldest are dropped. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    /** When {@code username} or {@code address} may try again, or {@code null} when it may now. */
    public Instant lockedUntil(String username, String address) {
        Instant user = until(userKey(username, address), MAX_FAILURES);
        Instant ip = until("ip:" + address, MAX_ADDRESS_FAILURES);
        if (user == null) {
            return ip;
        }
        return ip == null || user.isAfter(ip) ? user : ip;
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        record(userKey(username, address), MAX_FAILURES);
        record("ip:" + address, MAX_ADDRESS_FAILURES);
    }

    /** A successful login forgets the user's failures from that address (not the address's others). */
    public void succeeded(String username, String address) {
        failures.remove(userKey(username, address));
    }

    /** Forgets every failure. */
    public void clear() {
        failures.clear();
    }

    private static String userKey(String username, String address) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "@" + address;
    }

    private void record(String key, int max) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
            while (times.size() > max) {
                times.removeFirst();
            }
        }
    }

    private Instant until(String key, int max) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= max ? times.peekFirst().plus(WINDOW) : null;
        }
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
