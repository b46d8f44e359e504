package io.djongo.benchmarks;

import io.djongo.benchmarks.contenders.Contenders;
import io.djongo.benchmarks.contenders.Queries;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.Document;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the find command of the typical chain, {@code filter(blog.name startsWith "Beat",
 * rating >= 3).exclude(tags contains "draft").orderBy(-pubDate).limit(20)}, from nothing each time:
 * Djongo's typed chain, its lookup strings and its declared query, the driver's builders, the same
 * document by hand, and Spring's Criteria (alone, and mapped as MongoTemplate does); and the
 * lookup-string chain {@code filter("blog__name__istartswith", "beat").exclude("rating__lt", 3).orderBy("-pub_date")},
 * by Djongo's lookup strings, its typed paths, the driver's builders and by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class QueryBenchmark {
    private Queries.SpringMapping spring;

    @Setup(Level.Trial)
    public void setUp() {
        spring = new Queries.SpringMapping(Contenders.springConverter());
        // Throws before anything is timed when a contender builds a different query.
        Queries.verify(spring);
    }

    @Benchmark
    public BsonDocument query_djongo() {
        return Queries.djongo();
    }

    @Benchmark
    public BsonDocument query_djongoLookups() {
        return Queries.djongoLookups();
    }

    @Benchmark
    public BsonDocument query_djongoDeclared() {
        return Queries.djongoDeclared();
    }

    @Benchmark
    public BsonDocument query_driverBuilders() {
        return Queries.driverBuilders();
    }

    @Benchmark
    public BsonDocument query_handBuilt() {
        return Queries.handBuilt();
    }

    @Benchmark
    public Document query_spring() {
        return Queries.spring();
    }

    @Benchmark
    public Document query_springMapped() {
        return Queries.springMapped(spring.mapper, spring.entity);
    }

    @Benchmark
    public BsonDocument lookupChain_djongo() {
        return Queries.lookupChainDjongo();
    }

    @Benchmark
    public BsonDocument lookupChain_typed() {
        return Queries.lookupChainTyped();
    }

    @Benchmark
    public BsonDocument lookupChain_driverBuilders() {
        return Queries.lookupChainDriverBuilders();
    }

    @Benchmark
    public BsonDocument lookupChain_handBuilt() {
        return Queries.lookupChainHandBuilt();
    }
}
