package io.djongo.it;

import io.djongo.DjongoException;
import io.djongo.Djongo;
import io.djongo.it.model.Address;
import io.djongo.it.model.AllTypes;
import io.djongo.it.model.AllTypes_;
import io.djongo.it.model.Color;
import io.djongo.it.model.Tag;
import io.djongo.it.support.Capabilities;
import io.djongo.it.support.Capabilities.Capability;
import io.djongo.it.support.TestServer;
import io.djongo.meta.FieldKind;
import io.djongo.meta.FieldMeta;
import io.djongo.meta.ModelMeta;
import io.djongo.query.F;
import io.djongo.query.QuerySet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The rule for bad input, checked with generated values rather than examples: for every field
 * type of {@link AllTypes} and every lookup, a value that does not fit gives a typed
 * {@link DjongoException} (never a raw JDK or driver exception) and nothing is written; a model
 * holding values that cannot be stored is refused the same way; and stored values of any BSON type
 * are read as the model or refused with a {@code DecodingException}. Tries are bounded so the
 * properties run in seconds on every test server.
 */
class BadInputPropertyTest {
    private static final String COLLECTION = "all_types";
    private static String database;
    private static ModelMeta<AllTypes> meta;
    private static List<String> before;

    @BeforeContainer
    static void connect() {
        database = "it_BadInputProperty_" + Integer.toHexString(0x100000 + ThreadLocalRandom.current().nextInt(0xEFFFFF));
        Djongo.connect(TestServer.get().uri(database));
        meta = AllTypes_.objects().meta();
    }

    @AfterContainer
    static void drop() {
        Djongo.connection().database().drop();
        Djongo.closeAll();
    }

    /** Three stored objects, so that a write that should not happen would show. */
    @BeforeProperty
    void seed() {
        Djongo.connection().database().getCollection(COLLECTION).deleteMany(new Document());
        for (int i = 0; i < 3; i++) {
            AllTypes all = new AllTypes();
            all.string = "s" + i;
            all.primitiveInt = i;
            all.instant = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 86_400L);
            all.localDate = LocalDate.of(2024, 1, 1 + i);
            all.stringList = List.of("a", "b" + i);
            all.longMap = Map.of("k", (long) i);
            all.address = new Address("street " + i, "city", null);
            all.tagList = List.of(new Tag("t" + i, i));
            all.color = Color.values()[i % Color.values().length];
            all.save();
        }
        before = contents();
    }

    @AfterProperty
    void nothingWasWritten() {
        List<String> after = contents();
        if (!before.equals(after)) {
            List<String> added = new ArrayList<>(after);
            added.removeAll(before);
            List<String> gone = new ArrayList<>(before);
            gone.removeAll(after);
            throw new AssertionError("the stored documents changed: now there are " + added + "; gone are " + gone);
        }
    }

    private static List<String> contents() {
        List<String> documents = new ArrayList<>();
        for (BsonDocument document : Djongo.connection().database().getCollection(COLLECTION, BsonDocument.class).find()
                .sort(new Document("_id", 1))) {
            documents.add(document.toJson());
        }
        return documents;
    }

    private static void typed(RuntimeException e, Object what) {
        if (!(e instanceof DjongoException)) {
            throw new AssertionError("not a typed error for " + what + ": " + e, e);
        }
    }

    // ---- lookups

    /**
     * Any lookup with any value: the QuerySet is built, counted and written through (matching
     * nothing, so a write would show), or a DjongoException says why not.
     */
    @Property(tries = 300)
    void everyLookupWithAnyValueIsATypedErrorOrAQuery(@ForAll("lookups") String lookup, @ForAll("values") Object value) {
        try {
            QuerySet<AllTypes> query = AllTypes_.objects().filter(lookup, value);
            QuerySet<AllTypes> none = query.filter(AllTypes_.string.eq("no such string"));
            query.count();
            none.update(AllTypes_.primitiveInt.inc(1));
            none.delete();
            AllTypes_.objects().exclude(lookup, value).filter(AllTypes_.string.eq("no such string")).delete();
        } catch (RuntimeException e) {
            typed(e, lookup + " = " + value);
        }
    }

    @Provide
    Arbitrary<String> lookups() {
        List<String> lookups = new ArrayList<>();
        List<String> suffixes = List.of("", "__exact", "__iexact", "__in", "__isnull", "__gt", "__gte", "__lt", "__lte", "__range",
                "__contains", "__icontains", "__startswith", "__iendswith", "__regex", "__iregex", "__year", "__iso_year",
                "__month__gte", "__week", "__week_day__in", "__iso_week_day", "__quarter__range", "__day__lt", "__hour",
                "__minute", "__second__gt", "__time__lt", "__date", "__date__range", "__len", "__len__lte", "__contained_by",
                "__contains_all", "__overlap", "__isempty", "__has_key", "__has_keys", "__has_any_keys", "__nope",
                "__year__nope", "__0", "__1__gt", "__k", "__k__gte", "__k__isnull");
        for (FieldMeta field : meta.fields()) {
            for (String suffix : suffixes) {
                lookups.add(snake(field.name()) + suffix);
            }
            if (field.type().kind() == FieldKind.EMBEDDED || field.type().kind() == FieldKind.MAP
                    || (field.type().kind() == FieldKind.LIST && field.type().element().kind() == FieldKind.EMBEDDED)) {
                for (String inner : List.of("__city", "__street__startswith", "__label", "__weight__gt", "__k__city", "__geo__x")) {
                    lookups.add(snake(field.name()) + inner);
                }
            }
        }
        lookups.addAll(List.of("pk", "pk__in", "", "__", "nope", "string____exact", "$where"));
        return Arbitraries.of(lookups);
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.strings().withChars("0123456789-:.TZ +e").ofMaxLength(26).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.bigDecimals().map(d -> (Object) d),
                Arbitraries.of(SPECIAL_VALUES));
        Arbitrary<Object> lists = scalars.list().ofMaxSize(3).map(list -> (Object) list);
        Arbitrary<Object> maps = Arbitraries.maps(Arbitraries.of("k", "", "$gt", "a.b", "a\0b", "up"), scalars).ofMaxSize(2)
                .map(map -> (Object) map);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalars), net.jqwik.api.Tuple.of(2, lists),
                net.jqwik.api.Tuple.of(1, maps));
    }

    private static final List<Object> SPECIAL_VALUES = Arrays.asList(null, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300, 1.5, 11.9f, "", " ", "many", "2024-13-45", "2024-02-30",
            "2005-07-27 00:00:00", "2005-07-27T10:00:00+02:00", "99999-01-01", "-999999999-01-01", "25:61", "14:30:00.123456",
            "507f1f77bcf86cd799439011", "123e4567-e89b-12d3-a456-426614174000", "1-1-1-1-1", "RED", "true", "1e999999999",
            "1e-999999999", "$gt", "a.b", "a\0b", Instant.MAX, Instant.MIN, Instant.EPOCH, LocalDate.MAX, LocalDate.MIN,
            LocalDateTime.MAX, LocalTime.of(1, 2, 3, 4), LocalTime.NOON, new Date(Long.MAX_VALUE), new ObjectId(), UUID.randomUUID(),
            Color.values()[0], new byte[] {1}, 'c', new Object(), new int[] {1, 2}, new String[] {"a"}, F.field("string"),
            F.field("nope"), new BigInteger("1" + "0".repeat(40)), new BigDecimal("1e9999"), new StringBuilder("x"),
            Map.of("$gt", 1), List.of(List.of("a")), new Address("s", "c", null), new Tag("t", 1), Set.of(1, 2));

    // ---- models

    /** A change that may make an object impossible to store. */
    record Change(String description, Consumer<AllTypes> apply) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** An object holding any of these values is stored and read back, or refused with a DjongoException, writing nothing. */
    @Property(tries = 120)
    void anObjectThatCannotBeStoredIsRefusedAndNothingIsWritten(@ForAll("changes") List<Change> changes,
            @ForAll("writes") String write) {
        boolean decimals = Capabilities.has(Capability.DECIMAL128);
        Assume.that(decimals || changes.stream().noneMatch(change -> change.description().startsWith("decimal")));
        AllTypes all = new AllTypes();
        changes.forEach(change -> change.apply().accept(all));
        AllTypes ok = new AllTypes();
        ok.string = "ok";
        try {
            switch (write) {
                case "save":
                    all.save();
                    break;
                case "create":
                    AllTypes_.objects().create(all);
                    break;
                default:
                    AllTypes_.objects().bulkCreate(List.of(ok, all));
                    break;
            }
        } catch (RuntimeException e) {
            typed(e, changes + " with " + write);
            if (e instanceof io.djongo.DatabaseError && write.equals("bulkCreate")) {
                // the server refused a value the runtime can write (FerretDB: NaN, infinities, NUL in text):
                // an ordered insert keeps what came before, and the error says so
                String message = e.getMessage();
                if (!message.contains("before the error the server applied") && !message.contains("may or may not")) {
                    throw new AssertionError("a failed bulk insert does not say what was written: " + message, e);
                }
                AllTypes_.objects().filter(AllTypes_.id.eq(ok.id)).delete();
            }
            return;
        }
        try {
            AllTypes_.objects().getById(all.id);
        } catch (RuntimeException e) {
            typed(e, "reading back " + changes);
        } finally {
            AllTypes_.objects().filter(AllTypes_.id.in(all.id, ok.id)).delete();
        }
    }

    @Provide
    Arbitrary<String> writes() {
        return Arbitraries.of("save", "create", "bulkCreate");
    }

    @Provide
    @SuppressWarnings({"unchecked", "rawtypes"}) // values of the wrong type in collections, on purpose
    Arbitrary<List<Change>> changes() {
        Map<String, Long> nullKey = new HashMap<>();
        nullKey.put(null, 1L);
        List<Object> nullElement = new ArrayList<>();
        nullElement.add(null);
        List<Change> changes = List.of(
                new Change("instant MAX", a -> a.instant = Instant.MAX),
                new Change("instant MIN", a -> a.instant = Instant.MIN),
                new Change("instant with nanos", a -> a.instant = Instant.parse("2024-01-01T00:00:00.123456789Z")),
                new Change("localDate MIN", a -> a.localDate = LocalDate.MIN),
                new Change("localDateTime MAX", a -> a.localDateTime = LocalDateTime.MAX),
                new Change("date far", a -> a.date = new Date(Long.MIN_VALUE)),
                new Change("decimal huge", a -> a.decimal = new BigDecimal("1e9999")),
                new Change("decimal precise", a -> a.decimal = new BigDecimal("1." + "1".repeat(40))),
                new Change("decimal fine", a -> a.decimal = new BigDecimal("9.99")),
                new Change("stringList with an Integer", a -> a.stringList = (List) new ArrayList<>(List.of("a", 5))),
                new Change("stringList with null", a -> a.stringList = (List) nullElement),
                new Change("intSet with a String", a -> a.intSet = (Set) new LinkedHashSet<>(List.of(1, "two"))),
                new Change("colorList with a String", a -> a.colorList = (List) new ArrayList<>(List.of("RED"))),
                new Change("longMap with an Integer", a -> a.longMap = (Map) new HashMap<>(Map.of("k", 1))),
                new Change("longMap with a null key", a -> a.longMap = nullKey),
                new Change("longMap with key ''", a -> a.longMap = Map.of("", 1L)),
                new Change("longMap with key $set", a -> a.longMap = Map.of("$set", 1L)),
                new Change("addressMap with key a.b", a -> a.addressMap = Map.of("a.b", new Address("s", "c", null))),
                new Change("addressMap with NUL", a -> a.addressMap = Map.of("a\0b", new Address("s", "c", null))),
                new Change("tagList with an Address", a -> a.tagList = (List) new ArrayList<>(List.of(new Address("s", "c", null)))),
                new Change("tagSet with null", a -> a.tagSet = (Set) new LinkedHashSet<>(nullElement)),
                new Change("addressList fine", a -> a.addressList = List.of(new Address("s", "c", null))),
                new Change("string with NUL", a -> a.string = "a\0b"),
                new Change("string long", a -> a.string = "x".repeat(10_000)),
                new Change("floats", a -> a.primitiveFloat = Float.NaN),
                new Change("doubles", a -> a.boxedDouble = Double.NEGATIVE_INFINITY),
                new Change("bytes empty", a -> a.bytes = new byte[0]),
                new Change("chars", a -> a.primitiveChar = '\0'));
        return Arbitraries.of(changes).list().ofMinSize(1).ofMaxSize(3);
    }

    // ---- reads

    /** A stored value of any BSON type in any field is read as the model or refused with a DjongoException. */
    @Property(tries = 120)
    void anyStoredValueIsReadOrATypedError(@ForAll("fields") String field, @ForAll("bsonValues") BsonValue value) {
        boolean decimals = Capabilities.has(Capability.DECIMAL128);
        Assume.that(decimals || !containsDecimal(value));
        ObjectId id = new ObjectId();
        try {
            Djongo.connection().database().getCollection(COLLECTION, BsonDocument.class)
                    .insertOne(new BsonDocument("_id", new BsonObjectId(id)).append(field, value));
        } catch (RuntimeException serverRefused) {
            Assume.that(false); // a value this server does not store is no input to read
        }
        try {
            QuerySet<AllTypes> stored = AllTypes_.objects().filter(AllTypes_.id.eq(id));
            for (RunnableRead read : List.<RunnableRead>of(stored::list, () -> stored.values().list(),
                    () -> stored.valuesList(field, field), () -> stored.stream().count())) {
                try {
                    read.run();
                } catch (RuntimeException e) {
                    typed(e, field + " = " + value);
                }
            }
        } finally {
            Djongo.connection().database().getCollection(COLLECTION).deleteOne(new Document("_id", id));
        }
    }

    interface RunnableRead {
        Object run();
    }

    @Provide
    Arbitrary<String> fields() {
        List<String> names = new ArrayList<>();
        for (FieldMeta field : meta.fields()) {
            if (!field.id()) {
                names.add(field.bsonName());
            }
        }
        return Arbitraries.of(names);
    }

    @Provide
    Arbitrary<BsonValue> bsonValues() {
        Arbitrary<BsonValue> scalars = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (BsonValue) new BsonInt32(i)),
                Arbitraries.longs().map(l -> (BsonValue) new BsonInt64(l)),
                Arbitraries.doubles().map(d -> (BsonValue) new BsonDouble(d)),
                Arbitraries.strings().ofMaxLength(6).map(s -> (BsonValue) new BsonString(s)),
                Arbitraries.of(BsonBoolean.TRUE, BsonBoolean.FALSE, BsonNull.VALUE, new BsonDouble(1e300),
                        new BsonDouble(Double.NaN), new BsonInt64((1L << 53) + 1), new BsonDouble(0x1p63), new BsonDateTime(Long.MAX_VALUE),
                        new BsonDateTime(Long.MIN_VALUE), new BsonObjectId(new ObjectId()), new BsonString("RED"),
                        new BsonBinary(BsonBinarySubType.UUID_LEGACY, new byte[16]), new BsonBinary(new byte[] {1}),
                        new BsonDecimal128(Decimal128.NaN), new BsonDecimal128(Decimal128.NEGATIVE_ZERO),
                        new BsonDecimal128(Decimal128.parse("1E+6000")), new BsonString("x")));
        Arbitrary<BsonValue> arrays = scalars.list().ofMaxSize(3).map(list -> (BsonValue) new BsonArray(list));
        Arbitrary<BsonValue> documents = Arbitraries.maps(Arbitraries.of("city", "street", "label", "weight", "k", "geo"), scalars)
                .ofMaxSize(2).map(map -> {
                    BsonDocument document = new BsonDocument();
                    map.forEach(document::append);
                    return (BsonValue) document;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, scalars), net.jqwik.api.Tuple.of(2, arrays),
                net.jqwik.api.Tuple.of(2, documents));
    }

    private static boolean containsDecimal(BsonValue value) {
        if (value.isDecimal128()) {
            return true;
        }
        if (value.isArray()) {
            return value.asArray().stream().anyMatch(BadInputPropertyTest::containsDecimal);
        }
        return value.isDocument() && value.asDocument().values().stream().anyMatch(BadInputPropertyTest::containsDecimal);
    }

    private static String snake(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
