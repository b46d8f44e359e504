package io.djongo.benchmarks.memory;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Projections;
import io.djongo.Djongo;
import io.djongo.benchmarks.model.Entry;
import io.djongo.benchmarks.model.Entry_;
import io.djongo.benchmarks.model.HandWrittenEntryCodec;
import io.djongo.query.QuerySet;
import io.djongo.query.Row;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;

/**
 * One contender of the memory benchmark, run by {@link MemoryLauncher} in a JVM of its own with a
 * small heap: it reads every entry of the collection one way while a sampler thread, every
 * {@value #SAMPLE_MS} ms, collects the garbage and notes the heap still in use, which is what is
 * live. Prints {@code RESULT <items> <peak live bytes> <live bytes before reading> <samples>}, or
 * {@code OOM <items>} when the heap is too small for it.
 *
 * <p>Streaming contenders consume each item and keep nothing, so their peak is what reading takes
 * (the driver's batch and the item being read); list contenders keep their result, so their peak
 * is the result plus what building it takes.
 *
 * <pre>{@code java -Xmx96m -cp ... io.djongo.benchmarks.memory.MemoryRead <contender> <uri>}</pre>
 */
public final class MemoryRead {
    private MemoryRead() {}

    static final int SAMPLE_MS = 25;

    /** Contender name to what it reads, in report order: baselines first, each list form after its stream form. */
    static final Map<String, Contender> CONTENDERS = new LinkedHashMap<>();

    static {
        // objects: whole entries
        CONTENDERS.put("rawCursor", (uri, sample) -> rawEntries(uri).forEachRemaining(sample));
        CONTENDERS.put("stream", (uri, sample) -> consume(djongo(uri).stream(), sample));
        // values(headline, rating): rows of two columns
        CONTENDERS.put("rawDocumentCursor", (uri, sample) -> rawProjected(uri).forEachRemaining(sample));
        CONTENDERS.put("valuesStream", (uri, sample) -> consume(djongo(uri).values(Entry_.headline, Entry_.rating).stream(), sample));
        CONTENDERS.put("rawDocumentList", (uri, sample) -> {
            List<Document> all = new ArrayList<>();
            rawProjected(uri).forEachRemaining(document -> {
                all.add(document);
                sample.accept(document);
            });
            sample.accept(all);
        });
        CONTENDERS.put("values", (uri, sample) -> {
            List<Row<Entry>> rows = djongo(uri).values(Entry_.headline, Entry_.rating).list();
            rows.forEach(sample);
            sample.accept(rows);
        });
        // valuesList(headline): the values themselves
        CONTENDERS.put("valuesListStream", (uri, sample) -> consume(djongo(uri).valuesListStream(Entry_.headline), sample));
        CONTENDERS.put("rawValueList", (uri, sample) -> {
            List<String> all = new ArrayList<>();
            rawHeadlines(uri).forEachRemaining(document -> {
                all.add(document.getString("headline"));
                sample.accept(document);
            });
            sample.accept(all);
        });
        CONTENDERS.put("valuesList", (uri, sample) -> {
            List<String> headlines = djongo(uri).valuesList(Entry_.headline);
            headlines.forEach(sample);
            sample.accept(headlines);
        });
    }

    /** Reads the collection, handing every item (and, for lists, the whole result last) to {@code sample}. */
    interface Contender {
        void run(String uri, Consumer<Object> sample);
    }

    /**
     * The raw driver's batch size, the same as Djongo's default: without one, the in-process server
     * sends the whole result in one reply, which the driver refuses above 48 MB.
     */
    static final int RAW_BATCH = 1000;

    private static MongoClient client;

    public static void main(String[] args) throws InterruptedException {
        String contender = args[0];
        String uri = args[1];
        Contender run = CONTENDERS.get(contender);
        if (run == null) {
            throw new IllegalArgumentException("unknown contender " + contender + "; one of " + CONTENDERS.keySet());
        }
        if (contender.startsWith("raw")) {
            client = MongoClients.create(uri);
        } else {
            Djongo.connect(uri);
        }
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Sampler sampler = new Sampler();
        long[] items = {0};
        sampler.start();
        try {
            run.run(uri, item -> {
                if (!(item instanceof List)) {
                    items[0]++;
                }
            });
        } catch (OutOfMemoryError e) {
            sampler.interrupt();
            System.out.println("OOM " + items[0]);
            System.exit(3);
        }
        sampler.interrupt();
        sampler.join();
        System.out.println("RESULT " + items[0] + " " + sampler.peak + " " + before + " " + sampler.samples);
        System.exit(0);
    }

    /** Collects the garbage every {@value #SAMPLE_MS} ms and keeps the largest heap in use after it. */
    private static final class Sampler extends Thread {
        volatile long peak;
        volatile int samples;

        Sampler() {
            super("memory sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    Thread.sleep(SAMPLE_MS);
                    System.gc();
                    peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    samples++;
                }
            } catch (InterruptedException e) {
                // the read is over
            }
        }
    }

    /** Djongo's query, read with its default batch size (the raw driver needs one set, see {@link #RAW_BATCH}). */
    private static QuerySet<Entry> djongo(String uri) {
        return Entry_.objects();
    }

    private static <V> void consume(Stream<V> stream, Consumer<Object> sample) {
        try (stream) {
            stream.forEach(sample);
        }
    }

    private static MongoCollection<Document> raw(String uri) {
        return client.getDatabase(new com.mongodb.ConnectionString(uri).getDatabase()).getCollection("entry");
    }

    private static Iterator<Entry> rawEntries(String uri) {
        MongoCursor<Entry> cursor = raw(uri).withDocumentClass(Entry.class)
                .withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(new HandWrittenEntryCodec()),
                        MongoClientSettings.getDefaultCodecRegistry()))
                .find().batchSize(RAW_BATCH).iterator();
        return cursor;
    }

    private static Iterator<Document> rawProjected(String uri) {
        return raw(uri).find().projection(Projections.fields(Projections.include("headline", "rating"), Projections.excludeId()))
                .batchSize(RAW_BATCH).iterator();
    }

    private static Iterator<Document> rawHeadlines(String uri) {
        return raw(uri).find().projection(Projections.fields(Projections.include("headline"), Projections.excludeId()))
                .batchSize(RAW_BATCH).iterator();
    }
}
