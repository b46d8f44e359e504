package io.djongo.admin.auth;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * A logged-in browser (Django's {@code sessions.Session}): stored under the SHA-256 of the cookie's
 * random key, so the collection never holds a key that would let someone in, with the user, the
 * expiry and the messages to show on the next page.
 */
@Model(collection = "admin_session", label = "session")
public class Session extends Session_ {
    @Id
    String keyHash;
    ObjectId userId;
    Instant expires;
    List<String> messages = new ArrayList<>();

    public Session() {}

    Session(String keyHash, ObjectId userId, Instant expires) {
        this.keyHash = keyHash;
        this.userId = userId;
        this.expires = expires;
    }

    public ObjectId userId() {
        return userId;
    }

    public Instant expires() {
        return expires;
    }

    public String keyHash() {
        return keyHash;
    }

    public List<String> messages() {
        return messages;
    }
}
