package com.example.blog;

import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.paging.KeysetPaginator;
import io.djongo.paging.Page;
import io.djongo.paging.Paginator;
import io.djongo.query.DeclaredSupport;
import io.djongo.query.Filter;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import io.djongo.query.declared.Slots;
import io.djongo.query.declared.Template;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The declared queries of {@link EntryQueries}, on {@link Entry}, compiled at build time: each query's command is a
 * template in {@link Commands}, and a call only encodes its arguments into it.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public final class EntryQueries_ implements EntryQueries {
    /**
     * The queries on the default connection.
     */
    public static final EntryQueries_ INSTANCE = new EntryQueries_(null);

    private final QuerySet<Entry> objects;

    private EntryQueries_(String alias) {
        this.objects = alias == null ? Entry_.objects() : Entry_.objects().using(alias);
    }

    /**
     * These queries on connection {@code alias}.
     */
    @Override
    public EntryQueries_ using(String alias) {
        return new EntryQueries_(Objects.requireNonNull(alias, "alias"));
    }

    /**
     * {@code @Filter("blog__name__istartswith = :prefix, rating__gte = :min") @OrderBy({"-pub_date"})}
     */
    @Override
    public List<Entry> byBlog(String prefix, int min) {
        return DeclaredSupport.find(objects, Commands.byBlog(prefix, min)).list();
    }

    /**
     * {@code @Filter("blog__name__startswith = :prefix, rating__gte = :min") @Exclude("tags__contains = :tag") @OrderBy({"-pubDate"}) @Limit(20)}
     */
    @Override
    public List<Entry> typical(String prefix, int min, String tag) {
        return DeclaredSupport.find(objects, Commands.typical(prefix, min, tag)).list();
    }

    /**
     * {@code findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc, read as @Filter("blog__name__startswith = :prefix, rating__gte = :min") @OrderBy({"-pubDate"}) @Limit(10)}
     */
    @Override
    public List<Entry> findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc(
            String prefix, int min) {
        return DeclaredSupport.find(objects, Commands.findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc(prefix, min)).list();
    }

    /**
     * {@code findBySlug, read as @Filter("slug = :slug")}
     */
    @Override
    public Optional<Entry> findBySlug(String slug) {
        return DeclaredSupport.optional(DeclaredSupport.find(objects, Commands.findBySlug(slug)));
    }

    /**
     * {@code findByAuthorsNameAndAuthorsEmailEndsWith, read as @Filter("authors__name = :name, authors__email__endswith = :domain")}
     */
    @Override
    public Stream<Entry> findByAuthorsNameAndAuthorsEmailEndsWith(String name, String domain) {
        return DeclaredSupport.find(objects, Commands.findByAuthorsNameAndAuthorsEmailEndsWith(name, domain)).stream();
    }

    /**
     * {@code @Filter("tags__contains = :tag | ~(rating__lt = 3)")}
     */
    @Override
    public long countTagged(String tag) {
        return DeclaredSupport.find(objects, Commands.countTagged(tag)).count();
    }

    /**
     * {@code existsByStatus, read as @Filter("status = :status")}
     */
    @Override
    public boolean existsByStatus(Status status) {
        return DeclaredSupport.find(objects, Commands.existsByStatus(status)).exists();
    }

    /**
     * {@code @Filter("pub_date__year = :year, pub_date__week_day = 1, rating__gt = F(version)")}
     */
    @Override
    public QuerySet<Entry> sundays(int year) {
        return DeclaredSupport.find(objects, Commands.sundays(year));
    }

    /**
     * {@code @Filter("{rating: {$gte: :min}, tags: {$in: :tags}}")}
     */
    @Override
    public List<Entry> raw(int min, List<String> tags) {
        return DeclaredSupport.find(objects, Commands.raw(min, tags)).list();
    }

    /**
     * {@code @Filter("id = :id") @Update("rating__inc = :by, tags__add_to_set = 'edited'")}
     */
    @Override
    public long bump(ObjectId id, int by) {
        return DeclaredSupport.update(objects, Commands.bump(id, by));
    }

    /**
     * {@code @Filter("created__lt = :before") @Delete}
     */
    @Override
    public long purge(Instant before) {
        return DeclaredSupport.delete(objects, Commands.purge(before)).count();
    }

    /**
     * {@code @Aggregate("[{$match: {rating: {$gte: :min}}}, {$group: {_id: '$blog.name', n: {$sum: 1}}}]")}
     */
    @Override
    public List<Document> perBlog(int min) {
        return DeclaredSupport.documents(DeclaredSupport.aggregate(objects, Commands.perBlog(min)));
    }

    /**
     * The query of {@link #reactedWith}, its filter built with the typed paths.
     */
    private static QuerySet<Entry> reactedWith_(QuerySet<Entry> objects, String key) {
        return DeclaredSupport.find(objects.filter(Entry_.reactions.hasKey(key)), Commands.REACTED_WITH.render());
    }

    /**
     * {@code @Filter("reactions__has_key = :key")}
     */
    @Override
    public List<Entry> reactedWith(String key) {
        return reactedWith_(objects, key).list();
    }

    /**
     * {@code @Filter("rating__gte = :min") @OrderBy({"headline"})}
     */
    @Override
    public List<EntryQueries.Headline> headlines(int min) {
        List<Row<Entry>> rows = DeclaredSupport.find(objects, Commands.headlines(min)).values(Entry_.headline, Entry_.rating).list();
        List<EntryQueries.Headline> results = new ArrayList<>(rows.size());
        for (Row<Entry> row : rows) {
            results.add(new EntryQueries.Headline(DeclaredSupport.<String>column(row, "headline"),
                    DeclaredSupport.column(row, "rating", 0)));
        }
        return results;
    }

    /**
     * {@code @Filter("blog__name__istartswith = :prefix") @OrderBy({"-pub_date", "id"})}
     * <p>Page {@code page} of pages of {@code perPage}, as Django's {@code Paginator(query, perPage).page(page)} gives it.
     */
    @Override
    public Page<Entry> pageByBlog(String prefix, int page, int perPage) {
        return new Paginator<>(DeclaredSupport.find(objects, Commands.pageByBlog(prefix)), perPage).page(page);
    }

    /**
     * The query of {@link #pageInCategory}, its filter built with the typed paths.
     */
    private static QuerySet<Entry> pageInCategory_(QuerySet<Entry> objects, String slug) {
        return DeclaredSupport.find(objects.filter(Entry_.category.where(Filter.<Category>raw(Commands.PAGE_IN_CATEGORY_PART_0.render(Slots.eq(ValueCodecs.STRING, slug, "_id"))))), Commands.PAGE_IN_CATEGORY.render());
    }

    /**
     * {@code @Filter("category__slug = :slug") @OrderBy({"headline"})}
     * <p>Page {@code page} of pages of {@code perPage}, as Django's {@code Paginator(query, perPage).page(page)} gives it.
     */
    @Override
    public Page<Entry> pageInCategory(String slug, String page, int perPage) {
        return new Paginator<>(pageInCategory_(objects, slug), perPage).page(page);
    }

    /**
     * {@code findByStatus, read as @Filter("status = :status")}
     * <p>Its pages hold {@code perPage} objects each.
     */
    @Override
    public Paginator<Entry> findByStatus(Status status, int perPage) {
        return new Paginator<>(DeclaredSupport.find(objects, Commands.findByStatus(status)), perPage);
    }

    /**
     * {@code @Filter("rating__gte = :min")}
     * <p>Its pages hold {@code perPage} objects each.
     */
    @Override
    public KeysetPaginator<Entry> goodPages(int min, int perPage) {
        return new KeysetPaginator<>(DeclaredSupport.find(objects, Commands.goodPages(min)), perPage);
    }

    /**
     * The exact command each query sends for given arguments, built from its template:
     * {@code EntryQueries_.Commands.byBlog(...).toJson()}.
     */
    public static final class Commands {
        private static final Template BY_BLOG = Template.parse("{find: 'entry', filter: {'blog.name': {$regex: ?0, $options: 'i'}, rating: {$gte: ?1}}, sort: {pub_date: -1}}");

        private static final Template TYPICAL = Template.parse("{find: 'entry', filter: {'blog.name': {$regex: ?0}, rating: {$gte: ?1}, $nor: [{tags: ?2}]}, sort: {pub_date: -1}, limit: 20}");

        private static final Template FIND_TOP10_BY_BLOG_NAME_STARTS_WITH_AND_RATING_GREATER_THAN_EQUAL_ORDER_BY_PUB_DATE_DESC = Template.parse("{find: 'entry', filter: {'blog.name': {$regex: ?0}, rating: {$gte: ?1}}, sort: {pub_date: -1}, limit: 10}");

        private static final Template FIND_BY_SLUG = Template.parse("{find: 'entry', filter: {slug: ?0}, sort: {pub_date: -1, headline: 1}}");

        private static final Template FIND_BY_AUTHORS_NAME_AND_AUTHORS_EMAIL_ENDS_WITH = Template.parse("{find: 'entry', filter: {authors: {$elemMatch: {name: ?0, email: {$regex: ?1}}}}, sort: {pub_date: -1, headline: 1}}");

        private static final Template COUNT_TAGGED = Template.parse("{find: 'entry', filter: {$or: [{tags: ?0}, {$nor: [{rating: {$lt: 3}}]}]}, sort: {pub_date: -1, headline: 1}}");

        private static final Template EXISTS_BY_STATUS = Template.parse("{find: 'entry', filter: {status: ?0}, sort: {pub_date: -1, headline: 1}}");

        private static final ValueCodec<Status> STATUS_CODEC = ValueCodecs.enumOf(Status.class, Status.values());

        private static final Template SUNDAYS = Template.parse("{find: 'entry', filter: {$and: [{pub_date: {$gte: ?0, $lt: ?1}}, {$expr: {$eq: [{$dayOfWeek: '$pub_date'}, 1]}}, {rating: {$ne: null}, version: {$ne: null}, $expr: {$gt: ['$rating', '$version']}}]}, sort: {pub_date: -1, headline: 1}}");

        private static final Template RAW = Template.parse("{find: 'entry', filter: {rating: {$gte: ?0}, tags: {$in: ?1}}, sort: {pub_date: -1, headline: 1}}");

        private static final Template BUMP = Template.parse("{update: 'entry', updates: [{q: {_id: ?0}, u: {$inc: {rating: ?1}, $addToSet: {tags: 'edited'}}, multi: true}]}");

        private static final Template PURGE = Template.parse("{delete: 'entry', deletes: [{q: {created: {$lt: ?0}}, limit: 0}]}");

        private static final Template PER_BLOG = Template.parse("{aggregate: 'entry', pipeline: [{$match: {rating: {$gte: ?0}}}, {$group: {_id: '$blog.name', n: {$sum: 1}}}]}");

        private static final Template REACTED_WITH = Template.parse("{find: 'entry', sort: {pub_date: -1, headline: 1}}");

        private static final Template HEADLINES = Template.parse("{find: 'entry', filter: {rating: {$gte: ?0}}, sort: {headline: 1}}");

        private static final Template PAGE_BY_BLOG = Template.parse("{find: 'entry', filter: {'blog.name': {$regex: ?0, $options: 'i'}}, sort: {pub_date: -1, _id: 1}}");

        private static final Template PAGE_IN_CATEGORY = Template.parse("{find: 'entry', sort: {headline: 1}}");

        private static final Template PAGE_IN_CATEGORY_PART_0 = Template.parse("{_id: ?0}");

        private static final Template FIND_BY_STATUS = Template.parse("{find: 'entry', filter: {status: ?0}, sort: {pub_date: -1, headline: 1}}");

        private static final Template GOOD_PAGES = Template.parse("{find: 'entry', filter: {rating: {$gte: ?0}}, sort: {pub_date: -1, headline: 1}}");

        private Commands() {
        }

        /**
         * The find command of {@link EntryQueries#byBlog}.
         */
        public static BsonDocument byBlog(String prefix, int min) {
            return BY_BLOG.render(
                    Slots.startsWith(prefix, "EntryQueries.byBlog: blog__name__istartswith = :prefix"),
                    Slots.required(ValueCodecs.INT, min, "rating", "EntryQueries.byBlog: rating__gte = :min"));
        }

        /**
         * The find command of {@link EntryQueries#typical}.
         */
        public static BsonDocument typical(String prefix, int min, String tag) {
            return TYPICAL.render(
                    Slots.startsWith(prefix, "EntryQueries.typical: blog__name__startswith = :prefix"),
                    Slots.required(ValueCodecs.INT, min, "rating", "EntryQueries.typical: rating__gte = :min"),
                    Slots.requiredEq(ValueCodecs.STRING, tag, "tags", "EntryQueries.typical: tags__contains = :tag"));
        }

        /**
         * The find command of {@link EntryQueries#findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc}.
         */
        public static BsonDocument findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc(
                String prefix, int min) {
            return FIND_TOP10_BY_BLOG_NAME_STARTS_WITH_AND_RATING_GREATER_THAN_EQUAL_ORDER_BY_PUB_DATE_DESC.render(
                    Slots.startsWith(prefix, "EntryQueries.findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc: blog__name__startswith = :prefix"),
                    Slots.required(ValueCodecs.INT, min, "rating", "EntryQueries.findTop10ByBlogNameStartsWithAndRatingGreaterThanEqualOrderByPubDateDesc: rating__gte = :min"));
        }

        /**
         * The find command of {@link EntryQueries#findBySlug}.
         */
        public static BsonDocument findBySlug(String slug) {
            return FIND_BY_SLUG.render(Slots.eq(ValueCodecs.STRING, slug, "slug"));
        }

        /**
         * The find command of {@link EntryQueries#findByAuthorsNameAndAuthorsEmailEndsWith}.
         */
        public static BsonDocument findByAuthorsNameAndAuthorsEmailEndsWith(String name,
                String domain) {
            return FIND_BY_AUTHORS_NAME_AND_AUTHORS_EMAIL_ENDS_WITH.render(
                    Slots.eq(ValueCodecs.STRING, name, "authors.name"),
                    Slots.endsWith(domain, "EntryQueries.findByAuthorsNameAndAuthorsEmailEndsWith: authors__email__endswith = :domain"));
        }

        /**
         * The find command of {@link EntryQueries#countTagged}.
         */
        public static BsonDocument countTagged(String tag) {
            return COUNT_TAGGED.render(Slots.requiredEq(ValueCodecs.STRING, tag, "tags", "EntryQueries.countTagged: tags__contains = :tag"));
        }

        /**
         * The find command of {@link EntryQueries#existsByStatus}.
         */
        public static BsonDocument existsByStatus(Status status) {
            return EXISTS_BY_STATUS.render(Slots.eq(STATUS_CODEC, status, "status"));
        }

        /**
         * The find command of {@link EntryQueries#sundays}.
         */
        public static BsonDocument sundays(int year) {
            return SUNDAYS.render(
                    Slots.yearStart(year, 0, false, "EntryQueries.sundays: pub_date__year = :year"),
                    Slots.yearStart(year, 1, false, "EntryQueries.sundays: pub_date__year = :year"));
        }

        /**
         * The find command of {@link EntryQueries#raw}.
         */
        public static BsonDocument raw(int min, List<String> tags) {
            return RAW.render(
                    Slots.value(ValueCodecs.INT, min, "rating"),
                    Slots.array(ValueCodecs.STRING, tags, "tags", "EntryQueries.raw: tags"));
        }

        /**
         * The update command of {@link EntryQueries#bump}.
         */
        public static BsonDocument bump(ObjectId id, int by) {
            return BUMP.render(
                    Slots.eq(ValueCodecs.OBJECT_ID, id, "_id"),
                    Slots.number(by, "EntryQueries.bump: rating__inc = :by"));
        }

        /**
         * The delete command of {@link EntryQueries#purge}.
         */
        public static BsonDocument purge(Instant before) {
            return PURGE.render(Slots.required(ValueCodecs.INSTANT, before, "created", "EntryQueries.purge: created__lt = :before"));
        }

        /**
         * The aggregate command of {@link EntryQueries#perBlog}.
         */
        public static BsonDocument perBlog(int min) {
            return PER_BLOG.render(Slots.value(ValueCodecs.INT, min, "rating"));
        }

        /**
         * The find command of {@link EntryQueries#reactedWith}; the subqueries of its filter, if any, run now.
         */
        public static BsonDocument reactedWith(String key) {
            return reactedWith_(Entry_.objects(), key).toBson();
        }

        /**
         * The find command of {@link EntryQueries#headlines}.
         */
        public static BsonDocument headlines(int min) {
            return HEADLINES.render(Slots.required(ValueCodecs.INT, min, "rating", "EntryQueries.headlines: rating__gte = :min"));
        }

        /**
         * The find command of {@link EntryQueries#pageByBlog}, of all its pages: each page adds its skip and limit.
         */
        public static BsonDocument pageByBlog(String prefix) {
            return PAGE_BY_BLOG.render(Slots.startsWith(prefix, "EntryQueries.pageByBlog: blog__name__istartswith = :prefix"));
        }

        /**
         * The find command of {@link EntryQueries#pageInCategory}, of all its pages: each page adds its skip and limit; the subqueries of its filter, if any, run now.
         */
        public static BsonDocument pageInCategory(String slug) {
            return pageInCategory_(Entry_.objects(), slug).toBson();
        }

        /**
         * The find command of {@link EntryQueries#findByStatus}, of all its pages: each page adds its skip and limit.
         */
        public static BsonDocument findByStatus(Status status) {
            return FIND_BY_STATUS.render(Slots.eq(STATUS_CODEC, status, "status"));
        }

        /**
         * The find command of {@link EntryQueries#goodPages}, of all its pages: each page adds the range of its keys and a limit.
         */
        public static BsonDocument goodPages(int min) {
            return GOOD_PAGES.render(Slots.required(ValueCodecs.INT, min, "rating", "EntryQueries.goodPages: rating__gte = :min"));
        }
    }
}
