package io.djongo.admin.forms;

import io.djongo.meta.ModelMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonValue;

/**
 * What a bound form knows besides its values: the inputs that could not be read (shown back as
 * typed), the errors by form key ({@link #NON_FIELD} for the whole object), and the row tokens of
 * every list and map, which name rows in form keys ({@code authors.i0.name}) whatever their order.
 */
public final class FormState {
    /** The key of errors about the whole object. */
    public static final String NON_FIELD = "__all__";

    final Map<String, String> raw = new HashMap<>();
    final Map<String, List<String>> errors = new LinkedHashMap<>();
    final Map<String, List<String>> tokens = new HashMap<>();
    /** For each map: its entries' keys to their row tokens. */
    final Map<String, Map<String, String>> mapTokens = new HashMap<>();
    /** The lists whose rows came from another document than the stored one (after a conflict): never compared row by row. */
    final Set<String> detached = new HashSet<>();
    final List<ReferenceInput> references = new ArrayList<>();

    /**
     * The ids a reference input named, for the check that they exist, which needs the database.
     *
     * @param key the input's form key
     * @param target the referenced model
     * @param ids the ids read from the input
     * @param many whether the input holds several ids (a {@code RefList})
     */
    public record ReferenceInput(String key, ModelMeta<?> target, List<BsonValue> ids, boolean many) {
        public ReferenceInput {
            ids = List.copyOf(ids);
        }
    }

    public FormState() {}

    public void error(String key, String message) {
        List<String> messages = errors.computeIfAbsent(key, k -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors by form key. */
    public Map<String, List<String>> errors() {
        return errors;
    }

    public List<String> errors(String key) {
        return errors.getOrDefault(key, List.of());
    }

    /** The reference inputs of the bound form, with the ids they hold. */
    public List<ReferenceInput> references() {
        return references;
    }

    /** The tokens of the rows of the list or map at {@code key}, when it was bound. */
    List<String> tokens(String key) {
        return tokens.get(key);
    }
}
