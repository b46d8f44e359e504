package io.djongo;

import java.util.List;
import java.util.Map;

/**
 * A deletion was refused because other objects refer to the ones being deleted through a
 * relation with {@code onDelete = PROTECT}; nothing was deleted (Django's {@code ProtectedError}).
 */
public class ProtectedError extends IntegrityError {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<Object>> blocking;

    /** @param blocking the blocking objects' ids by model name, as many as were found (up to a limit) */
    public ProtectedError(String message, Map<String, List<Object>> blocking) {
        super(message, null, null);
        this.blocking = Map.copyOf(blocking);
    }

    /** The ids of the objects that block the deletion, by model name. */
    public Map<String, List<Object>> blocking() {
        return blocking;
    }
}
