package io.djongo.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * One index of a {@code @Model}, with its field paths resolved to BSON paths.
 *
 * @param keys the keys in order: BSON path and its value ({@code 1}, {@code -1}, {@code "text"}, ...)
 * @param name the declared name, or {@code null} for MongoDB's default
 * @param unique whether values are unique
 * @param sparse whether documents without the fields are left out
 * @param partialFilter the partial filter as JSON, or {@code null}
 * @param expireAfterSeconds the TTL, or {@code -1}
 * @param collation the collation as JSON, or {@code null}
 * @param weights the text weights as JSON, or {@code null}
 * @param defaultLanguage the text default language, or {@code null}
 */
public record IndexModel(List<Key> keys, String name, boolean unique, boolean sparse, String partialFilter,
        long expireAfterSeconds, String collation, String weights, String defaultLanguage) {

    /** One key: a BSON path and its direction ({@code 1}/{@code -1}) or type ({@code "text"}, {@code "2dsphere"}, {@code "hashed"}). */
    public record Key(String path, Object value) {
        public Key {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }
    }

    public IndexModel {
        keys = List.copyOf(keys);
    }

    /** MongoDB's default name: {@code blog.name_1_pub_date_-1}. */
    public String effectiveName() {
        if (name != null) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (Key key : keys) {
            out.append(out.length() == 0 ? "" : "_").append(key.path()).append('_').append(key.value());
        }
        return out.toString();
    }
}
