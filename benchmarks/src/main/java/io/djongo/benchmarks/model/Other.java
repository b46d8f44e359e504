package io.djongo.benchmarks.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A second model, never benchmarked itself: it stands for the other models of a real application.
 * Its generated codec calls the same runtime helpers as {@code Entry_.Codec} with other value types,
 * which is what the JIT's type profiles of those shared helpers see in an application with many
 * models (see {@code CodecBenchmark}'s "many models" variants).
 */
@Model(collection = "other")
public class Other {
    /** An enum field, stored by name. */
    public enum Kind { SMALL, MEDIUM, LARGE }

    @Id
    UUID id;
    long count;
    Long boxedCount;
    Double ratio;
    Boolean flag;
    LocalDate day;
    Date stamp;
    BigDecimal amount;
    Kind kind;
    List<Long> numbers;
    List<Double> measures;
    Set<String> labels;
    List<Boolean> switches;
    List<LocalDate> days;
    Map<String, Double> weights;
    Map<String, String> names;
    Map<String, Long> counters;
    List<Blog> blogs;
    Map<String, Blog> blogsByName;

    public Other() {}

    /** A filled instance, different for each {@code i}. */
    public static Other sample(int i) {
        Other other = new Other();
        other.id = new UUID(i, 42);
        other.count = i;
        other.boxedCount = (long) i * 3;
        other.ratio = i / 7.0;
        other.flag = i % 2 == 0;
        other.day = LocalDate.of(2024, 1 + i % 12, 1 + i % 28);
        other.stamp = new Date(1_700_000_000_000L + i);
        other.amount = BigDecimal.valueOf(i, 2);
        other.kind = Kind.values()[i % 3];
        other.numbers = List.of((long) i, 2L, 3L);
        other.measures = List.of(1.5, 2.5 + i);
        other.labels = Set.of("a" + i, "b");
        other.switches = List.of(true, false);
        other.days = List.of(LocalDate.of(2023, 5, 1 + i % 28));
        other.weights = Map.of("w", 0.5 + i);
        other.names = Map.of("first", "Ann" + i);
        other.counters = Map.of("c", (long) i);
        other.blogs = List.of(new Blog("Other " + i, "tag"));
        other.blogsByName = Map.of("main", new Blog("Main " + i, null));
        return other;
    }
}
