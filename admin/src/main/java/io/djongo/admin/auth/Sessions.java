package io.djongo.admin.auth;

import io.djongo.query.Manager;
import io.djongo.query.QuerySet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;

/**
 * Login sessions stored as {@link Session} documents, as Django's database session backend. The
 * browser holds a random key; the collection holds only its SHA-256, with the user and the expiry.
 * Logging in always starts a new session (no fixation); logging out deletes it.
 */
public final class Sessions {
    /** Django's {@code SESSION_COOKIE_AGE}: two weeks. */
    public static final Duration AGE = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String alias;
    private final Clock clock;

    public Sessions(String alias, Clock clock) {
        this.alias = alias;
        this.clock = clock;
    }

    private QuerySet<Session> sessions() {
        Manager<Session> sessions = Session_.objects();
        return alias == null ? sessions : sessions.using(alias);
    }

    /** Starts a session of {@code user}; returns the key for the cookie. */
    public String start(ObjectId user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Manager<Session> manager = alias == null ? Session_.objects() : Session_.objects().using(alias);
        manager.create(new Session(hash(key), user, clock.instant().plus(AGE)));
        return key;
    }

    /** The live session of the cookie's {@code key}; empty for an unknown, malformed or expired key. */
    public Optional<Session> find(String key) {
        if (key == null || key.length() != 43) {
            return Optional.empty();
        }
        Optional<Session> session = sessions().filter(Session_.keyHash.eq(hash(key))).first();
        if (session.isPresent() && !session.get().expires().isAfter(clock.instant())) {
            end(key);
            return Optional.empty();
        }
        return session;
    }

    /** Ends the session of {@code key}, if any. */
    public void end(String key) {
        if (key != null) {
            sessions().filter(Session_.keyHash.eq(hash(key))).delete();
        }
    }

    /** Ends every session of {@code user}, as when a password changes. */
    public void endAll(ObjectId user) {
        sessions().filter(Session_.userId.eq(user)).delete();
    }

    /** Keeps a message for the next page of this session (Django's messages framework). */
    public void addMessage(Session session, String message) {
        sessions().filter(Session_.keyHash.eq(session.keyHash())).update(Session_.messages.push(message));
    }

    /** The messages kept for this session, removed as they are read. */
    public List<String> takeMessages(Session session) {
        if (session.messages().isEmpty()) {
            return List.of();
        }
        List<String> messages = new ArrayList<>(session.messages());
        sessions().filter(Session_.keyHash.eq(session.keyHash())).update(Session_.messages.set(new ArrayList<>()));
        return messages;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
