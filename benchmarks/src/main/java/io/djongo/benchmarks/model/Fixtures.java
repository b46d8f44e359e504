package io.djongo.benchmarks.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** Deterministic, realistic entries: the same data for every contender and every run. */
public final class Fixtures {
    private Fixtures() {}

    private static final String[] BLOGS = {"Beatles Blog", "Jazz Notes", "Beat Generation", "Rock Daily"};
    private static final String[] WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris "
            + "nisi aliquip ex ea commodo consequat").split(" ");
    private static final String[] TAGS = {"rock", "jazz", "review", "vinyl", "draft", "live", "history", "news"};

    /** The single entry the codec benchmarks encode and decode. */
    public static Entry entry() {
        return entry(0);
    }

    /** Entry number {@code i}: the same every time for the same {@code i}. */
    public static Entry entry(int i) {
        Entry entry = new Entry();
        // A fixed, valid ObjectId per entry: timestamp 2024-01-01 plus a counter.
        entry.id = new ObjectId(String.format("65920080%016x", 0x1000L + i));
        entry.headline = fit(i + ": Abbey Road at fifty, remastered again", 40);
        entry.body = fit(text(i, 90), 500);
        entry.pubDate = Instant.ofEpochMilli(1_700_000_000_000L + i * 3_600_123L);
        entry.rating = i % 6;
        entry.views = 10_000_000_000L + i * 7919L;
        entry.score = 3.25 + (i % 17) / 8.0;
        entry.published = i % 3 != 0;
        List<String> tags = new ArrayList<>(5);
        for (int t = 0; t < 5; t++) {
            tags.add(TAGS[(i + t * 3) % TAGS.length]);
        }
        entry.tags = tags;
        entry.blog = new Blog(BLOGS[i % BLOGS.length], "All the latest news, reviews and interviews, #" + i);
        List<Author> authors = new ArrayList<>(3);
        authors.add(new Author("Ann Lennon", "ann" + i + "@example.org"));
        authors.add(new Author("Paul McCartney", "paul" + i + "@example.org"));
        authors.add(new Author("George Starr", "george" + i + "@example.com"));
        entry.authors = authors;
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("up", 100 + i);
        votes.put("down", i % 10);
        votes.put("flagged", i % 2);
        entry.votes = votes;
        return entry;
    }

    /** Entries {@code 0 .. count-1}. */
    public static List<Entry> entries(int count) {
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(i));
        }
        return entries;
    }

    private static String text(int seed, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[(seed + w * 7) % WORDS.length]);
        }
        return text.toString();
    }

    /** {@code text} cut or padded with dots to exactly {@code length} characters. */
    private static String fit(String text, int length) {
        if (text.length() >= length) {
            return text.substring(0, length);
        }
        return text + ".".repeat(length - text.length());
    }
}
