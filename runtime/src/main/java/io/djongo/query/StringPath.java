package io.djongo.query;

import io.djongo.codec.ValueCodecs;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * A string field, with Django's pattern lookups. The value is always escaped, so
 * {@code startsWith("a.b*")} matches those five characters literally. Patterns end with
 * {@code \z} (end of text) rather than {@code $}, which would also match before a final newline.
 */
public class StringPath<R> extends ComparablePath<R, String> {

    public StringPath(String name) {
        super(name, ValueCodecs.STRING);
    }

    /** Starts with {@code prefix} (Django's {@code startswith}). */
    public Filter<R> startsWith(String prefix) {
        return regex("^" + escape(prefix, "startsWith"), "");
    }

    /** Starts with {@code prefix}, ignoring case ({@code istartswith}). */
    public Filter<R> iStartsWith(String prefix) {
        return regex("^" + escape(prefix, "iStartsWith"), "i");
    }

    /** Ends with {@code suffix} ({@code endswith}). */
    public Filter<R> endsWith(String suffix) {
        return regex(escape(suffix, "endsWith") + "\\z", "");
    }

    /** Ends with {@code suffix}, ignoring case ({@code iendswith}). */
    public Filter<R> iEndsWith(String suffix) {
        return regex(escape(suffix, "iEndsWith") + "\\z", "i");
    }

    /** Contains {@code part} ({@code contains}). */
    public Filter<R> contains(String part) {
        return regex(escape(part, "contains"), "");
    }

    /** Contains {@code part}, ignoring case ({@code icontains}). */
    public Filter<R> iContains(String part) {
        return regex(escape(part, "iContains"), "i");
    }

    /** Equal to {@code value}, ignoring case ({@code iexact}). */
    public Filter<R> iExact(String value) {
        return regex("^" + escape(value, "iExact") + "\\z", "i");
    }

    /** Matches the regular expression {@code pattern} ({@code regex}); the pattern is used as given. */
    public Filter<R> regex(String pattern) {
        return regex(Objects.requireNonNull(pattern, "pattern"), "");
    }

    /** Matches the regular expression {@code pattern}, ignoring case ({@code iregex}). */
    public Filter<R> iRegex(String pattern) {
        return regex(Objects.requireNonNull(pattern, "pattern"), "i");
    }

    private Filter<R> regex(String pattern, String options) {
        BsonDocument condition = new BsonDocument("$regex", new BsonString(pattern));
        if (!options.isEmpty()) {
            condition.append("$options", new BsonString(options));
        }
        return Filters.field(bsonPath(), condition);
    }

    /**
     * Escapes every regular-expression metacharacter with a backslash, which PCRE (MongoDB),
     * RE2 (FerretDB) and {@code java.util.regex} all read as a literal.
     */
    static String escape(String value, String lookup) {
        Objects.requireNonNull(value, () -> lookup + "(null) is not a pattern; use isNull(true) to find missing values");
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
