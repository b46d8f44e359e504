package io.djongo.migrations.autodetector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers given in advance ({@code makemigrations --rename ... --not-renamed ...}):
 * {@code entry.headline=title} says the field {@code headline} of {@code entry} became
 * {@code title} ({@code entry.blog.name=blog.title} or {@code entry.blog.name=title} inside an
 * embedded model); {@code entries=posts} says the collection {@code entries} became
 * {@code posts}. {@code --not-renamed entry.title} says {@code title} is a new field, not a
 * renamed one. Every hint must match a change, so a typo is an error rather than silently unused.
 */
public final class RenameHints {
    /** No hints. */
    public static final RenameHints NONE = new RenameHints(Map.of(), Set.of());

    private final Map<String, String> renames;
    private final Set<String> notRenamed;
    private final Set<String> used = new LinkedHashSet<>();

    private RenameHints(Map<String, String> renames, Set<String> notRenamed) {
        this.renames = renames;
        this.notRenamed = notRenamed;
    }

    /**
     * Hints from {@code --rename old=new} and {@code --not-renamed path} values.
     *
     * @throws IllegalArgumentException for a value that is not {@code old=new}
     */
    public static RenameHints of(List<String> renames, List<String> notRenamed) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String rename : renames) {
            int equals = rename.indexOf('=');
            if (equals <= 0 || equals == rename.length() - 1 || rename.indexOf('=', equals + 1) >= 0) {
                throw new IllegalArgumentException("--rename " + rename + ": write old=new, as in --rename entry.headline=title"
                        + " (a field of entry) or --rename entries=posts (a collection)");
            }
            pairs.put(rename.substring(0, equals).trim(), rename.substring(equals + 1).trim());
        }
        return new RenameHints(pairs, new LinkedHashSet<>(notRenamed));
    }

    /** Whether the collection {@code from} was renamed to {@code to}. */
    boolean collectionRenamed(String from, String to) {
        return use(from, to.equals(renames.get(from)));
    }

    /** Whether the field {@code oldPath} of {@code collection} (its old or new name) became {@code newPath}. */
    boolean fieldRenamed(List<String> collectionNames, String oldPath, String newPath) {
        for (String collection : collectionNames) {
            String key = collection + "." + oldPath;
            String target = renames.get(key);
            if (target != null) {
                String newKey = newPath.substring(newPath.lastIndexOf('.') + 1);
                return use(key, target.equals(newPath) || target.equals(newKey) || target.equals(collection + "." + newPath));
            }
        }
        return false;
    }

    /** Whether the collection or field {@code path} was declared new with {@code --not-renamed}. */
    boolean declaredNew(List<String> collectionNames, String path) {
        for (String collection : collectionNames) {
            String key = path == null ? collection : collection + "." + path;
            if (notRenamed.contains(key)) {
                used.add(key);
                return true;
            }
        }
        return false;
    }

    private boolean use(String key, boolean matched) {
        if (matched) {
            used.add(key);
        }
        return matched;
    }

    /** The hints that matched no change: typos or stale flags. */
    List<String> unused() {
        List<String> unused = new ArrayList<>();
        renames.forEach((from, to) -> {
            if (!used.contains(from)) {
                unused.add("--rename " + from + "=" + to);
            }
        });
        for (String path : notRenamed) {
            if (!used.contains(path)) {
                unused.add("--not-renamed " + path);
            }
        }
        return unused;
    }

    /** Whether no hint was given. */
    boolean isEmpty() {
        return renames.isEmpty() && notRenamed.isEmpty();
    }

    /** Forgets which hints were used, for a new comparison. */
    void reset() {
        used.clear();
    }
}
