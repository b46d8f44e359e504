package io.djongo.query;

import io.djongo.meta.ModelMeta;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What Django lookup strings resolve to on one model, so that a string a program uses again is
 * split and looked up in the metadata once: {@code "blog__name__istartswith"} is resolved to its
 * field path, type and lookups the first time, and later calls only convert the value and build
 * the filter. Also which array of models a filter's path reaches into, which every
 * {@code filter()} call asks. Only what the metadata decides is kept, never a value; a lookup that
 * fails to resolve is not kept.
 *
 * <p>Thread-safe and bounded: lookup strings can come from users (URL filters, an admin search),
 * so each model keeps at most {@link #MAX_ENTRIES} strings of each kind, and a full table is
 * emptied and filled again rather than grow. Held per generated metadata class (one instance per
 * model), so a model's table goes away with its class loader.
 */
final class LookupCache {
    /** Strings kept per model and kind; programs use a few dozen, so only made-up strings reach it. */
    static final int MAX_ENTRIES = 512;

    private static final ClassValue<LookupCache> BY_MODEL = new ClassValue<>() {
        @Override
        protected LookupCache computeValue(Class<?> metaClass) {
            return new LookupCache();
        }
    };

    private final Table filters = new Table(MAX_ENTRIES);
    private final Table sorts = new Table(MAX_ENTRIES);
    private final Table fields = new Table(MAX_ENTRIES);
    private final Table arrays = new Table(MAX_ENTRIES);

    private LookupCache() {}

    /** The table of {@code meta}'s model: each generated {@code Meta} class has exactly one instance. */
    static LookupCache of(ModelMeta<?> meta) {
        return BY_MODEL.get(meta.getClass());
    }

    /** What {@code lookup} resolves to in a filter, resolved by {@code resolve} the first time. */
    <V> V filter(String lookup, Function<String, V> resolve) {
        return filters.get(lookup, resolve);
    }

    /** The ordering key {@code key}, resolved by {@code resolve} the first time. */
    <V> V sort(String key, Function<String, V> resolve) {
        return sorts.get(key, resolve);
    }

    /** The field path {@code name}, resolved by {@code resolve} the first time. */
    <V> V field(String name, Function<String, V> resolve) {
        return fields.get(name, resolve);
    }

    /** The array of models a filter's BSON path reaches into, resolved by {@code resolve} the first time. */
    <V> V array(String path, Function<String, V> resolve) {
        return arrays.get(path, resolve);
    }

    /**
     * {@code lookup.split("__", -1)} without a regular expression: {@code "blog__name__startswith"}
     * is {@code [blog, name, startswith]}, and an empty part stays (so {@code "a__"} is {@code [a, ""]}).
     */
    static String[] split(String lookup) {
        int count = 1;
        for (int at = lookup.indexOf("__"); at >= 0; at = lookup.indexOf("__", at + 2)) {
            count++;
        }
        String[] parts = new String[count];
        int start = 0;
        for (int i = 0; i < count - 1; i++) {
            int end = lookup.indexOf("__", start);
            parts[i] = lookup.substring(start, end);
            start = end + 2;
        }
        parts[count - 1] = lookup.substring(start);
        return parts;
    }

    /** The first part of {@code lookup}: {@code "name"} of {@code "name__startswith"}. */
    static String first(String lookup) {
        int end = lookup.indexOf("__");
        return end < 0 ? lookup : lookup.substring(0, end);
    }

    /** Whether {@code part} is an array index: one or more ASCII digits. */
    static boolean isIndex(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** One bounded table. Resolving runs outside any lock, so it may itself resolve other strings. */
    static final class Table {
        private final int max;
        private final ConcurrentHashMap<String, Object> entries = new ConcurrentHashMap<>();

        Table(int max) {
            this.max = max;
        }

        int size() {
            return entries.size();
        }

        @SuppressWarnings("unchecked") // each table holds the values of one resolver
        <V> V get(String key, Function<String, V> resolve) {
            Object known = entries.get(key);
            if (known != null) {
                return (V) known;
            }
            V resolved = resolve.apply(key);
            if (entries.size() >= max) {
                entries.clear();
            }
            Object raced = entries.putIfAbsent(key, resolved);
            return raced != null ? (V) raced : resolved;
        }
    }
}
