package io.djongo.benchmarks;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.djongo.Djongo;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Entry_;
import io.djongo.benchmarks.model.Fixtures;
import io.djongo.benchmarks.model.HandWrittenEntryCodec;
import io.djongo.embedded.EmbeddedMongo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.pojo.PojoCodecProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end against the embedded server (mongo-java-server) in the same JVM: insert 1000 entries
 * in one {@code insertMany}, and find 1000 entries into a list of objects. Djongo goes through its
 * QuerySet/Manager API; the others through a typed {@code MongoCollection<Entry>} of the raw driver
 * with the hand-written codec or with the automatic PojoCodec. The server does most of the work, so
 * the differences are small; {@code find} separates the mappers best. Allocation per operation
 * includes the server's, which is the same for every contender.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class EndToEndBenchmark {
    static final int COUNT = 1000;
    static final String FIND_DB = "bench_find";
    static final String INSERT_DB = "bench_insert";

    EmbeddedMongo server;
    MongoClient client;
    Djongo djongoFind;
    Djongo djongoInsert;
    List<Entry> entries;
    MongoCollection<Entry> handWrittenFind;
    MongoCollection<Entry> pojoFind;
    MongoCollection<Entry> handWrittenInsert;
    MongoCollection<Entry> pojoInsert;

    @Setup(Level.Trial)
    public void setUp() {
        server = EmbeddedMongo.start();
        djongoFind = Djongo.connect("find", server.connectionString(FIND_DB));
        djongoInsert = Djongo.connect("insert", server.connectionString(INSERT_DB));
        client = MongoClients.create(server.connectionString());
        CodecRegistry handWritten = CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new HandWrittenEntryCodec()), MongoClientSettings.getDefaultCodecRegistry());
        CodecRegistry pojo = CodecRegistries.fromRegistries(MongoClientSettings.getDefaultCodecRegistry(),
                CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build()));
        handWrittenFind = client.getDatabase(FIND_DB).getCollection("entry", Entry.class).withCodecRegistry(handWritten);
        pojoFind = handWrittenFind.withCodecRegistry(pojo);
        handWrittenInsert = client.getDatabase(INSERT_DB).getCollection("entry", Entry.class)
                .withCodecRegistry(handWritten);
        pojoInsert = handWrittenInsert.withCodecRegistry(pojo);

        entries = Fixtures.entries(COUNT);
        handWrittenFind.drop();
        handWrittenFind.insertMany(entries);
        verify();
    }

    /** Every contender finds the same 1000 entries, and every insert stores what the others read. */
    private void verify() {
        check("djongo find", find_djongo());
        check("handWritten find", find_handWritten());
        check("pojo find", find_pojo());
        Empty empty = new Empty();
        empty.drop(this);
        insert_djongo(empty);
        check("djongo insert", handWrittenInsert.find().into(new ArrayList<>()));
        empty.drop(this);
        insert_handWritten(empty);
        check("handWritten insert", pojoInsert.find().into(new ArrayList<>()));
        empty.drop(this);
        insert_pojo(empty);
        check("pojo insert", handWrittenInsert.find().into(new ArrayList<>()));
        empty.drop(this);
    }

    private void check(String what, List<Entry> found) {
        List<Entry> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Entry::getId));
        if (!sorted.equals(entries)) {
            throw new IllegalStateException(what + " did not give back the 1000 entries (" + found.size() + " found)");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        djongoFind.close();
        djongoInsert.close();
        server.close();
    }

    /** An empty insert collection before every single insert of 1000 entries. */
    @State(Scope.Thread)
    public static class Empty {
        @Setup(Level.Invocation)
        public void drop(EndToEndBenchmark benchmark) {
            benchmark.handWrittenInsert.drop();
        }
    }

    // ---- insert 1000 entries (ids are set, so the same objects can be inserted again)

    @Benchmark
    public List<Entry> insert_djongo(Empty empty) {
        return Entry_.objects().using("insert").bulkCreate(entries);
    }

    @Benchmark
    public Object insert_handWritten(Empty empty) {
        return handWrittenInsert.insertMany(entries);
    }

    @Benchmark
    public Object insert_pojo(Empty empty) {
        return pojoInsert.insertMany(entries);
    }

    // ---- find 1000 entries into objects

    @Benchmark
    public List<Entry> find_djongo() {
        return Entry_.objects().using("find").list();
    }

    @Benchmark
    public List<Entry> find_handWritten() {
        return handWrittenFind.find().into(new ArrayList<>(COUNT));
    }

    @Benchmark
    public List<Entry> find_pojo() {
        return pojoFind.find().into(new ArrayList<>(COUNT));
    }
}
