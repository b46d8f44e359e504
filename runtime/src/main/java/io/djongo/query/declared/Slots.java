package io.djongo.query.declared;

import io.djongo.EncodingException;
import io.djongo.FieldError;
import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.query.DeclaredSupport;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * The values a declared query's arguments put into the slots of its {@link Template}: each
 * function computes, from one argument, exactly the value the typed path of the same lookup
 * writes ({@code Slots.startsWith(p)} is the {@code $regex} of {@code StringPath.startsWith(p)}),
 * encoded with the field's own codec. The processor chose the function for each slot at compile
 * time, so nothing here resolves a lookup.
 *
 * <p>{@code where} names the condition as written, {@code "EntryQueries.byBlog: rating__gte = :min"},
 * for the {@link FieldError} an argument that does not fit gets.
 */
public final class Slots {
    private Slots() {}

    /** The years a BSON date can hold whole, as the typed date-part paths count them. */
    private static final int MAX_YEAR = 292_000_000;

    // ---- values of fields

    /** {@code value} as the field at {@code path} stores it; {@code null} is BSON null. */
    public static <V> BsonValue value(ValueCodec<V> codec, V value, String path) {
        try {
            return codec.toBsonValueNullable(value);
        } catch (EncodingException e) {
            throw e.model() == null && e.path() == null ? e.ofValue(path) : e;
        }
    }

    /** {@code value}, or {@code {$eq: value}} when it is a document, whose keys must never read as operators (equality). */
    public static <V> BsonValue eq(ValueCodec<V> codec, V value, String path) {
        BsonValue encoded = value(codec, value, path);
        return encoded.isDocument() ? new BsonDocument("$eq", encoded) : encoded;
    }

    /** {@code value}, which may not be null: MongoDB compares null only with null, so "rating > null" would match nothing. */
    public static <V> BsonValue required(ValueCodec<V> codec, V value, String path, String where) {
        return value(codec, notNull(value, where), path);
    }

    /** {@code value}, which may not be null, in {@code $eq} when it is a document (an array's {@code contains} of one element). */
    public static <V> BsonValue requiredEq(ValueCodec<V> codec, V value, String path, String where) {
        return eq(codec, notNull(value, where), path);
    }

    /** The values of {@code in}, without nulls: as SQL's {@code IN}, null never matches. */
    public static <V> BsonArray in(ValueCodec<V> codec, Collection<? extends V> values, String path, String where) {
        List<V> kept = new ArrayList<>(notNull(values, where).size());
        for (V value : values) {
            if (value != null) {
                kept.add(value);
            }
        }
        return array(codec, kept, path, where);
    }

    /** The values as an array of the field's elements, in order ({@code contains_all}, {@code overlap}, {@code contained_by}). */
    public static <V> BsonArray array(ValueCodec<V> codec, Collection<? extends V> values, String path, String where) {
        try {
            return codec.toBsonArray(notNull(values, where));
        } catch (EncodingException e) {
            throw e.model() == null && e.path() == null ? e.ofValue(path) : e;
        }
    }

    /** {@code values} as an array of the field's elements, or BSON null for {@code null}: a whole list or set set or compared. */
    public static <V> BsonValue list(ValueCodec<V> codec, Collection<? extends V> values, String path) {
        return values == null ? BsonNull.VALUE : array(codec, values, path, path);
    }

    /** The whole array equal to {@code values} ({@code {$eq: [...]}}), or BSON null for {@code null} (isnull). */
    public static <V> BsonValue arrayEq(ValueCodec<V> codec, Collection<? extends V> values, String path) {
        return values == null ? BsonNull.VALUE : new BsonDocument("$eq", array(codec, values, path, path));
    }

    /** Each of {@code lists} as an array, leaving out null lists: an array field's {@code in}, each value a whole array. */
    public static <V> BsonArray arrays(ValueCodec<V> codec, Collection<? extends Collection<? extends V>> lists, String path,
            String where) {
        BsonArray any = new BsonArray();
        for (Collection<? extends V> list : notNull(lists, where)) {
            if (list != null) {
                any.add(array(codec, list, path, where));
            }
        }
        return any;
    }

    /** A whole map equal to {@code map} ({@code {$eq: {...}}}), or BSON null for {@code null}. */
    public static <V> BsonValue mapEq(ValueCodec<java.util.Map<String, V>> codec, Map<String, V> map, String path) {
        return map == null ? BsonNull.VALUE : new BsonDocument("$eq", value(codec, map, path));
    }

    /** Django's {@code isnull}: BSON null for {@code true}, {@code {$ne: null}} for {@code false}. */
    public static BsonValue isNull(boolean isNull) {
        return isNull ? BsonNull.VALUE : new BsonDocument("$ne", BsonNull.VALUE);
    }

    /** {@code isnull} of the value under a map key, which is about the key: {@code {$exists: !isNull}}. */
    public static BsonValue keyIsNull(boolean isNull) {
        return new BsonDocument("$exists", BsonBoolean.valueOf(!isNull));
    }

    // ---- patterns, matched literally

    /** The pattern of {@code startswith}: {@code ^} and the escaped text. */
    public static BsonString startsWith(String text, String where) {
        return new BsonString("^" + escaped(notNull(text, where), "startsWith"));
    }

    /** The pattern of {@code endswith}: the escaped text and {@code \z} (the end of the text). */
    public static BsonString endsWith(String text, String where) {
        return new BsonString(escaped(notNull(text, where), "endsWith") + "\\z");
    }

    /** The pattern of {@code contains}: the escaped text. */
    public static BsonString contains(String text, String where) {
        return new BsonString(escaped(notNull(text, where), "contains"));
    }

    /** {@code text} escaped as the pattern lookups escape it; most texts have nothing to escape and are kept. */
    private static String escaped(String text, String lookup) {
        for (int i = 0; i < text.length(); i++) {
            if (METACHARACTERS.indexOf(text.charAt(i)) >= 0) {
                return DeclaredSupport.escape(text, lookup);
            }
        }
        return text;
    }

    /** The characters {@code StringPath.escape} escapes. */
    private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

    /** The pattern of {@code iexact} on a field that is not text: the whole escaped text. */
    public static BsonString exact(String text, String where) {
        return new BsonString("^" + escaped(notNull(text, where), "iExact") + "\\z");
    }

    /** A regular expression as given ({@code regex}, {@code iregex}). */
    public static BsonString regex(String pattern, String where) {
        return new BsonString(notNull(pattern, where));
    }

    /** {@code iexact} on text: the whole text ignoring case, or BSON null for {@code null} (Django's {@code iexact=None}). */
    public static BsonValue iExact(String text, String where) {
        if (text == null) {
            return BsonNull.VALUE;
        }
        return new BsonDocument("$regex", exact(text, where)).append("$options", new BsonString("i"));
    }

    // ---- dates

    /** Midnight UTC of {@code day}, as a {@code LocalDate} field stores it ({@code date} lookups). */
    public static BsonDateTime day(LocalDate day, String where) {
        try {
            return (BsonDateTime) ValueCodecs.LOCAL_DATE.toBsonValue(notNull(day, where));
        } catch (EncodingException e) {
            throw new FieldError(where + ": the date " + day + " is beyond the dates MongoDB can store");
        }
    }

    /** Midnight UTC of the day after {@code day}. */
    public static BsonDateTime nextDay(LocalDate day, String where) {
        try {
            return day(notNull(day, where).plusDays(1), where);
        } catch (DateTimeException e) {
            throw new FieldError(where + ": the date " + day + " is beyond the dates MongoDB can store");
        }
    }

    /**
     * Midnight UTC of the first day of year {@code year + plus}: January 1, or for an ISO year the
     * Monday of the week holding January 4 (ISO-8601's week 1), as the typed {@code year()} and
     * {@code isoYear()} paths compute their ranges.
     */
    public static BsonDateTime yearStart(Integer year, int plus, boolean iso, String where) {
        long first = (long) notNull(year, where) + plus;
        if (first < -MAX_YEAR || first > MAX_YEAR + 1L) {
            throw new FieldError(where + ": the year " + first + " is beyond the dates MongoDB can store; years go from -"
                    + MAX_YEAR + " to " + MAX_YEAR);
        }
        try {
            LocalDate january = LocalDate.of((int) first, 1, iso ? 4 : 1);
            return day(iso ? january.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : january, where);
        } catch (DateTimeException e) {
            throw new FieldError(where + ": the year " + first + " is beyond the dates MongoDB can store");
        }
    }

    /** A date part, a length or another whole number compared in an expression. */
    public static BsonInt32 whole(Integer value, String where) {
        return new BsonInt32(notNull(value, where));
    }

    /** Whole numbers for {@code in}, without nulls. */
    public static BsonArray wholes(Collection<? extends Integer> values, String where) {
        BsonArray array = new BsonArray();
        for (Integer value : notNull(values, where)) {
            if (value != null) {
                array.add(new BsonInt32(value));
            }
        }
        return array;
    }

    /** A time of day as milliseconds since midnight, as the typed {@code time()} path compares it. */
    public static BsonInt32 time(LocalTime time, String where) {
        notNull(time, where);
        if (time.getNano() % 1_000_000 != 0) {
            throw new FieldError(where + ": the time " + time + " is finer than a millisecond, which stored dates cannot be; "
                    + "truncate it with time.truncatedTo(ChronoUnit.MILLIS)");
        }
        return new BsonInt32((int) (time.toNanoOfDay() / 1_000_000));
    }

    /** Times of day for {@code in}, without nulls. */
    public static BsonArray times(Collection<? extends LocalTime> times, String where) {
        BsonArray array = new BsonArray();
        for (LocalTime time : notNull(times, where)) {
            if (time != null) {
                array.add(time(time, where));
            }
        }
        return array;
    }

    // ---- updates

    /** A number in an update ({@code inc}, {@code mul}) or an expression, typed by its Java type as {@code F} writes it. */
    public static BsonValue number(Number number, String where) {
        notNull(number, where);
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return new BsonInt32(number.intValue());
        }
        if (number instanceof Long) {
            return new BsonInt64(number.longValue());
        }
        if (number instanceof BigDecimal) {
            return new BsonDecimal128(new Decimal128((BigDecimal) number));
        }
        return new BsonDouble(number.doubleValue());
    }

    /**
     * Elements appended ({@code $push} of several): {@code {$each: [...]}}, or the element itself when
     * there is exactly one, as MongoDB users write it.
     */
    public static <V> BsonValue pushAll(ValueCodec<V> codec, Collection<? extends V> values, String path, String where) {
        BsonArray each = array(codec, values, path, where);
        return each.size() == 1 ? each.get(0) : new BsonDocument("$each", each);
    }

    /** Elements added unless present ({@code $addToSet} with {@code $each}). */
    public static <V> BsonValue each(ValueCodec<V> codec, Collection<? extends V> values, String path, String where) {
        return new BsonDocument("$each", array(codec, values, path, where));
    }

    /** A value set by an update pipeline: {@code {$literal: value}}, never read as an expression. */
    public static <V> BsonValue literal(ValueCodec<V> codec, V value, String path) {
        return new BsonDocument("$literal", value(codec, value, path));
    }

    private static <V> V notNull(V value, String where) {
        if (value == null) {
            throw new FieldError(where + ": the argument is null, which matches nothing here; documents without a "
                    + "value are found with the isnull lookup");
        }
        return value;
    }
}
