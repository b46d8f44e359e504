package io.djongo.benchmarks;

import io.djongo.benchmarks.contenders.Contenders;
import io.djongo.benchmarks.contenders.Verification;
import io.djongo.benchmarks.model.DocumentMapping;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Fixtures;
import io.djongo.benchmarks.model.Polluter;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.io.BasicOutputBuffer;
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
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;

/**
 * Encoding one {@link Entry} to BSON bytes and decoding it back, for every contender.
 *
 * <p>Every encode writes into the same reused {@link BasicOutputBuffer} through a new
 * {@link BsonBinaryWriter} (as the driver writes into its pooled buffers); every decode reads the
 * same bytes, the hand-written codec's, through a new {@link BsonBinaryReader}. That harness cost is
 * the same for every contender and is part of each number.
 *
 * <p>The {@code ManyModels} variants first run another model's generated codec (see
 * {@link Polluter}), so that the runtime helpers every generated codec shares have seen many value
 * types before the JIT compiles {@code Entry_.Codec}, as in an application with many models. In the
 * plain variants only {@code Entry}'s types ever reach those helpers, which flatters them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CodecBenchmark {
    private Contenders contenders;
    private Entry entry;
    private byte[] bytes;
    private BasicOutputBuffer buffer;

    private Codec<Entry> djongo;
    private Codec<Entry> handWritten;
    private Codec<Entry> pojo;
    private Codec<Document> documentCodec;
    private Codec<Entry> morphia;
    private MappingMongoConverter spring;

    @Setup(Level.Trial)
    public void setUp() {
        contenders = new Contenders();
        // Throws before anything is timed when a contender writes or reads something else.
        Verification.verify(contenders);
        entry = Fixtures.entry();
        bytes = contenders.bytes("handWritten", entry);
        buffer = new BasicOutputBuffer(2048);
        djongo = contenders.djongo;
        handWritten = contenders.handWritten;
        pojo = contenders.pojo;
        documentCodec = contenders.documentCodec;
        morphia = contenders.morphia;
        spring = contenders.spring;
    }

    /** Another model's codec has run before: the JIT profiles of shared helpers are polluted. */
    @State(Scope.Benchmark)
    public static class ManyModels {
        long checksum;

        @Setup(Level.Trial)
        public void pollute() {
            checksum = Polluter.pollute(200_000);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        contenders.close();
    }

    private BsonBinaryWriter writer() {
        buffer.truncateToPosition(0);
        return new BsonBinaryWriter(buffer);
    }

    private BsonBinaryReader reader() {
        return new BsonBinaryReader(ByteBuffer.wrap(bytes));
    }

    // ---- encode: Entry -> BSON bytes; returns the size so the work cannot be eliminated

    @Benchmark
    public int encode_handWritten() {
        BsonBinaryWriter writer = writer();
        handWritten.encode(writer, entry, Contenders.ENCODE);
        return buffer.getPosition();
    }

    @Benchmark
    public int encode_djongo() {
        BsonBinaryWriter writer = writer();
        djongo.encode(writer, entry, Contenders.ENCODE);
        return buffer.getPosition();
    }

    @Benchmark
    public int encode_pojo() {
        BsonBinaryWriter writer = writer();
        pojo.encode(writer, entry, Contenders.ENCODE);
        return buffer.getPosition();
    }

    @Benchmark
    public int encode_document() {
        BsonBinaryWriter writer = writer();
        documentCodec.encode(writer, DocumentMapping.toDocument(entry), Contenders.ENCODE);
        return buffer.getPosition();
    }

    @Benchmark
    public int encode_morphia() {
        BsonBinaryWriter writer = writer();
        morphia.encode(writer, entry, Contenders.ENCODE);
        return buffer.getPosition();
    }

    @Benchmark
    public int encode_spring() {
        BsonBinaryWriter writer = writer();
        Document document = new Document();
        spring.write(entry, document);
        documentCodec.encode(writer, document, Contenders.ENCODE);
        return buffer.getPosition();
    }

    @Benchmark
    public int encode_djongoManyModels(ManyModels models) {
        BsonBinaryWriter writer = writer();
        djongo.encode(writer, entry, Contenders.ENCODE);
        return buffer.getPosition();
    }

    @Benchmark
    public int encode_handWrittenManyModels(ManyModels models) {
        BsonBinaryWriter writer = writer();
        handWritten.encode(writer, entry, Contenders.ENCODE);
        return buffer.getPosition();
    }

    // ---- decode: BSON bytes -> Entry

    @Benchmark
    public Entry decode_handWritten() {
        return handWritten.decode(reader(), Contenders.DECODE);
    }

    @Benchmark
    public Entry decode_djongo() {
        return djongo.decode(reader(), Contenders.DECODE);
    }

    @Benchmark
    public Entry decode_pojo() {
        return pojo.decode(reader(), Contenders.DECODE);
    }

    @Benchmark
    public Entry decode_document() {
        return DocumentMapping.fromDocument(documentCodec.decode(reader(), Contenders.DECODE));
    }

    @Benchmark
    public Entry decode_morphia() {
        return morphia.decode(reader(), Contenders.DECODE);
    }

    @Benchmark
    public Entry decode_spring() {
        return spring.read(Entry.class, documentCodec.decode(reader(), Contenders.DECODE));
    }

    @Benchmark
    public Entry decode_djongoManyModels(ManyModels models) {
        return djongo.decode(reader(), Contenders.DECODE);
    }

    @Benchmark
    public Entry decode_handWrittenManyModels(ManyModels models) {
        return handWritten.decode(reader(), Contenders.DECODE);
    }
}
