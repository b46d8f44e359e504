package io.djongo;

import java.util.List;
import java.util.Map;

/**
 * A deletion was refused because other objects refer to the ones being deleted through a
 * relation with {@code onDelete = PROTECT} (or {@code RESTRICT}, when they are not deleted by the
 * same call); nothing was deleted (Django's {@code ProtectedError}/{@code RestrictedError}).
 */
public class ProtectedError extends DjongoException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<Object>> blocking;

    /** @param blocking the blocking objects' ids by model name, as many as were found (up to a limit) */
    public ProtectedError(String message, Map<String, List<Object>> blocking) {
        super(message);
        this.blocking = Map.copyOf(blocking);
    }

    /** The ids of the objects that block the deletion, by model name. */
    public Map<String, List<Object>> blocking() {
        return blocking;
    }
}
