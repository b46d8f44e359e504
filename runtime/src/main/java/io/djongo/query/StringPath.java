package io.djongo.query;

import io.djongo.codec.ValueCodecs;
import java.util.List;
import java.util.Objects;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

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

    /** Equal to {@code value}, ignoring case ({@code iexact}); {@code iExact(null)} is {@code isNull(true)}, as in Django. */
    public Filter<R> iExact(String value) {
        if (value == null) {
            return isNull(true);
        }
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

    // ---- against another field or expression (Django's F() in pattern lookups), with $expr

    /** Equal to {@code other} ignoring case ({@code headline__iexact=F("tagline")}). */
    public Filter<R> iExact(F<R> other) {
        return against("exact", other, true);
    }

    /** Contains the value of {@code other} ({@code headline__contains=F("tagline")}). */
    public Filter<R> contains(F<R> other) {
        return against("contains", other, false);
    }

    /** Contains the value of {@code other}, ignoring case. */
    public Filter<R> iContains(F<R> other) {
        return against("contains", other, true);
    }

    /** Starts with the value of {@code other}. */
    public Filter<R> startsWith(F<R> other) {
        return against("startswith", other, false);
    }

    /** Starts with the value of {@code other}, ignoring case. */
    public Filter<R> iStartsWith(F<R> other) {
        return against("startswith", other, true);
    }

    /** Ends with the value of {@code other}. */
    public Filter<R> endsWith(F<R> other) {
        return against("endswith", other, false);
    }

    /** Ends with the value of {@code other}, ignoring case. */
    public Filter<R> iEndsWith(F<R> other) {
        return against("endswith", other, true);
    }

    /** Matches the regular expression held by {@code other} ({@code $regexMatch}). */
    public Filter<R> regex(F<R> other) {
        return against("regex", other, false);
    }

    /** Matches the regular expression held by {@code other}, ignoring case. */
    public Filter<R> iRegex(F<R> other) {
        return against("regex", other, true);
    }

    /**
     * The pattern lookup {@code kind} with the value of {@code other} taken literally (its
     * characters are never a pattern, except for {@code regex}), for documents where both sides
     * have a value.
     */
    private Filter<R> against(String kind, F<R> other, boolean ignoreCase) {
        BsonValue self = new BsonString("$" + bsonPath());
        BsonValue that = Objects.requireNonNull(other, "other").expression();
        if (kind.equals("regex")) {
            BsonDocument match = new BsonDocument("input", self).append("regex", that);
            if (ignoreCase) {
                match.append("options", new BsonString("i"));
            }
            return F.guarded(new BsonDocument("$regexMatch", match), self, that);
        }
        BsonValue a = ignoreCase ? new BsonDocument("$toLower", self) : self;
        BsonValue b = ignoreCase ? new BsonDocument("$toLower", that) : that;
        BsonDocument condition;
        switch (kind) {
            case "exact":
                condition = new BsonDocument("$eq", new BsonArray(List.of(a, b)));
                break;
            case "contains":
                condition = new BsonDocument("$ne", new BsonArray(List.of(indexOf(a, b), new BsonInt32(-1))));
                break;
            case "startswith":
                condition = new BsonDocument("$eq", new BsonArray(List.of(indexOf(a, b), new BsonInt32(0))));
                break;
            default: {
                // the last len(b) characters of a are b; $and stops before $substrCP when a is shorter
                BsonValue lengthA = new BsonDocument("$strLenCP", a);
                BsonValue lengthB = new BsonDocument("$strLenCP", b);
                BsonValue start = new BsonDocument("$subtract", new BsonArray(List.of(lengthA, lengthB)));
                condition = new BsonDocument("$and", new BsonArray(List.of(
                        new BsonDocument("$gte", new BsonArray(List.of(lengthA, lengthB))),
                        new BsonDocument("$eq", new BsonArray(List.of(
                                new BsonDocument("$substrCP", new BsonArray(List.of(a, start, lengthB))), b))))));
                break;
            }
        }
        return F.guarded(condition, self, that);
    }

    private static BsonValue indexOf(BsonValue text, BsonValue part) {
        return new BsonDocument("$indexOfCP", new BsonArray(List.of(text, part)));
    }

    /**
     * The pattern lookups on a field that is not text, as Django's, which match the value's text
     * ({@code rating__startswith="4"}): {@code $regexMatch} over {@code $toString}, for documents
     * where the field has a value.
     */
    static <R> Filter<R> textOf(String path, String pattern, String options) {
        BsonDocument match = new BsonDocument("input", new BsonDocument("$toString", new BsonString("$" + path)))
                .append("regex", new BsonDocument("$literal", new BsonString(pattern))); // a pattern such as "$x" is no field
        if (!options.isEmpty()) {
            match.append("options", new BsonString(options));
        }
        return Filters.and(List.of(Filters.operator(path, "$ne", org.bson.BsonNull.VALUE),
                new Filters.DocumentFilter<>(new BsonDocument("$expr", new BsonDocument("$regexMatch", match)))));
    }

    private Filter<R> regex(String pattern, String options) {
        if (options.isEmpty()) {
            return Filters.operator(bsonPath(), "$regex", new BsonString(pattern));
        }
        return Filters.operators(bsonPath(), "$regex", new BsonString(pattern), "$options", new BsonString(options));
    }

    /**
     * Escapes every regular-expression metacharacter with a backslash, which PCRE (MongoDB),
     * RE2 (FerretDB) and {@code java.util.regex} all read as a literal.
     */
    static String escape(String value, String lookup) {
        Objects.requireNonNull(value, () -> lookup + "(null) is not a pattern; use isNull(true) to find missing values");
        if (!hasMetacharacter(value)) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (METACHARACTERS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static final String METACHARACTERS = "\\^$.|?*+()[]{}";
    /** The metacharacters as bits: bit {@code c} of word {@code c / 64} for each, all below 128. */
    private static final long[] METACHARACTER_BITS = new long[2];

    static {
        for (char c : METACHARACTERS.toCharArray()) {
            METACHARACTER_BITS[c >> 6] |= 1L << c;
        }
    }

    private static boolean hasMetacharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128 && (METACHARACTER_BITS[c >> 6] & (1L << c)) != 0) {
                return true;
            }
        }
        return false;
    }
}
