package io.djongo.benchmarks.contenders;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.EntryQueries_;
import io.djongo.benchmarks.model.Entry_;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The typical chain of the issue, {@code filter(blog.name startsWith "Beat", rating >= 3)
 * .exclude(tags contains "draft").orderBy(-pubDate).limit(20)}, built by each contender into the
 * find command it sends: {@code {find, filter, sort, limit}}.
 */
public final class Queries {
    private Queries() {}

    /** Djongo: the typed chain, compiled to the find command by {@code toBson()}. */
    public static BsonDocument djongo() {
        return Entry_.objects()
                .filter(Entry_.blog.name.startsWith("Beat"), Entry_.rating.gte(3))
                .exclude(Entry_.tags.contains("draft"))
                .orderBy(Entry_.pubDate.desc())
                .limit(20)
                .toBson();
    }

    /** Djongo with Django lookup strings, resolved against the generated metadata. */
    public static BsonDocument djongoLookups() {
        return Entry_.objects()
                .filter("blog__name__startswith", "Beat")
                .filter("rating__gte", 3)
                .exclude("tags__contains", "draft")
                .orderBy("-pubDate")
                .limit(20)
                .toBson();
    }

    /**
     * Djongo's declared query ({@code EntryQueries.typical}): the find command rendered from the template
     * the processor compiled, with the arguments encoded into its slots.
     */
    public static BsonDocument djongoDeclared() {
        return EntryQueries_.Commands.typical("Beat", 3, "draft");
    }

    /**
     * The driver's {@code Filters}/{@code Sorts} builders. {@code Filters.and} always renders an
     * explicit {@code $and}, so the document has the same conditions in an {@code $and} array:
     * equivalent, not identical.
     */
    public static BsonDocument driverBuilders() {
        BsonDocument filter = Filters.and(
                Filters.regex("blog.name", "^Beat"),
                Filters.gte("rating", 3),
                Filters.nor(Filters.eq("tags", "draft"))).toBsonDocument();
        return new BsonDocument("find", new BsonString("entry"))
                .append("filter", filter)
                .append("sort", Sorts.descending("pubDate").toBsonDocument())
                .append("limit", new BsonInt32(20));
    }

    /** The very document Djongo builds, written by hand with BsonDocument: the floor. */
    public static BsonDocument handBuilt() {
        BsonDocument filter = new BsonDocument("blog.name", new BsonDocument("$regex", new BsonString("^Beat")))
                .append("rating", new BsonDocument("$gte", new BsonInt32(3)))
                .append("$nor", new BsonArray(List.of(new BsonDocument("tags", new BsonString("draft")))));
        return new BsonDocument("find", new BsonString("entry"))
                .append("filter", filter)
                .append("sort", new BsonDocument("pubDate", new BsonInt32(-1)))
                .append("limit", new BsonInt32(20));
    }

    // ---- the lookup-string chain of issue 12:
    // filter("blog__name__istartswith", "beat").exclude("rating__lt", 3).orderBy("-pub_date")

    /** Djongo with Django lookup strings: the chain as a Django developer writes it. */
    public static BsonDocument lookupChainDjongo() {
        return Entry_.objects()
                .filter("blog__name__istartswith", "beat")
                .exclude("rating__lt", 3)
                .orderBy("-pub_date")
                .toBson();
    }

    /** The same chain with Djongo's typed paths. */
    public static BsonDocument lookupChainTyped() {
        return Entry_.objects()
                .filter(Entry_.blog.name.iStartsWith("beat"))
                .exclude(Entry_.rating.lt(3))
                .orderBy(Entry_.pubDate.desc())
                .toBson();
    }

    /** The driver's builders for the same query (an explicit {@code $and}, a BSON regular expression). */
    public static BsonDocument lookupChainDriverBuilders() {
        BsonDocument filter = Filters.and(
                Filters.regex("blog.name", "^beat", "i"),
                Filters.nor(Filters.lt("rating", 3))).toBsonDocument();
        return new BsonDocument("find", new BsonString("entry"))
                .append("filter", filter)
                .append("sort", Sorts.descending("pubDate").toBsonDocument());
    }

    /** The very document Djongo builds for the lookup chain, by hand. */
    public static BsonDocument lookupChainHandBuilt() {
        BsonDocument filter = new BsonDocument("blog.name", new BsonDocument("$regex", new BsonString("^beat"))
                .append("$options", new BsonString("i")))
                .append("$nor", new BsonArray(List.of(new BsonDocument("rating", new BsonDocument("$lt", new BsonInt32(3))))));
        return new BsonDocument("find", new BsonString("entry"))
                .append("filter", filter)
                .append("sort", new BsonDocument("pubDate", new BsonInt32(-1)));
    }

    /** Spring Data's {@code Criteria}/{@code Query}, rendered to its query and sort documents. */
    public static Document spring() {
        Query query = springQuery();
        return new Document("find", "entry")
                .append("filter", query.getQueryObject())
                .append("sort", query.getSortObject())
                .append("limit", query.getLimit());
    }

    /**
     * Spring as {@code MongoTemplate.find} does it: the query and sort documents also pass through
     * the {@link QueryMapper}, which maps property paths to field names and converts values.
     */
    public static Document springMapped(QueryMapper mapper, MongoPersistentEntity<?> entity) {
        Query query = springQuery();
        return new Document("find", "entry")
                .append("filter", mapper.getMappedObject(query.getQueryObject(), entity))
                .append("sort", mapper.getMappedSort(query.getSortObject(), entity))
                .append("limit", query.getLimit());
    }

    private static Query springQuery() {
        return new Query(where("blog.name").regex("^Beat").and("rating").gte(3)
                .norOperator(where("tags").is("draft")))
                .with(Sort.by(Sort.Direction.DESC, "pubDate"))
                .limit(20);
    }

    /** What {@code springMapped} needs, built once as MongoTemplate does. */
    public static final class SpringMapping {
        public final QueryMapper mapper;
        public final MongoPersistentEntity<?> entity;

        public SpringMapping(MappingMongoConverter converter) {
            mapper = new QueryMapper(converter);
            entity = converter.getMappingContext().getRequiredPersistentEntity(Entry.class);
        }
    }

    // ---- verification

    /**
     * Checks that every contender builds the same query: Djongo's three forms and the hand-built
     * document exactly; the driver's and Spring's after normalising the two ways they write the same
     * thing ({@code $and} of conditions on distinct fields, and {@code /^Beat/} for
     * {@code {$regex: "^Beat"}}).
     *
     * @throws IllegalStateException when one differs
     */
    public static void verify(SpringMapping spring) {
        BsonDocument expected = handBuilt();
        check("djongo", expected, djongo());
        check("djongoLookups", expected, djongoLookups());
        check("djongoDeclared", expected, djongoDeclared());
        check("driverBuilders", expected, normalise(driverBuilders()));
        check("spring", expected, normalise(toBson(spring())));
        check("springMapped", expected, normalise(toBson(springMapped(spring.mapper, spring.entity))));
        BsonDocument lookupChain = lookupChainHandBuilt();
        check("lookupChainDjongo", lookupChain, lookupChainDjongo());
        check("lookupChainTyped", lookupChain, lookupChainTyped());
        check("lookupChainDriverBuilders", lookupChain, normalise(lookupChainDriverBuilders()));
    }

    private static void check(String contender, BsonDocument expected, BsonDocument actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(contender + " builds another query:\n  expected " + expected.toJson()
                    + "\n  actual   " + actual.toJson());
        }
    }

    static BsonDocument toBson(Document document) {
        return document.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
    }

    /** Merges a top-level {@code $and} of distinct fields, and writes regular expressions as {@code $regex} (and {@code $options}). */
    static BsonDocument normalise(BsonDocument command) {
        BsonDocument result = command.clone();
        BsonDocument filter = result.getDocument("filter");
        if (filter.size() == 1 && filter.containsKey("$and")) {
            BsonDocument merged = new BsonDocument();
            for (BsonValue clause : filter.getArray("$and")) {
                merged.putAll(clause.asDocument());
            }
            filter = merged;
        }
        BsonDocument normalised = new BsonDocument();
        for (Map.Entry<String, BsonValue> condition : filter.entrySet()) {
            BsonValue value = condition.getValue();
            if (value.isRegularExpression()) {
                BsonDocument regex = new BsonDocument("$regex", new BsonString(value.asRegularExpression().getPattern()));
                if (!value.asRegularExpression().getOptions().isEmpty()) {
                    regex.append("$options", new BsonString(value.asRegularExpression().getOptions()));
                }
                value = regex;
            }
            normalised.append(condition.getKey(), value);
        }
        result.put("filter", normalised);
        return result;
    }
}
