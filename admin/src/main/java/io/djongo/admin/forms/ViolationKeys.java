package io.djongo.admin.forms;

import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelMeta;
import io.djongo.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the violations of the model's validation beside their inputs: a violation's path
 * ({@code blog.name}, {@code authors[2].email}, {@code votes[up]}) is written in Java names and
 * element positions, and becomes the form key of that input ({@code blog.name},
 * {@code authors.i2.email}, {@code votes.i0}) through the row tokens the binder recorded.
 */
final class ViolationKeys {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[[^\\]]*\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    private ViolationKeys() {}

    /** Adds each violation to {@code state} under its input's key, or as an error of the whole object. */
    static void place(ModelMeta<?> meta, List<Violation> violations, FormState state) {
        for (Violation violation : violations) {
            String key = key(meta, violation.path(), state);
            if (key == null) {
                String where = violation.path().equals(FormState.NON_FIELD) ? "" : violation.path() + ": ";
                state.error(FormState.NON_FIELD, where + violation.message());
            } else {
                state.error(key, violation.message());
            }
        }
    }

    /** The form key of {@code path}, or {@code null} when it is not one input of the form. */
    static String key(ModelMeta<?> root, String path, FormState state) {
        if (path.equals(FormState.NON_FIELD)) {
            return null;
        }
        ModelMeta<?> model = root;
        String key = "";
        String[] parts = path.split("\\.(?![^\\[]*\\])");
        for (int p = 0; p < parts.length; p++) {
            if (model == null) {
                return null;
            }
            Matcher segment = SEGMENT.matcher(parts[p]);
            if (!segment.matches()) {
                return null;
            }
            FieldMeta field = model.field(segment.group(1)).orElse(null);
            if (field == null) {
                return null;
            }
            key = FormKeys.child(key, field.bsonName());
            FieldType type = field.type();
            Matcher index = INDEX.matcher(segment.group(2));
            while (index.find()) {
                String position = index.group(1);
                if (type.kind() == FieldKind.LIST || type.kind() == FieldKind.SET) {
                    List<String> tokens = state.tokens(key);
                    int i;
                    try {
                        i = Integer.parseInt(position);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    if (tokens == null || i < 0 || i >= tokens.size()) {
                        return null;
                    }
                    key = FormKeys.child(key, tokens.get(i));
                } else if (type.kind() == FieldKind.MAP) {
                    Map<String, String> entries = state.mapTokens.get(key);
                    if (entries == null || !entries.containsKey(position)) {
                        return null;
                    }
                    key = FormKeys.child(key, entries.get(position));
                } else {
                    return null;
                }
                type = type.element();
            }
            model = type.kind() == FieldKind.EMBEDDED ? type.model() : null;
        }
        // A path that ends at an embedded model (its clean() failed) is shown on its fieldset.
        return key;
    }
}
