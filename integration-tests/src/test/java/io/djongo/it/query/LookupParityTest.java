package io.djongo.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.djongo.EncodingException;
import io.djongo.FieldError;
import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Post_;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestDatabase;
import io.djongo.query.F;
import io.djongo.query.Filter;
import io.djongo.query.QuerySet;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lookups that follow Django's semantics where MongoDB's differ: nulls in {@code in}, empty
 * conditions, JSON keys, value conversion, {@code pk}, array lengths and equality, pattern lookups
 * on other types and against {@code F()}, and the date parts Django has. Each test gives the BSON
 * (typed and string forms alike) and, where the server can run it, the rows it finds.
 */
class LookupParityTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /*
     * headline  rating  views  pubDate                   tags     votes           draft / published
     * Jan       1       10     2024-01-01T10:15:30Z Mon  a        up=null         jan / JANUARY
     * Dec       2       20     2020-12-31T23:59:59Z Thu  a, b     up=1            cem / December
     * Sun       3       30     2021-01-03T00:00:00Z Sun  (empty)  (empty)         - / -
     * May       11      40     2024-05-15T12:00:00.250Z  b        down=2          ay / May
     * None      null    50     -                         -        -               - / -
     */
    @BeforeEach
    void posts() {
        Post jan = new Post("Jan", 1, 10, Instant.parse("2024-01-01T10:15:30Z")).tags("a");
        jan.votes.put("up", null);
        jan.draft = "jan";
        jan.published = "JANUARY";
        jan.save();
        Post dec = new Post("Dec", 2, 20, Instant.parse("2020-12-31T23:59:59Z")).tags("a", "b").vote("up", 1);
        dec.draft = "cem";
        dec.published = "December";
        dec.save();
        new Post("Sun", 3, 30, Instant.parse("2021-01-03T00:00:00Z")).save();
        Post may = new Post("May", 11, 40, Instant.parse("2024-05-15T12:00:00.250Z")).tags("b").vote("down", 2);
        may.draft = "ay";
        may.published = "May";
        may.save();
        Post none = new Post("None", null, 50, null);
        none.tags = null;
        none.votes = null;
        none.save();
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** {@code typed} and {@code filter(lookup, value)} both render as {@code expected}. */
    static void same(String expected, Filter<Post> typed, String lookup, Object value) {
        assertEquals(json(expected), typed.toBsonDocument().toJson(), "typed filter for " + lookup);
        assertEquals(json(expected), Post_.objects().filter(lookup, value).filterDocument().toJson(), "filter(\"" + lookup + "\")");
    }

    static Set<String> found(QuerySet<Post> query) {
        return new TreeSet<>(query.list().stream().map(p -> p.headline).toList());
    }

    static Set<String> found(String lookup, Object value) {
        return found(Post_.objects().filter(lookup, value));
    }

    static String error(String lookup, Object value) {
        return assertThrows(FieldError.class, () -> Post_.objects().filter(lookup, value)).getMessage();
    }

    // ---- nulls and empty conditions

    /** Django: "None is removed from the list, as NULL is never equal to anything" ({@code In.process_rhs}). */
    @Test
    void inIgnoresNull() {
        same("{'rating': {'$in': [1]}}", Post_.rating.in(1, null), "rating__in", java.util.Arrays.asList(1, null));
        assertEquals(Set.of("Jan"), found("rating__in", java.util.Arrays.asList(1, null)), "None's null rating does not match");
        same("{'rating': {'$in': []}}", Post_.rating.in((Integer) null), "rating__in", java.util.Arrays.asList((Object) null));
        assertEquals(Set.of(), found("rating__in", java.util.Arrays.asList((Object) null)));
        assertEquals(Set.of("Dec", "Sun", "May", "None"), found(Post_.objects().filter(Post_.rating.notIn(1, null))),
                "exclude(rating__in=[1, None]) keeps the null rating");
    }

    /** Django: {@code iexact=None} is interpreted as {@code isnull=True}. */
    @Test
    void iexactNullIsIsNull() {
        same("{'draft': null}", Post_.draft.iExact((String) null), "draft__iexact", null);
        assertEquals(Set.of("Sun", "None"), found("draft__iexact", null));
    }

    /** Django: an empty {@code Q()} is no condition, negated or combined; {@code Q(a) | Q()} is {@code Q(a)}. */
    @Test
    void anEmptyFilterIsNoCondition() {
        Filter<Post> empty = Filter.allOf();
        assertEquals("{}", empty.toBsonDocument().toJson());
        assertEquals("{}", empty.not().toBsonDocument().toJson(), "~Q() is Q()");
        assertEquals(json("{'rating': 1}"), Post_.rating.eq(1).or(empty).toBsonDocument().toJson());
        assertEquals(json("{'rating': 1}"), Filter.anyOf(empty, Post_.rating.eq(1)).toBsonDocument().toJson());
        assertEquals("{}", Filter.anyOf(empty).toBsonDocument().toJson());
        assertEquals(json("{'_id': {'$in': []}}"), Filter.<Post>anyOf().toBsonDocument().toJson(), "no alternative at all: nothing");
        assertEquals(5, Post_.objects().exclude(empty).count());
        assertEquals(5, Post_.objects().filter(empty.not()).count());
    }

    // ---- JSON keys

    /** Django's JSONField: {@code data__key__isnull=False} is "has the key", even when it holds null. */
    @Test
    void aKeyHoldingNullIsPresent() {
        same("{'votes.up': {'$exists': true}}", Post_.votes.get("up").isNull(false), "votes__up__isnull", false);
        assertEquals(Set.of("Jan", "Dec"), found("votes__up__isnull", false));
        assertEquals(Set.of("Sun", "May", "None"), found("votes__up__isnull", true));
    }

    /** Django's JSON {@code has_key}, {@code has_keys}, {@code has_any_keys} and {@code contains}. */
    @Test
    void hasKeyHasKeysHasAnyKeysAndContains() {
        same("{'votes.up': {'$exists': true}}", Post_.votes.hasKey("up"), "votes__has_key", "up");
        same("{'votes.up': {'$exists': true}, 'votes.down': {'$exists': true}}", Post_.votes.hasKeys("up", "down"),
                "votes__has_keys", List.of("up", "down"));
        same("{'$or': [{'votes.up': {'$exists': true}}, {'votes.down': {'$exists': true}}]}", Post_.votes.hasAnyKeys("up", "down"),
                "votes__has_any_keys", List.of("up", "down"));
        same("{'votes.down': 2}", Post_.votes.contains(Map.of("down", 2)), "votes__contains", Map.of("down", 2));
        assertEquals(Set.of("Jan", "Dec"), found("votes__has_key", "up"));
        assertEquals(Set.of(), found("votes__has_keys", List.of("up", "down")));
        assertEquals(Set.of("Jan", "Dec", "May"), found("votes__has_any_keys", List.of("up", "down")));
        assertEquals(Set.of("May"), found("votes__contains", Map.of("down", "2")));
        assertTrue(error("votes__has_key", "a.b").contains("\"a.b\" is not a valid map key"));
    }

    /** A map key is stored, queried and reached by MapPath.get under one rule: never empty, no $, dot or NUL. */
    @Test
    void mapKeysFollowOneRuleEverywhere() {
        for (String key : List.of("", "a\0b", "$gt", "a.b")) {
            assertThrows(IllegalArgumentException.class, () -> Post_.votes.get(key), "MapPath.get(" + key + ")");
            Post post = new Post("Bad", 1, 1, null).vote(key, 1);
            EncodingException refused = assertThrows(EncodingException.class, post::save);
            assertTrue(refused.getMessage().startsWith("cannot store Post.votes: the map key"), refused.getMessage());
        }
        assertThrows(FieldError.class, () -> Post_.objects().filter("votes__a\0b", 1), "a NUL is refused before anything is sent");
        assertEquals(5, Post_.objects().count(), "nothing was written");
    }

    // ---- values converted as Django converts them

    /**
     * Django's IntegerField rounds a float for the comparisons ({@code IntegerFieldFloatRounding}):
     * {@code rating__gte=1.5} is {@code rating >= 2}. No whole number equals 1.5, so equality is an error.
     */
    @Test
    void fractionsAgainstWholeNumbers() {
        assertEquals(json("{'rating': {'$gt': 1}}"), Post_.objects().filter("rating__gt", 1.5).filterDocument().toJson());
        assertEquals(json("{'rating': {'$gte': 2}}"), Post_.objects().filter("rating__gte", 1.5).filterDocument().toJson());
        assertEquals(json("{'rating': {'$lt': 2}}"), Post_.objects().filter("rating__lt", 1.5).filterDocument().toJson());
        assertEquals(json("{'rating': {'$lte': 1}}"), Post_.objects().filter("rating__lte", "1.5").filterDocument().toJson());
        assertEquals(json("{'rating': {'$gte': 2, '$lte': 2}}"),
                Post_.objects().filter("rating__range", List.of(1.5, 2.5)).filterDocument().toJson());
        assertEquals(Set.of("Dec", "Sun", "May"), found("rating__gte", 1.5));
        assertEquals(Set.of("Jan", "Dec", "Sun", "May"), found("rating__lt", 11.9), "rating < 12");
        assertEquals(Set.of("Jan", "Dec", "Sun"), found("rating__lt", 10.1), "rating < 11");
        assertEquals("Post.rating (Integer): rating cannot take Double 11.9: expected a whole number from -2147483648 to "
                + "2147483647; 11.9 has a fraction, and no whole number equals it", error("rating", 11.9));
        assertTrue(error("rating__in", List.of(1, 2.5)).endsWith("2.5 has a fraction, and no whole number equals it"));
    }

    /** Django's DateTimeField takes its text formats: a date, a space or T, optional seconds and offset. */
    @Test
    void dateTimeText() {
        String day = "{'pubDate': {'$gte': {'$date': '2024-01-01T10:15:30Z'}}}";
        assertEquals(json(day), Post_.objects().filter("pub_date__gte", "2024-01-01 10:15:30").filterDocument().toJson());
        assertEquals(json(day), Post_.objects().filter("pub_date__gte", "2024-01-01T12:15:30+02:00").filterDocument().toJson());
        assertEquals(json(day), Post_.objects().filter("pub_date__gte", "2024-01-01T10:15:30Z").filterDocument().toJson());
        assertEquals(json("{'pubDate': {'$gte': {'$date': '2024-01-01T10:15:00Z'}}}"),
                Post_.objects().filter("pub_date__gte", "2024-01-01 10:15").filterDocument().toJson());
        assertEquals(json("{'pubDate': {'$lt': {'$date': '2024-01-01T00:00:00Z'}}}"),
                Post_.objects().filter("pub_date__lt", "2024-01-01").filterDocument().toJson());
        assertEquals(Set.of("Jan"), found("pub_date", "2024-01-01 10:15:30"));
    }

    /** Django: {@code pk} is the primary key, whatever its name. */
    @Test
    void pkIsTheIdField() {
        ObjectId jan = Post_.objects().get("headline", "Jan").id;
        assertEquals(Set.of("Jan"), found("pk", jan.toHexString()));
        assertEquals(Set.of("Jan"), found("pk__in", List.of(jan)));
        assertEquals(json("{'_id': -1}"), Post_.objects().orderBy("-pk").sortDocument().toJson());
        assertEquals("Jan", Post_.objects().getById(jan).headline);
    }

    /**
     * Pattern lookups fit every field, as in Django (which matches the value's text), and
     * {@code iexact} on a value without case is equality.
     */
    @Test
    void patternLookupsOnOtherTypes() {
        assertEquals(json("{'rating': 11}"), Post_.objects().filter("rating__iexact", "11").filterDocument().toJson());
        assertEquals(Set.of("May"), found("rating__iexact", "11"));
        assertEquals(json("{'rating': {'$ne': null}, '$expr': {'$regexMatch': {'input': {'$toString': '$rating'}, "
                + "'regex': {'$literal': '^1'}}}}"),
                Post_.objects().filter("rating__startswith", 1).filterDocument().toJson());
        assertEquals(json("{'views': {'$ne': null}, '$expr': {'$regexMatch': {'input': {'$toString': '$views'}, "
                + "'regex': {'$literal': '0\\\\z'}, 'options': 'i'}}}"), Post_.objects().filter("views__iendswith", "0").filterDocument().toJson());
        // a value is never a field path: "$views" as a pattern is those six characters
        assertEquals(json("{'rating': {'$ne': null}, '$expr': {'$regexMatch': {'input': {'$toString': '$rating'}, "
                + "'regex': {'$literal': '$views'}}}}"), Post_.objects().filter("rating__regex", "$views").filterDocument().toJson());
        Capabilities.require(Capability.REGEX_MATCH);
        assertEquals(Set.of("Jan", "May"), found("rating__startswith", 1));
        assertEquals(Set.of("Jan", "Dec", "Sun", "May"), found("rating__regex", "^[0-9]$|^1"));
    }

    /** Django: {@code headline__contains=F("tagline")} compares with another field's text, taken literally. */
    @Test
    void patternLookupsAgainstAnotherField() {
        same("{'published': {'$ne': null}, 'draft': {'$ne': null}, '$expr': {'$ne': [{'$indexOfCP': [{'$toLower': '$published'}, "
                + "{'$toLower': '$draft'}]}, -1]}}", Post_.published.iContains(F.of(Post_.draft)), "published__icontains",
                F.field("draft"));
        same("{'published': {'$ne': null}, 'draft': {'$ne': null}, '$expr': {'$eq': [{'$indexOfCP': ['$published', '$draft']}, 0]}}",
                Post_.published.startsWith(F.of(Post_.draft)), "published__startswith", F.field("draft"));
        same("{'published': {'$ne': null}, 'draft': {'$ne': null}, '$expr': {'$and': [{'$gte': [{'$strLenCP': '$published'}, "
                + "{'$strLenCP': '$draft'}]}, {'$eq': [{'$substrCP': ['$published', {'$subtract': [{'$strLenCP': '$published'}, "
                + "{'$strLenCP': '$draft'}]}, {'$strLenCP': '$draft'}]}, '$draft']}]}}",
                Post_.published.endsWith(F.of(Post_.draft)), "published__endswith", F.field("draft"));
        same("{'published': {'$ne': null}, 'draft': {'$ne': null}, '$expr': {'$regexMatch': {'input': '$published', "
                + "'regex': '$draft', 'options': 'i'}}}", Post_.published.iRegex(F.of(Post_.draft)), "published__iregex", F.field("draft"));
        Capabilities.require(Capability.STRING_EXPRESSIONS);
        assertEquals(Set.of("Jan", "Dec", "May"), found("published__icontains", F.field("draft")));
        assertEquals(Set.of("Dec", "May"), found("published__contains", F.field("draft")), "case matters: JANUARY has no jan");
        assertEquals(Set.of("Jan"), found("published__istartswith", F.field("draft")));
        assertEquals(Set.of("May"), found("published__endswith", F.field("draft")));
        assertEquals(Set.of("Jan"), found("published__iexact", "january"));
    }

    // ---- arrays

    /** Django's ArrayField: {@code tags__len__lte=1}; missing arrays have no length. */
    @Test
    void arrayLengthComparisons() {
        same("{'tags': {'$type': 'array'}, 'tags.1': {'$exists': false}}", Post_.tags.length().lte(1), "tags__len__lte", 1);
        same("{'tags.1': {'$exists': true}}", Post_.tags.length().gt(1), "tags__len__gt", 1);
        same("{'tags.0': {'$exists': true}}", Post_.tags.length().gte(1), "tags__len__gte", 1);
        same("{'tags': {'$size': 1}}", Post_.tags.length().eq(1), "tags__len", 1);
        assertEquals(Set.of("Jan", "Sun", "May"), found("tags__len__lte", 1));
        assertEquals(Set.of("Dec"), found("tags__len__gt", 1));
        assertEquals(Set.of("Sun"), found("tags__len__lt", 1));
        assertEquals(Set.of("Jan", "Dec", "May"), found("tags__len__range", List.of(1, 2)));
        assertTrue(error("tags__len__lte", 1.5).endsWith("1.5 has a fraction, and no whole number equals it"));
    }

    /** Django's ArrayField {@code in}: each value is a whole array; {@code contained_by}: a subset. */
    @Test
    void arrayEqualityToOneOfSeveralAndContainedBy() {
        same("{'tags': {'$in': [['a', 'b'], ['b']]}}", Post_.tags.in(List.of(List.of("a", "b"), List.of("b"))), "tags__in",
                List.of(List.of("a", "b"), List.of("b")));
        assertEquals(Set.of("Dec", "May"), found("tags__in", List.of(List.of("a", "b"), List.of("b"))));
        same("{'tags': {'$type': 'array', '$not': {'$elemMatch': {'$nin': ['a']}}}}", Post_.tags.containedBy(List.of("a")),
                "tags__contained_by", List.of("a"));
        Capabilities.require(Capability.CONTAINED_BY);
        assertEquals(Set.of("Jan", "Sun"), found("tags__contained_by", List.of("a")), "the empty array is in every set");
    }

    // ---- date parts

    /** Django's {@code iso_year} is a range on the field, from the Monday of ISO week 1. */
    @Test
    void isoYear() {
        same("{'pubDate': {'$gte': {'$date': '2019-12-30T00:00:00Z'}, '$lt': {'$date': '2021-01-04T00:00:00Z'}}}",
                Post_.pubDate.isoYear().eq(2020), "pub_date__iso_year", 2020);
        assertEquals(Set.of("Dec", "Sun"), found("pub_date__iso_year", 2020), "2021-01-03 is in ISO week 53 of 2020");
        assertEquals(Set.of("Sun"), found("pub_date__year", 2021));
        assertEquals(Set.of("Jan", "May"), found("pub_date__iso_year__gte", 2021));
    }

    @Test
    void quarterSecondAndTime() {
        same("{'$expr': {'$eq': [{'$toInt': {'$ceil': {'$divide': [{'$month': '$pubDate'}, 3]}}}, 4]}}", Post_.pubDate.quarter().eq(4),
                "pub_date__quarter", 4);
        same("{'$expr': {'$gte': [{'$second': '$pubDate'}, 30]}}", Post_.pubDate.second().gte(30), "pub_date__second__gte", 30);
        String time = "{'$mod': [{'$add': [{'$mod': [{'$toLong': '$pubDate'}, 86400000]}, 86400000]}, 86400000]}";
        same("{'pubDate': {'$ne': null}, '$expr': {'$lt': [" + time + ", 43200000]}}", Post_.pubDate.time().lt(LocalTime.NOON),
                "pub_date__time__lt", "12:00");
        Capabilities.require(Capability.EXPR);
        assertEquals(Set.of("Dec"), found("pub_date__quarter", 4));
        assertEquals(Set.of("Jan", "Sun", "May"), found("pub_date__quarter__in", List.of(1, 2)));
        assertEquals(Set.of("Jan", "Dec"), found("pub_date__second__gte", 30));
        assertEquals(Set.of("Jan", "Sun"), found("pub_date__time__lt", "12:00"));
        assertEquals(Set.of("May"), found("pub_date__time", "12:00:00.250"));
        assertEquals(Set.of("Jan", "May"), found("pub_date__time__range", List.of("10:00", "12:00:01")));
    }

    @Test
    void isoWeekAndIsoWeekDay() {
        same("{'$expr': {'$eq': [{'$isoWeek': '$pubDate'}, 53]}}", Post_.pubDate.week().eq(53), "pub_date__week", 53);
        same("{'$expr': {'$eq': [{'$isoDayOfWeek': '$pubDate'}, 7]}}", Post_.pubDate.isoWeekDay().eq(7), "pub_date__iso_week_day", 7);
        Capabilities.require(Capability.ISO_DATE_PARTS);
        assertEquals(Set.of("Dec", "Sun"), found("pub_date__week", 53));
        assertEquals(Set.of("Sun"), found("pub_date__iso_week_day", 7));
        assertEquals(Set.of("Jan"), found("pub_date__iso_week_day", 1));
    }

    // ---- bad values: a FieldError saying what was expected, never a parser's internals

    @Test
    void badValuesAreFieldErrorsInTheUsersTerms() {
        assertEquals("Post.pubDate (Instant): pub_date__year cannot take Integer 2147483647: the year 2147483647 is beyond the "
                + "dates MongoDB can store; years go from -292000000 to 292000000", error("pub_date__year", Integer.MAX_VALUE));
        assertEquals("Post.pubDate (Instant): pub_date__date cannot take String \"2024-13-45\": expected a valid date such as "
                + "2024-03-01; Invalid value for MonthOfYear (valid values 1 - 12): 13", error("pub_date__date", "2024-13-45"));
        assertEquals("Post.pubDate (Instant): pub_date__month__gte cannot take Double 1.5: expected a whole number from "
                + "-2147483648 to 2147483647; 1.5 has a fraction, and no whole number equals it", error("pub_date__month__gte", 1.5));
        assertEquals("Post.views (int): views cannot take String \"many\": expected a whole number from -2147483648 to 2147483647",
                error("views", "many"));
        assertEquals("Post.views (int): views cannot take Double 2.5: expected a whole number from -2147483648 to 2147483647; "
                + "2.5 has a fraction, and no whole number equals it", error("views", 2.5));
        assertEquals("Post.views (int): views__lt cannot take Long 9999999999: expected a whole number from -2147483648 to "
                + "2147483647; 9999999999 is out of that range", error("views__lt", 9_999_999_999L));
        assertEquals("Post.id (ObjectId): id cannot take String \"nope\": expected an ObjectId or its 24 hexadecimal digits, "
                + "such as 507f1f77bcf86cd799439011", error("id", "nope"));
        EncodingException tooLate = assertThrows(EncodingException.class, () -> Post_.objects().filter("pub_date__gt", Instant.MAX));
        assertEquals("cannot query Post.pubDate: the Instant +1000000000-12-31T23:59:59.999999999Z is outside the range of a "
                + "BSON date (milliseconds since 1970 in 64 bits, about 292 million years either side of 1970)", tooLate.getMessage());
        assertEquals(5, db.raw("posts").countDocuments(new Document()), "nothing changed");
    }
}
