package com.example.blog;

import io.djongo.annotations.OnDelete;
import io.djongo.codec.BsonValues;
import io.djongo.codec.DocumentCodec;
import io.djongo.codec.ValueCodec;
import io.djongo.codec.ValueCodecs;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.FieldType;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.RelationMeta;
import io.djongo.query.ArrayPath;
import io.djongo.query.ComparablePath;
import io.djongo.query.DatePath;
import io.djongo.query.Deleted;
import io.djongo.query.Manager;
import io.djongo.query.MapPath;
import io.djongo.query.ModelArrayPath;
import io.djongo.query.NumberPath;
import io.djongo.query.Path;
import io.djongo.query.RefListPath;
import io.djongo.query.RefPath;
import io.djongo.query.StringPath;
import io.djongo.relation.Ref;
import io.djongo.relation.RefList;
import io.djongo.relation.ReferenceCodecs;
import io.djongo.relation.RelatedManager;
import io.djongo.schema.IndexSpec;
import io.djongo.signals.Signals;
import io.djongo.validation.Constraint;
import io.djongo.validation.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Generated;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

/**
 * Query paths and the manager of {@link Entry}.
 *
 * <p>{@link Entry} extends this class, which gives it {@code save()}, {@code delete()},
 * {@code refreshFromDb()}, {@code fullClean()}, {@code validateUnique()} and equality by id.
 */
@Generated("io.djongo.processor.DjongoProcessor")
public abstract class Entry_ {
    public static final ComparablePath<Entry, ObjectId> id = new ComparablePath<Entry, ObjectId>("_id", ValueCodecs.OBJECT_ID);

    public static final Blog_<Entry> blog = new Blog_<Entry>("blog");

    /**
     * The title, shown in lists.
     */
    public static final StringPath<Entry> headline = new StringPath<Entry>("headline");

    public static final ModelArrayPath<Entry, Author, Author_<Entry>, Author_<Author>> authors = new ModelArrayPath<Entry, Author, Author_<Entry>, Author_<Author>>("authors",
            Author_.Codec.INSTANCE, Author_::new, Author_::new);

    public static final ArrayPath<Entry, String> tags = new ArrayPath<Entry, String>("tags", ValueCodecs.STRING);

    public static final NumberPath<Entry, Integer> rating = new NumberPath<Entry, Integer>("rating", ValueCodecs.INT);

    public static final DatePath<Entry, Instant> pubDate = new DatePath<Entry, Instant>("pub_date", ValueCodecs.INSTANT);

    public static final Path<Entry, Status> status = new Path<Entry, Status>("status", ValueCodecs.enumOf(Status.class, Status.values()));

    public static final MapPath<Entry, Integer, NumberPath<Entry, Integer>> reactions = new MapPath<Entry, Integer, NumberPath<Entry, Integer>>("reactions", ValueCodecs.INT,
            key -> new NumberPath<Entry, Integer>(key, ValueCodecs.INT));

    public static final StringPath<Entry> slug = new StringPath<Entry>("slug");

    public static final ArrayPath<Entry, UUID> readers = new ArrayPath<Entry, UUID>("readers", ValueCodecs.UUID_STANDARD);

    public static final NumberPath<Entry, BigDecimal> price = new NumberPath<Entry, BigDecimal>("price", ValueCodecs.DECIMAL);

    public static final ModelArrayPath<Entry, Comment, Comment_<Entry>, Comment_<Comment>> comments = new ModelArrayPath<Entry, Comment, Comment_<Entry>, Comment_<Comment>>("comments",
            Comment_.Codec.INSTANCE, Comment_::new, Comment_::new);

    public static final DatePath<Entry, Instant> created = new DatePath<Entry, Instant>("created", ValueCodecs.INSTANT);

    public static final NumberPath<Entry, Long> version = new NumberPath<Entry, Long>("version", ValueCodecs.LONG);

    public static final RefPath<Entry, Category> category = new RefPath<Entry, Category>("category_id", Category_.Meta::instance);

    public static final RefListPath<Entry, Tag> labels = new RefListPath<Entry, Tag>("labels", Tag_.Meta::instance);

    /**
     * The objects {@code prefetchRelated} loaded for this object's reverse relations, by name.
     */
    private Map<String, List<?>> prefetched;

    protected Entry_() {
    }

    /**
     * The manager of {@link Entry} on the default connection.
     */
    public static Manager<Entry> objects() {
        return ManagerHolder.OBJECTS;
    }

    /**
     * The signals of {@link Entry}: {@code preSave}, {@code postSave}, {@code preDelete}, {@code postDelete}
     * and {@code postInit} receivers.
     */
    public static Signals<Entry> signals() {
        return Signals.of(Meta.INSTANCE);
    }

    private Entry self() {
        return (Entry) this;
    }

    /**
     * Validates this Entry, then inserts it when it has no id, otherwise replaces the stored document.
     */
    public Entry save() {
        return objects().save(self());
    }

    /**
     * Deletes the stored document with this Entry's id, with what its relations ask for; returns what
     * was deleted, in all and per model.
     */
    public Deleted delete() {
        return objects().delete(self());
    }

    /**
     * Checks every field option and constraint, the embedded models, {@code clean()} and the unique
     * values (Django's {@code full_clean}); throws {@code ValidationError} with every problem.
     */
    public void fullClean() {
        objects().fullClean(self());
    }

    /**
     * Checks with the database that no other Entry has this one's unique values.
     */
    public void validateUnique() {
        objects().validateUnique(self());
    }

    /**
     * Reloads every field from the stored document with this Entry's id.
     */
    public void refreshFromDb() {
        Entry self = self();
        Entry stored = objects().refresh(self);
        self.id = stored.id;
        self.blog = stored.blog;
        self.headline = stored.headline;
        self.authors = stored.authors;
        self.tags = stored.tags;
        self.rating = stored.rating;
        self.pubDate = stored.pubDate;
        self.status = stored.status;
        self.reactions = stored.reactions;
        self.setSlug(stored.getSlug());
        self.readers = stored.readers;
        self.price = stored.price;
        self.comments = stored.comments;
        self.created = stored.created;
        self.version = stored.version;
        self.category = stored.category;
        self.labels = stored.labels;
    }

    /**
     * Django's model equality: equal to an instance of the same class with the same id; without
     * an id (never saved), equal only to itself.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        Entry that = (Entry) other;
        ObjectId id = self().id;
        return id != null && id.equals(that.id);
    }

    /**
     * The id's hash; the identity hash while there is no id.
     */
    @Override
    public int hashCode() {
        ObjectId id = self().id;
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    /**
     * The manager of this Entry's {@code labels}: {@code add}, {@code remove}, {@code set} and
     * {@code clear} change the stored array in place.
     */
    public RelatedManager<Entry, Tag> labels() {
        Entry self = self();
        if (self.labels == null) {
            self.labels = new RefList<>();
        }
        return labels.manager(objects(), self, self.labels);
    }

    private static final class ManagerHolder {
        static final Manager<Entry> OBJECTS = Manager.of(Meta.INSTANCE);
    }

    /**
     * The BSON codec of {@link Entry}.
     */
    public static final class Codec extends DocumentCodec<Entry> {
        public static final Codec INSTANCE = new Codec();

        private static final ValueCodec<List<String>> TAGS_CODEC = ValueCodecs.listOf(ValueCodecs.STRING);

        private static final ValueCodec<Status> STATUS_CODEC = ValueCodecs.enumOf(Status.class, Status.values());

        private static final ValueCodec<Map<String, Integer>> REACTIONS_CODEC = ValueCodecs.mapOf(ValueCodecs.INT);

        private static final ValueCodec<Set<UUID>> READERS_CODEC = ValueCodecs.setOf(ValueCodecs.UUID_STANDARD);

        private ValueCodec<List<Author>> authorsCodec;

        private ValueCodec<List<Comment>> commentsCodec;

        private ValueCodec<Ref<Category>> categoryCodec;

        private ValueCodec<RefList<Tag>> labelsCodec;

        private Codec() {
            super(Entry.class);
        }

        /**
         * Created on first use: the element codec may belong to a model that contains this one.
         */
        private ValueCodec<List<Author>> authorsCodec() {
            ValueCodec<List<Author>> codec = authorsCodec;
            if (codec == null) {
                codec = ValueCodecs.listOf(Author_.Codec.INSTANCE);
                authorsCodec = codec;
            }
            return codec;
        }

        /**
         * Created on first use: the element codec may belong to a model that contains this one.
         */
        private ValueCodec<List<Comment>> commentsCodec() {
            ValueCodec<List<Comment>> codec = commentsCodec;
            if (codec == null) {
                codec = ValueCodecs.listOf(Comment_.Codec.INSTANCE);
                commentsCodec = codec;
            }
            return codec;
        }

        /**
         * Created on first use: the element codec may belong to a model that contains this one.
         */
        private ValueCodec<Ref<Category>> categoryCodec() {
            ValueCodec<Ref<Category>> codec = categoryCodec;
            if (codec == null) {
                codec = ReferenceCodecs.ref(Category_.Meta.INSTANCE);
                categoryCodec = codec;
            }
            return codec;
        }

        /**
         * Created on first use: the element codec may belong to a model that contains this one.
         */
        private ValueCodec<RefList<Tag>> labelsCodec() {
            ValueCodec<RefList<Tag>> codec = labelsCodec;
            if (codec == null) {
                codec = ReferenceCodecs.refList(Tag_.Meta.INSTANCE);
                labelsCodec = codec;
            }
            return codec;
        }

        @Override
        protected ModelMeta<Entry> meta() {
            return Meta.INSTANCE;
        }

        @Override
        public void encode(BsonWriter writer, Entry value, EncoderContext context) {
            writer.writeStartDocument();
            if (value.id != null) {
                writer.writeName("_id");
                ValueCodecs.OBJECT_ID.encode(writer, value.id, context);
            }
            writer.writeName("blog");
            Blog_.Codec.INSTANCE.encodeNullable(writer, value.blog, context);
            writer.writeName("headline");
            ValueCodecs.STRING.encodeNullable(writer, value.headline, context);
            writer.writeName("authors");
            authorsCodec().encodeNullable(writer, value.authors, context);
            writer.writeName("tags");
            TAGS_CODEC.encodeNullable(writer, value.tags, context);
            writer.writeInt32("rating", value.rating);
            writer.writeName("pub_date");
            ValueCodecs.INSTANT.encodeNullable(writer, value.pubDate, context);
            writer.writeName("status");
            STATUS_CODEC.encodeNullable(writer, value.status, context);
            writer.writeName("reactions");
            REACTIONS_CODEC.encodeNullable(writer, value.reactions, context);
            writer.writeName("slug");
            ValueCodecs.STRING.encodeNullable(writer, value.getSlug(), context);
            writer.writeName("readers");
            READERS_CODEC.encodeNullable(writer, value.readers, context);
            writer.writeName("price");
            ValueCodecs.DECIMAL.encodeNullable(writer, value.price, context);
            writer.writeName("comments");
            commentsCodec().encodeNullable(writer, value.comments, context);
            writer.writeName("created");
            ValueCodecs.INSTANT.encodeNullable(writer, value.created, context);
            writer.writeInt64("version", value.version);
            writer.writeName("category_id");
            categoryCodec().encodeNullable(writer, value.category, context);
            writer.writeName("labels");
            labelsCodec().encodeNullable(writer, value.labels, context);
            writer.writeEndDocument();
        }

        @Override
        public Entry decode(BsonReader reader, DecoderContext context) {
            Entry value = new Entry();
            value.status = Status.DRAFT;
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String key = reader.readName();
                try {
                    switch (key) {
                        case "_id" -> value.id = ValueCodecs.OBJECT_ID.decodeNullable(reader, context);
                        case "blog" -> value.blog = Blog_.Codec.INSTANCE.decodeNullable(reader, context);
                        case "headline" -> value.headline = ValueCodecs.STRING.decodeNullable(reader, context);
                        case "authors" -> value.authors = authorsCodec().decodeNullable(reader, context);
                        case "tags" -> value.tags = TAGS_CODEC.decodeNullable(reader, context);
                        case "rating" -> value.rating = BsonValues.readInt(reader);
                        case "pub_date" -> value.pubDate = ValueCodecs.INSTANT.decodeNullable(reader, context);
                        case "status" -> value.status = STATUS_CODEC.decodeNullable(reader, context);
                        case "reactions" -> value.reactions = REACTIONS_CODEC.decodeNullable(reader, context);
                        case "slug" -> value.setSlug(ValueCodecs.STRING.decodeNullable(reader, context));
                        case "readers" -> value.readers = READERS_CODEC.decodeNullable(reader, context);
                        case "price" -> value.price = ValueCodecs.DECIMAL.decodeNullable(reader, context);
                        case "comments" -> value.comments = commentsCodec().decodeNullable(reader, context);
                        case "created" -> value.created = ValueCodecs.INSTANT.decodeNullable(reader, context);
                        case "version" -> value.version = BsonValues.readLong(reader);
                        case "category_id" -> value.category = categoryCodec().decodeNullable(reader, context);
                        case "labels" -> value.labels = labelsCodec().decodeNullable(reader, context);
                        default -> reader.skipValue();
                    }
                } catch (RuntimeException e) {
                    throw decodingFailure(key, e);
                }
            }
            reader.readEndDocument();
            return value;
        }
    }

    /**
     * The metadata of {@link Entry}.
     */
    public static final class Meta extends ModelMeta<Entry> {
        public static final Meta INSTANCE = new Meta();

        private static final FieldMeta ID = FieldMeta.of("id", "_id", FieldType.scalar(FieldKind.OBJECT_ID, ObjectId.class))
                .asId();

        private static final FieldMeta BLOG = FieldMeta.of("blog", "blog", FieldType.model(Blog.class, () -> Blog_.Meta.INSTANCE));

        private static final FieldMeta HEADLINE = FieldMeta.of("headline", "headline", FieldType.scalar(FieldKind.STRING, String.class))
                .withMaxLength(255);

        private static final FieldMeta AUTHORS = FieldMeta.of("authors", "authors", FieldType.list(FieldType.model(Author.class, () -> Author_.Meta.INSTANCE)));

        private static final FieldMeta TAGS = FieldMeta.of("tags", "tags", FieldType.list(FieldType.scalar(FieldKind.STRING, String.class)))
                .withElementConstraints(Constraint.size(0, 20));

        private static final FieldMeta RATING = FieldMeta.of("rating", "rating", FieldType.scalar(FieldKind.INT, int.class))
                .withConstraints(Constraint.min(0L), Constraint.max(5L));

        private static final FieldMeta PUB_DATE = FieldMeta.of("pubDate", "pub_date", FieldType.scalar(FieldKind.INSTANT, Instant.class))
                .withIndexed(true);

        private static final FieldMeta STATUS = FieldMeta.of("status", "status", FieldType.enumType(Status.class, Status.values()))
                .withDefault(() -> Status.DRAFT);

        private static final FieldMeta REACTIONS = FieldMeta.of("reactions", "reactions", FieldType.map(FieldType.scalar(FieldKind.INT, Integer.class)));

        private static final FieldMeta SLUG = FieldMeta.of("slug", "slug", FieldType.scalar(FieldKind.STRING, String.class))
                .withUnique(true);

        private static final FieldMeta READERS = FieldMeta.of("readers", "readers", FieldType.set(FieldType.scalar(FieldKind.UUID, UUID.class)));

        private static final FieldMeta PRICE = FieldMeta.of("price", "price", FieldType.scalar(FieldKind.DECIMAL, BigDecimal.class));

        private static final FieldMeta COMMENTS = FieldMeta.of("comments", "comments", FieldType.list(FieldType.model(Comment.class, () -> Comment_.Meta.INSTANCE)));

        private static final FieldMeta CREATED = FieldMeta.of("created", "created", FieldType.scalar(FieldKind.INSTANT, Instant.class))
                .withAutoNowAdd();

        private static final FieldMeta VERSION = FieldMeta.of("version", "version", FieldType.scalar(FieldKind.LONG, long.class))
                .asVersion();

        private static final FieldMeta CATEGORY = FieldMeta.of("category", "category_id", FieldType.reference(Category_.Meta::instance))
                .withRelation(RelationMeta.foreignKey(OnDelete.PROTECT, "entries"));

        private static final FieldMeta LABELS = FieldMeta.of("labels", "labels", FieldType.references(Tag_.Meta::instance))
                .withRelation(RelationMeta.manyToMany(""));

        private static final List<String> ORDERING = List.of("-pub_date", "headline");

        private Meta() {
            super(Entry.class, ModelKind.MODEL, "entry");
        }

        /**
         * {@link #INSTANCE}, typed as the runtime's {@code ModelMeta}, for the model index.
         */
        public static ModelMeta<Entry> instance() {
            return INSTANCE;
        }

        @Override
        protected List<FieldMeta> declareFields() {
            return List.of(ID, BLOG, HEADLINE, AUTHORS, TAGS, RATING, PUB_DATE, STATUS, REACTIONS,
                    SLUG, READERS, PRICE, COMMENTS, CREATED, VERSION, CATEGORY, LABELS);
        }

        @Override
        public Codec codec() {
            return Codec.INSTANCE;
        }

        @Override
        public void validate(Entry value, Violations violations) {
            violations.model(BLOG, value.blog, Blog_.Meta.INSTANCE);
            violations.check(HEADLINE, value.headline);
            violations.models(AUTHORS, value.authors, Author_.Meta.INSTANCE);
            violations.check(TAGS, value.tags);
            violations.check(RATING, value.rating);
            violations.models(COMMENTS, value.comments, Comment_.Meta.INSTANCE);
            violations.clean(value::clean);
        }

        @Override
        public List<String> ordering() {
            return ORDERING;
        }

        @Override
        protected List<IndexSpec> declareIndexes() {
            return List.of(
                    IndexSpec.on("pub_date", 1),
                    IndexSpec.on("slug", 1).unique(),
                    IndexSpec.on("category_id", 1),
                    IndexSpec.on("labels", 1),
                    IndexSpec.on("blog.name", 1).then("pub_date", -1),
                    IndexSpec.on("headline", "text").named("search"));
        }

        @Override
        public BsonValue idValue(Entry instance) {
            ObjectId id = instance.id;
            return id == null ? null : ValueCodecs.OBJECT_ID.toBsonValue(id);
        }

        @Override
        public boolean generatesIds() {
            return true;
        }

        @Override
        public Entry withGeneratedId(Entry instance) {
            instance.id = new ObjectId();
            return instance;
        }

        @Override
        public long version(Entry instance) {
            return instance.version;
        }

        @Override
        public Entry withVersion(Entry instance, long version) {
            instance.version = version;
            return instance;
        }

        @Override
        public boolean hasTimestamps() {
            return true;
        }

        @Override
        public Entry withTimestamps(Entry instance, boolean adding, Instant now) {
            if (adding || instance.created == null) {
                instance.created = now;
            }
            return instance;
        }

        @Override
        public Entry withDefaults(Entry instance) {
            if (instance.status == null) {
                instance.status = Status.DRAFT;
            }
            return instance;
        }

        @Override
        public Object reference(Entry instance, String field) {
            return switch (field) {
                case "category" -> instance.category;
                case "labels" -> instance.labels;
                default -> null;
            };
        }

        @Override
        public Map<String, List<?>> prefetched(Entry instance) {
            Entry_ companion = instance;
            if (companion.prefetched == null) {
                companion.prefetched = new ConcurrentHashMap<>();
            }
            return companion.prefetched;
        }
    }
}
